package org.activationlab.core.nn;

import java.util.List;
import org.activationlab.core.tensor.Parallel;

/**
 * One stage of a feed-forward network, with its forward and backward pass side by side.
 *
 * <p>Data layout: a batch is a flat {@code float[]} of {@code batch × inputSize()} values, one
 * sample after the other; images are channel-major inside a sample (C × H × W).
 *
 * <p>Lifecycle, per training step:
 * <ol>
 *   <li>{@link #forward} keeps what backward needs (its input array, masks, indices) and returns
 *       its own output buffer (valid until its next forward);</li>
 *   <li>{@link #backward}, called after forward with the gradient of the loss with respect to
 *       that output, <em>overwrites</em> the gradients of its {@link #params()} and returns the
 *       gradient with respect to its input (its own buffer), or {@code null} when
 *       {@link #setInputGradientNeeded} turned it off (first layer).</li>
 * </ol>
 * Buffers grow to the largest batch seen and are then reused: no allocation per batch in steady
 * state. A layer is not thread-safe; it may use {@code par} to split its own work.
 */
public interface Layer {

    /** Unique name within the network, e.g. {@code conv1}, {@code relu2}. */
    String name();

    /** Values per sample going in. */
    int inputSize();

    /** Values per sample coming out. */
    int outputSize();

    /**
     * x: batch × inputSize → returns batch × outputSize.
     *
     * @param training true while training (dropout active), false for evaluation
     */
    float[] forward(float[] x, int batch, boolean training, Parallel par);

    /**
     * dy: batch × outputSize (dL/dy) → returns dL/dx (batch × inputSize) or null if not needed.
     *
     * @throws IllegalStateException if forward was not called first with this batch size
     */
    float[] backward(float[] dy, int batch, Parallel par);

    /** Trainable tensors (empty for layers without any). */
    default List<Param> params() {
        return List.of();
    }

    /** The first layer of a network need not compute dL/dx; default: needed. */
    default void setInputGradientNeeded(boolean needed) {
    }

    /**
     * A twin for data-parallel training: same configuration, the same parameter <em>values</em>
     * (the very arrays, see {@link Param#value()}) but gradients, buffers and (for dropout) a
     * random stream of its own. Several threads can then each run forward and backward of their
     * own twin on a part of a batch at the same time, as long as nobody updates the values
     * meanwhile. Returns null (the default) if the layer cannot be twinned; the trainer then
     * splits each layer's own work over the threads instead.
     */
    default Layer replica() {
        return null;
    }
}
