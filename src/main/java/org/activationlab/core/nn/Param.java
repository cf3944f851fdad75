package org.activationlab.core.nn;

import java.util.Objects;

/**
 * A trainable tensor: its values and the gradient of the loss with respect to them, both flat
 * {@code float[]} of the same length. A layer's backward pass overwrites {@link #grad()}; an
 * optimiser then reads it and updates {@link #value()} in place.
 *
 * <p>{@code fanIn}/{@code fanOut} are what initialisers need (for a convolution kernel they
 * include the receptive field, as in Keras).
 */
public final class Param {
    private final String name;
    private final float[] value;
    private final float[] grad;
    private final int fanIn;
    private final int fanOut;
    private final boolean bias;

    public Param(String name, int size, int fanIn, int fanOut, boolean bias) {
        this(name, new float[size], new float[size], fanIn, fanOut, bias);
    }

    private Param(String name, float[] value, float[] grad, int fanIn, int fanOut, boolean bias) {
        this.name = Objects.requireNonNull(name);
        this.value = value;
        this.grad = grad;
        this.fanIn = fanIn;
        this.fanOut = fanOut;
        this.bias = bias;
    }

    /**
     * A parameter with the same name that shares these values (the very array) but has a gradient
     * array of its own: what a data-parallel twin of a layer holds (see {@link Layer#replica()}).
     */
    Param withOwnGradient() {
        return new Param(name, value, new float[value.length], fanIn, fanOut, bias);
    }

    /** Unique within a network, e.g. {@code dense1.W}. */
    public String name() {
        return name;
    }

    /** The live values (not a copy): optimisers and initialisers write here. */
    public float[] value() {
        return value;
    }

    /** The live gradient (not a copy). */
    public float[] grad() {
        return grad;
    }

    public int size() {
        return value.length;
    }

    public int fanIn() {
        return fanIn;
    }

    public int fanOut() {
        return fanOut;
    }

    /** True for a bias vector (initialised to zero). */
    public boolean isBias() {
        return bias;
    }
}
