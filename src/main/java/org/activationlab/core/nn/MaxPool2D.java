package org.activationlab.core.nn;

import org.activationlab.core.tensor.Parallel;

/**
 * 2×2 max pooling, stride 2, on NHWC images (odd trailing rows/columns are dropped, as Keras's
 * 'valid'). The kernels are {@code core.tensor.MaxPool.forward/backward}.
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
    public MaxPool2D replica() {
        return new MaxPool2D(name, channels, height, width);
    }

    @Override
    public float[] forward(float[] x, int batch, boolean training, Parallel par) {
        Buffers.checkInput(name, x, batch, inputSize());
        int n = batch * outputSize();
        y = Buffers.ensure(y, n);
        arg = Buffers.ensure(arg, n);
        org.activationlab.core.tensor.MaxPool.forward(x, 0, batch, height, width, channels, y, 0, arg, 0, par);
        forwardBatch = batch;
        return y;
    }

    @Override
    public float[] backward(float[] dy, int batch, Parallel par) {
        Buffers.checkForwardDone(name, forwardBatch, batch);
        dx = Buffers.ensure(dx, batch * inputSize());
        org.activationlab.core.tensor.MaxPool.backward(dy, 0, arg, 0, batch, height, width, channels, dx, 0, par);
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
