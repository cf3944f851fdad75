package org.activationlab.core.nn;

import org.activationlab.core.tensor.Parallel;

/**
 * C × H × W → C·H·W. Storage is already flat, so both passes hand the array through unchanged;
 * the layer exists to make the architecture read as the post's.
 */
public final class Flatten implements Layer {
    private final String name;
    private final int size;

    public Flatten(String name, int size) {
        this.name = name;
        this.size = size;
    }

    @Override
    public Flatten replica() {
        return new Flatten(name, size);
    }

    @Override
    public float[] forward(float[] x, int batch, boolean training, Parallel par) {
        Buffers.checkInput(name, x, batch, size);
        return x;
    }

    @Override
    public float[] backward(float[] dy, int batch, Parallel par) {
        return dy;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int inputSize() {
        return size;
    }

    @Override
    public int outputSize() {
        return size;
    }
}
