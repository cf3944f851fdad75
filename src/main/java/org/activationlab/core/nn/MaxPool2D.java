package org.activationlab.core.nn;

import org.activationlab.core.tensor.Parallel;

/**
 * 2×2 max pooling, stride 2 (odd trailing rows/columns are dropped, as Keras's 'valid').
 * TODO(lead): switch to core/tensor's max-pool kernel once helper "kern" lands it.
 *
 * <pre>
 * x: B × C × H × W     y: B × C × (H/2) × (W/2)     arg: index into x of each maximum
 * y = max of each 2×2 window (first maximum on ties)     dx[arg] = dy, 0 elsewhere
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
        if (height < 2 || width < 2) {
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
        int planes = batch * channels;
        for (int pl = 0; pl < planes; pl++) {
            int in = pl * height * width;
            int out = pl * oh * ow;
            for (int oy = 0; oy < oh; oy++) {
                for (int ox = 0; ox < ow; ox++) {
                    int i0 = in + (2 * oy) * width + 2 * ox;
                    int best = i0;
                    if (x[i0 + 1] > x[best]) {
                        best = i0 + 1;
                    }
                    if (x[i0 + width] > x[best]) {
                        best = i0 + width;
                    }
                    if (x[i0 + width + 1] > x[best]) {
                        best = i0 + width + 1;
                    }
                    int o = out + oy * ow + ox;
                    y[o] = x[best];
                    arg[o] = best;
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
