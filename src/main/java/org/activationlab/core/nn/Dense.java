package org.activationlab.core.nn;

import java.util.List;
import org.activationlab.core.tensor.Gemm;
import org.activationlab.core.tensor.Parallel;

/**
 * Fully connected layer: {@code y = x · Wᵀ + b}.
 *
 * <pre>
 * B = batch, I = inputs, O = outputs
 * x: B × I     W: O × I (row o = the weights into unit o, as PyTorch)     b: O     y: B × O
 * </pre>
 */
public final class Dense implements Layer {
    /** Element-wise work per thread below which the bias loops stay on the calling thread. */
    private static final int MIN_ELEMENTS_PER_THREAD = 8192;

    private final String name;
    private final int in;
    private final int out;
    private final Param weights;
    private final Param bias;
    private boolean inputGradientNeeded = true;
    private float[] x;      // the forward input, kept for backward (owned by the previous layer)
    private float[] y;
    private float[] dx;
    private int forwardBatch = -1;

    public Dense(String name, int in, int out) {
        this(name, checkSizes(name, in, out), out, new Param(name + ".W", out * in, in, out, false),
                new Param(name + ".b", out, in, out, true));
    }

    /** Returns {@code in} if both sizes are valid (checked before any array is made). */
    private static int checkSizes(String name, int in, int out) {
        if (in < 1 || out < 1) {
            throw new IllegalArgumentException(name + ": sizes must be >= 1, got " + in + " → " + out);
        }
        return in;
    }

    private Dense(String name, int in, int out, Param weights, Param bias) {
        this.name = name;
        this.in = in;
        this.out = out;
        this.weights = weights;
        this.bias = bias;
    }

    @Override
    public Dense replica() {
        Dense twin = new Dense(name, in, out, weights.withOwnGradient(), bias.withOwnGradient());
        twin.inputGradientNeeded = inputGradientNeeded;
        return twin;
    }

    @Override
    public float[] forward(float[] x, int batch, boolean training, Parallel par) {
        Buffers.checkInput(name, x, batch, in);
        this.x = x;
        y = Buffers.ensure(y, batch * out);
        // y = x · Wᵀ
        Gemm.sgemm(false, true, batch, out, in, 1f, x, 0, in, weights.value(), 0, in, 0f, y, 0, out, par);
        // y += b (broadcast over the batch; rows split over the threads)
        float[] b = bias.value();
        float[] yy = y;
        par.forRange(batch, Math.max(1, MIN_ELEMENTS_PER_THREAD / out), (s0, s1) -> {
            for (int s = s0; s < s1; s++) {
                int row = s * out;
                for (int o = 0; o < out; o++) {
                    yy[row + o] += b[o];
                }
            }
        });
        forwardBatch = batch;
        return y;
    }

    @Override
    public float[] backward(float[] dy, int batch, Parallel par) {
        Buffers.checkForwardDone(name, forwardBatch, batch);
        // dW = dyᵀ · x   (O × B · B × I)
        Gemm.sgemm(true, false, out, in, batch, 1f, dy, 0, out, x, 0, in, 0f, weights.grad(), 0, in, par);
        // db = Σ over the batch of dy
        // (units split over the threads; each unit still sums the batch in order)
        float[] db = bias.grad();
        par.forRange(out, Math.max(1, MIN_ELEMENTS_PER_THREAD / Math.max(1, batch)), (o0, o1) -> {
            java.util.Arrays.fill(db, o0, o1, 0f);
            for (int s = 0; s < batch; s++) {
                int row = s * out;
                for (int o = o0; o < o1; o++) {
                    db[o] += dy[row + o];
                }
            }
        });
        if (!inputGradientNeeded) {
            return null;
        }
        // dx = dy · W   (B × O · O × I)
        dx = Buffers.ensure(dx, batch * in);
        Gemm.sgemm(false, false, batch, in, out, 1f, dy, 0, out, weights.value(), 0, in, 0f, dx, 0, in, par);
        return dx;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int inputSize() {
        return in;
    }

    @Override
    public int outputSize() {
        return out;
    }

    @Override
    public List<Param> params() {
        return List.of(weights, bias);
    }

    @Override
    public void setInputGradientNeeded(boolean needed) {
        inputGradientNeeded = needed;
    }

    public Param weights() {
        return weights;
    }

    public Param bias() {
        return bias;
    }
}
