package org.activationlab.core.nn;

import java.util.List;
import org.activationlab.core.tensor.Gemm;
import org.activationlab.core.tensor.Parallel;

/**
 * 2-D convolution, k×k kernel, stride 1, padding 'valid' (none, as in the post) or 'same'
 * (odd k), computed per sample as im2col followed by one matrix multiply.
 *
 * <pre>
 * B = batch, C = in channels, H×W = in size, F = filters, K = C·k·k, P = OH·OW
 * x: B × C × H × W     W: F × K (row f = filter f, taps in (c, ki, kj) order)     b: F
 * y: B × F × OH × OW   per sample: y_s = W · col(x_s) + b
 * backward per sample: dW += dy_s · col(x_s)ᵀ,  db += Σ_P dy_s,  dx_s = col2im(Wᵀ · dy_s)
 * </pre>
 * Samples are split over the threads of {@code par}, each chunk with its own column buffer and
 * its own partial dW/db, summed in chunk order: deterministic for a given thread count.
 */
public final class Conv2D implements Layer {
    /** Padding modes. */
    public enum Padding { VALID, SAME }

    private final String name;
    private final ConvShape shape;
    private final int filters;
    private final Param weights;
    private final Param bias;
    private boolean inputGradientNeeded = true;
    private float[] x;
    private float[] y;
    private float[] dx;
    private float[][] cols = new float[0][];
    private float[][] partialW = new float[0][];
    private float[][] partialB = new float[0][];
    private int forwardBatch = -1;

    public Conv2D(String name, int channels, int height, int width, int filters, int kernel, Padding padding) {
        if (kernel < 1 || (padding == Padding.SAME && kernel % 2 == 0)) {
            throw new IllegalArgumentException(name + ": kernel must be >= 1 (odd for 'same'), got " + kernel);
        }
        int pad = padding == Padding.SAME ? (kernel - 1) / 2 : 0;
        this.shape = new ConvShape(channels, height, width, kernel, pad);
        if (channels < 1 || filters < 1 || shape.outHeight() < 1 || shape.outWidth() < 1) {
            throw new IllegalArgumentException(name + ": a " + kernel + "×" + kernel + " kernel does not fit a "
                    + channels + "×" + height + "×" + width + " input");
        }
        this.name = name;
        this.filters = filters;
        int k2 = kernel * kernel;
        this.weights = new Param(name + ".W", filters * shape.patch(), channels * k2, filters * k2, false);
        this.bias = new Param(name + ".b", filters, channels * k2, filters * k2, true);
    }

    @Override
    public float[] forward(float[] x, int batch, boolean training, Parallel par) {
        Buffers.checkInput(name, x, batch, inputSize());
        this.x = x;
        y = Buffers.ensure(y, batch * outputSize());
        int chunks = prepareWorkspace(batch, par);
        par.forRange(chunks, 1, (c0, c1) -> {
            for (int c = c0; c < c1; c++) {
                forwardChunk(c, batch * c / chunks, batch * (c + 1) / chunks);
            }
        });
        forwardBatch = batch;
        return y;
    }

    private void forwardChunk(int chunk, int from, int to) {
        int kk = shape.patch();
        int p = shape.positions();
        float[] col = cols[chunk];
        float[] w = weights.value();
        float[] b = bias.value();
        for (int s = from; s < to; s++) {
            Im2col.im2col(shape, x, s * inputSize(), col);
            int yOff = s * outputSize();
            // y_s = W · col   (F × K · K × P)
            Gemm.sgemm(false, false, filters, p, kk, 1f, w, 0, kk, col, 0, p, 0f, y, yOff, p, Parallel.SERIAL);
            for (int f = 0; f < filters; f++) {
                int row = yOff + f * p;
                for (int i = 0; i < p; i++) {
                    y[row + i] += b[f];
                }
            }
        }
    }

    @Override
    public float[] backward(float[] dy, int batch, Parallel par) {
        Buffers.checkForwardDone(name, forwardBatch, batch);
        if (inputGradientNeeded) {
            dx = Buffers.ensure(dx, batch * inputSize());
        }
        int chunks = prepareWorkspace(batch, par);
        par.forRange(chunks, 1, (c0, c1) -> {
            for (int c = c0; c < c1; c++) {
                backwardChunk(c, dy, batch * c / chunks, batch * (c + 1) / chunks);
            }
        });
        // reduce the per-chunk partial gradients in chunk order (deterministic)
        float[] dw = weights.grad();
        float[] db = bias.grad();
        System.arraycopy(partialW[0], 0, dw, 0, dw.length);
        System.arraycopy(partialB[0], 0, db, 0, db.length);
        for (int c = 1; c < chunks; c++) {
            for (int i = 0; i < dw.length; i++) {
                dw[i] += partialW[c][i];
            }
            for (int i = 0; i < db.length; i++) {
                db[i] += partialB[c][i];
            }
        }
        return inputGradientNeeded ? dx : null;
    }

    private void backwardChunk(int chunk, float[] dy, int from, int to) {
        int kk = shape.patch();
        int p = shape.positions();
        float[] col = cols[chunk];
        float[] dw = partialW[chunk];
        float[] db = partialB[chunk];
        java.util.Arrays.fill(dw, 0f);
        java.util.Arrays.fill(db, 0f);
        float[] w = weights.value();
        for (int s = from; s < to; s++) {
            int dyOff = s * outputSize();
            Im2col.im2col(shape, x, s * inputSize(), col);
            // dW += dy_s · colᵀ   (F × P · P × K)
            Gemm.sgemm(false, true, filters, kk, p, 1f, dy, dyOff, p, col, 0, p, 1f, dw, 0, kk, Parallel.SERIAL);
            for (int f = 0; f < filters; f++) {
                int row = dyOff + f * p;
                float sum = 0f;
                for (int i = 0; i < p; i++) {
                    sum += dy[row + i];
                }
                db[f] += sum;
            }
            if (inputGradientNeeded) {
                // dcol = Wᵀ · dy_s   (K × F · F × P), then fold back into dx_s
                Gemm.sgemm(true, false, kk, p, filters, 1f, w, 0, kk, dy, dyOff, p, 0f, col, 0, p, Parallel.SERIAL);
                Im2col.col2im(shape, col, dx, s * inputSize());
            }
        }
    }

    /** One column buffer and one partial gradient per chunk of samples; chunks = min(threads, batch). */
    private int prepareWorkspace(int batch, Parallel par) {
        int chunks = Math.max(1, Math.min(par.threads(), batch));
        if (cols.length < chunks) {
            cols = java.util.Arrays.copyOf(cols, chunks);
            partialW = java.util.Arrays.copyOf(partialW, chunks);
            partialB = java.util.Arrays.copyOf(partialB, chunks);
        }
        for (int c = 0; c < chunks; c++) {
            cols[c] = Buffers.ensure(cols[c], shape.patch() * shape.positions());
            partialW[c] = Buffers.ensure(partialW[c], weights.size());
            partialB[c] = Buffers.ensure(partialB[c], filters);
        }
        return chunks;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int inputSize() {
        return shape.channels() * shape.height() * shape.width();
    }

    @Override
    public int outputSize() {
        return filters * shape.positions();
    }

    public int filters() {
        return filters;
    }

    public int outHeight() {
        return shape.outHeight();
    }

    public int outWidth() {
        return shape.outWidth();
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
