package org.activationlab.core.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.activationlab.core.tensor.Parallel;

/**
 * A stack of layers trained end to end with one loss: forward through the layers in order,
 * backward in reverse. The last layer outputs what the loss expects (logits for
 * {@link SoftmaxCrossEntropy}).
 *
 * <p>Lifecycle of a training step: {@link #forward} (training = true) → {@link #lossAndGradient}
 * → {@link #backward} → an {@link Optimizer} steps over {@link #params()}. Not thread-safe: one
 * trainer drives it; the layers split their own work over {@link Parallel}.
 */
public final class Network {
    private final List<Layer> layers;
    private final Loss loss;
    private final ModelSpec spec;
    private final List<Param> params;
    private float[] dOut;

    /**
     * @param spec how the network was built (for saving), or null for a hand-assembled one
     * @throws IllegalArgumentException if consecutive layers' sizes do not match or names repeat
     */
    public Network(List<Layer> layers, Loss loss, ModelSpec spec) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one layer");
        }
        this.layers = List.copyOf(layers);
        this.loss = Objects.requireNonNull(loss);
        this.spec = spec;
        Set<String> names = new HashSet<>();
        List<Param> ps = new ArrayList<>();
        for (int i = 0; i < this.layers.size(); i++) {
            Layer l = this.layers.get(i);
            if (!names.add(l.name())) {
                throw new IllegalArgumentException("two layers are called '" + l.name() + "'");
            }
            if (i > 0 && this.layers.get(i - 1).outputSize() != l.inputSize()) {
                throw new IllegalArgumentException(this.layers.get(i - 1).name() + " outputs "
                        + this.layers.get(i - 1).outputSize() + " values per sample but " + l.name() + " takes "
                        + l.inputSize());
            }
            ps.addAll(l.params());
        }
        this.layers.get(0).setInputGradientNeeded(false);
        this.params = Collections.unmodifiableList(ps);
    }

    /** x: batch × inputSize → batch × outputSize (the last layer's buffer). */
    public float[] forward(float[] x, int batch, boolean training, Parallel par) {
        float[] a = x;
        for (Layer l : layers) {
            a = l.forward(a, batch, training, par);
        }
        return a;
    }

    /**
     * The loss of the last forward output against {@code target} (batch × outputSize), and
     * dLoss/dOutput into an internal buffer that {@link #backward()} then uses.
     */
    public double lossAndGradient(float[] out, float[] target, int batch) {
        return lossAndGradient(out, target, batch, Parallel.SERIAL);
    }

    /** As {@link #lossAndGradient(float[], float[], int)}, samples spread over {@code par}'s threads. */
    public double lossAndGradient(float[] out, float[] target, int batch, Parallel par) {
        dOut = Buffers.ensure(dOut, batch * outputSize());
        return loss.compute(out, target, batch, outputSize(), dOut, par);
    }

    /** Backward through all layers from the gradient {@link #lossAndGradient} left. */
    public void backward(int batch, Parallel par) {
        if (dOut == null) {
            throw new IllegalStateException("call lossAndGradient before backward");
        }
        backward(dOut, batch, par);
    }

    /** Backward through all layers from a given dLoss/dOutput. */
    public void backward(float[] dOutput, int batch, Parallel par) {
        float[] g = dOutput;
        for (int i = layers.size() - 1; i >= 0 && g != null; i--) {
            g = layers.get(i).backward(g, batch, par);
        }
    }

    /**
     * A twin for data-parallel training (see {@link Layer#replica()}): the same layers sharing
     * this network's parameter values, with gradients and buffers of its own, its
     * {@link #params()} in the same order as this one's. Null if some layer cannot be twinned.
     */
    public Network replica() {
        List<Layer> twins = new ArrayList<>(layers.size());
        for (Layer l : layers) {
            Layer t = l.replica();
            if (t == null) {
                return null;
            }
            twins.add(t);
        }
        return new Network(twins, loss, spec);
    }

    public List<Layer> layers() {
        return layers;
    }

    /** All trainable tensors, in layer order (the order optimisers and model files use). */
    public List<Param> params() {
        return params;
    }

    public Loss loss() {
        return loss;
    }

    /** How the network was built, or null if it was assembled by hand. */
    public ModelSpec spec() {
        return spec;
    }

    public int inputSize() {
        return layers.get(0).inputSize();
    }

    public int outputSize() {
        return layers.get(layers.size() - 1).outputSize();
    }

    /** Total number of trainable values. */
    public long parameterCount() {
        long n = 0;
        for (Param p : params) {
            n += p.size();
        }
        return n;
    }
}
