package org.activationlab.core.nn;

import org.activationlab.core.tensor.Parallel;

/**
 * 2×2 max pooling, stride 2, on NHWC images (odd trailing rows/columns are dropped, as Keras's
 * 'valid'). TODO(lead): switch to {@code core.tensor.MaxPool.forward/backward} (helper "kern",
 * same layout and tie rule) once it is in main.
 *
 * <pre>
 * x: B × H × W × C     y: B × (H/2) × (W/2) × C     arg: index into x of each maximum
 * y = max of each 2×2 window (first maximum in row-major window order on ties)
 * dx[arg] = dy, 0 elsewhere
 * </pre>
 */
public final class MaxPool2D implements Layer {
    private final String name;
    private final int channels;
    private final int height;
    private final int width;
    private final int oh;
    private final int ow;
    private float[] y;
    private float[] dx;
    private int[] arg;
    private int forwardBatch = -1;

    public MaxPool2D(String name, int channels, int height, int width) {
        if (height < 2 || width < 2 || channels < 1) {
            throw new IllegalArgumentException(name + ": input " + height + "×" + width + " is smaller than 2×2");
        }
        this.name = name;
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.oh = height / 2;
        this.ow = width / 2;
    }

    @Override
    public float[] forward(float[] x, int batch, boolean training, Parallel par) {
        Buffers.checkInput(name, x, batch, inputSize());
        int n = batch * outputSize();
        y = Buffers.ensure(y, n);
        arg = Buffers.ensure(arg, n);
        int c = channels;
        int rowStride = width * c;
        for (int b = 0; b < batch; b++) {
            for (int oy = 0; oy < oh; oy++) {
                for (int ox = 0; ox < ow; ox++) {
                    int i0 = ((b * height + 2 * oy) * width + 2 * ox) * c;
                    int o = ((b * oh + oy) * ow + ox) * c;
                    for (int ch = 0; ch < c; ch++) {
                        int best = i0 + ch;
                        int j = i0 + ch + c;
                        if (x[j] > x[best]) {
                            best = j;
                        }
                        j = i0 + ch + rowStride;
                        if (x[j] > x[best]) {
                            best = j;
                        }
                        j = i0 + ch + rowStride + c;
                        if (x[j] > x[best]) {
                            best = j;
                        }
                        y[o + ch] = x[best];
                        arg[o + ch] = best;
                    }
                }
            }
        }
        forwardBatch = batch;
        return y;
    }

    @Override
    public float[] backward(float[] dy, int batch, Parallel par) {
        Buffers.checkForwardDone(name, forwardBatch, batch);
        dx = Buffers.ensure(dx, batch * inputSize());
        java.util.Arrays.fill(dx, 0, batch * inputSize(), 0f);
        int n = batch * outputSize();
        for (int o = 0; o < n; o++) {
            dx[arg[o]] += dy[o];
        }
        return dx;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int inputSize() {
        return channels * height * width;
    }

    @Override
    public int outputSize() {
        return channels * oh * ow;
    }

    public int outHeight() {
        return oh;
    }

    public int outWidth() {
        return ow;
    }
}
