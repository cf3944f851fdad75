package org.activationlab.core.nn;

import java.util.List;
import org.activationlab.core.tensor.Gemm;
import org.activationlab.core.tensor.Parallel;

/**
 * 2-D convolution, k×k kernel, stride 1, padding 'valid' (none, as in the post) or 'same'
 * (odd k), computed for the whole batch as im2col followed by one matrix multiply. Images are
 * NHWC (channels last, as Keras and the {@code core.tensor} kernels): the product is then NHWC
 * again without any transposition.
 *
 * <pre>
 * B = batch, H×W = input size, C = in channels, F = filters, K = k·k·C, P = B·OH·OW
 * x: B × H × W × C       W: F × K (row f = filter f, taps in (ky, kx, c) order)       b: F
 * cols = im2col(x): P × K                y = cols · Wᵀ + b : P × F  (= B × OH × OW × F)
 * backward: dW = dyᵀ · cols (F × K),  db = Σ_P dy,  dcols = dy · W (P × K),  dx = col2im(dcols)
 * </pre>
 * The column buffer is kept from forward for backward and then reused for dcols (one buffer of
 * P·K floats: 85 MB for the post's second convolution at batch 128).
 */
public final class Conv2D implements Layer {
    /** Padding modes. */
    public enum Padding { VALID, SAME }

    private final String name;
    private final int h;
    private final int w;
    private final int c;
    private final int k;
    private final int pad;
    private final int oh;
    private final int ow;
    private final int filters;
    private final Param weights;
    private final Param bias;
    private boolean inputGradientNeeded = true;
    private float[] cols;
    private float[] y;
    private float[] dx;
    private int forwardBatch = -1;

    private org.activationlab.core.tensor.Im2col.Padding tensorPadding() {
        return pad > 0 ? org.activationlab.core.tensor.Im2col.Padding.SAME : org.activationlab.core.tensor.Im2col.Padding.VALID;
    }

    /** A convolution over {@code height × width × channels} images. */
    public Conv2D(String name, int channels, int height, int width, int filters, int kernel, Padding padding) {
        if (kernel < 1 || (padding == Padding.SAME && kernel % 2 == 0)) {
            throw new IllegalArgumentException(name + ": kernel must be >= 1 (odd for 'same'), got " + kernel);
        }
        this.pad = padding == Padding.SAME ? (kernel - 1) / 2 : 0;
        this.oh = height + 2 * pad - kernel + 1;
        this.ow = width + 2 * pad - kernel + 1;
        if (channels < 1 || filters < 1 || oh < 1 || ow < 1) {
            throw new IllegalArgumentException(name + ": a " + kernel + "×" + kernel + " kernel does not fit a "
                    + height + "×" + width + "×" + channels + " input");
        }
        this.name = name;
        this.h = height;
        this.w = width;
        this.c = channels;
        this.k = kernel;
        this.filters = filters;
        int k2 = kernel * kernel;
        this.weights = new Param(name + ".W", filters * k2 * channels, channels * k2, filters * k2, false);
        this.bias = new Param(name + ".b", filters, channels * k2, filters * k2, true);
    }

    /** A data-parallel twin of {@code src}: its shape and weight values, its own gradients and buffers. */
    private Conv2D(Conv2D src) {
        this.name = src.name;
        this.h = src.h;
        this.w = src.w;
        this.c = src.c;
        this.k = src.k;
        this.pad = src.pad;
        this.oh = src.oh;
        this.ow = src.ow;
        this.filters = src.filters;
        this.weights = src.weights.withOwnGradient();
        this.bias = src.bias.withOwnGradient();
        this.inputGradientNeeded = src.inputGradientNeeded;
    }

    @Override
    public Conv2D replica() {
        return new Conv2D(this);
    }

    @Override
    public float[] forward(float[] x, int batch, boolean training, Parallel par) {
        Buffers.checkInput(name, x, batch, inputSize());
        int p = batch * oh * ow;
        int kk = k * k * c;
        cols = Buffers.ensure(cols, p * kk);
        y = Buffers.ensure(y, p * filters);
        org.activationlab.core.tensor.Im2col.im2col(x, 0, batch, h, w, c, k, tensorPadding(), cols, 0, par);
        // y = cols · Wᵀ   (P × K · K × F)
        Gemm.sgemm(false, true, p, filters, kk, 1f, cols, 0, kk, weights.value(), 0, kk, 0f, y, 0, filters, par);
        float[] b = bias.value();
        for (int r = 0; r < p; r++) {
            int row = r * filters;
            for (int f = 0; f < filters; f++) {
                y[row + f] += b[f];
            }
        }
        forwardBatch = batch;
        return y;
    }

    @Override
    public float[] backward(float[] dy, int batch, Parallel par) {
        Buffers.checkForwardDone(name, forwardBatch, batch);
        int p = batch * oh * ow;
        int kk = k * k * c;
        // dW = dyᵀ · cols   (F × P · P × K)
        Gemm.sgemm(true, false, filters, kk, p, 1f, dy, 0, filters, cols, 0, kk, 0f, weights.grad(), 0, kk, par);
        // db = Σ over all output positions of dy
        float[] db = bias.grad();
        java.util.Arrays.fill(db, 0f);
        for (int r = 0; r < p; r++) {
            int row = r * filters;
            for (int f = 0; f < filters; f++) {
                db[f] += dy[row + f];
            }
        }
        forwardBatch = -1; // cols is about to be overwritten: a second backward needs a new forward
        if (!inputGradientNeeded) {
            return null;
        }
        // dcols = dy · W   (P × F · F × K), written over cols, then folded back into dx
        Gemm.sgemm(false, false, p, kk, filters, 1f, dy, 0, filters, weights.value(), 0, kk, 0f, cols, 0, kk, par);
        dx = Buffers.ensure(dx, batch * inputSize());
        org.activationlab.core.tensor.Im2col.col2im(cols, 0, batch, h, w, c, k, tensorPadding(), dx, 0, par);
        return dx;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int inputSize() {
        return h * w * c;
    }

    @Override
    public int outputSize() {
        return oh * ow * filters;
    }

    public int filters() {
        return filters;
    }

    public int outHeight() {
        return oh;
    }

    public int outWidth() {
        return ow;
    }

    @Override
    public List<Param> params() {
        return List.of(weights, bias);
    }

    @Override
    public void setInputGradientNeeded(boolean needed) {
        inputGradientNeeded = needed;
    }
}
