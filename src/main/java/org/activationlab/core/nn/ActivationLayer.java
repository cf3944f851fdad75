package org.activationlab.core.nn;

import java.util.Objects;
import org.activationlab.core.activation.Activation;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.tensor.Parallel;

/**
 * Applies an activation from the catalogue element-wise, through its float array methods
 * {@link Activation#forward} and {@link Activation#backward}: the very code the explorer plots.
 *
 * <pre>
 * B = batch, S = positions per sample (H·W for images, 1 for dense), U = units (channels)
 * z: B × S × U (input, channels last)     a = f(z): B × S × U (output)     dz = da · f'(z)
 * </pre>
 * It also measures, for the last forward batch, the fraction of <em>dead</em> units (input never
 * positive for any sample and position; reported for the ReLU family only) and of
 * <em>saturated</em> units (|f'(z)| &lt; 0.01 for every sample and position).
 */
public final class ActivationLayer implements Layer {
    /** |f'| below this counts as saturated. */
    public static final double SATURATION_THRESHOLD = 0.01;

    private final String name;
    private final Activation f;
    private final int units;
    private final int positions;
    private float[] z;
    private float[] a;
    private float[] dz;
    private int forwardBatch = -1;

    /** An activation over {@code positions × units} values per sample (units innermost). */
    public ActivationLayer(String name, Activation f, int units, int positions) {
        this.name = Objects.requireNonNull(name);
        this.f = Objects.requireNonNull(f);
        if (units < 1 || positions < 1) {
            throw new IllegalArgumentException(name + ": units and positions must be >= 1");
        }
        this.units = units;
        this.positions = positions;
    }

    @Override
    public float[] forward(float[] x, int batch, boolean training, Parallel par) {
        int n = batch * units * positions;
        Buffers.checkInput(name, x, batch, units * positions);
        z = x;
        a = Buffers.ensure(a, n);
        f.forward(x, a, n);
        forwardBatch = batch;
        return a;
    }

    @Override
    public float[] backward(float[] dy, int batch, Parallel par) {
        Buffers.checkForwardDone(name, forwardBatch, batch);
        int n = batch * units * positions;
        dz = Buffers.ensure(dz, n);
        System.arraycopy(dy, 0, dz, 0, n);
        f.backward(z, a, dz, n);
        return dz;
    }

    /** The function this layer applies. */
    public Activation activation() {
        return f;
    }

    /** True for functions whose units can die (no positive input → flat or near-flat output). */
    public boolean reluFamily() {
        ActivationKind k = f.kind();
        return k == ActivationKind.RELU || k == ActivationKind.LEAKY_RELU || k == ActivationKind.ELU
                || k == ActivationKind.SELU;
    }

    /**
     * Fraction of units whose input was never positive over the last forward batch; NaN outside
     * the ReLU family or before the first forward.
     */
    public double deadFraction() {
        if (forwardBatch < 0 || !reluFamily()) {
            return Double.NaN;
        }
        int dead = 0;
        for (int u = 0; u < units; u++) {
            if (!anyPositive(u)) {
                dead++;
            }
        }
        return dead / (double) units;
    }

    private boolean anyPositive(int u) {
        int rows = forwardBatch * positions;
        for (int r = 0; r < rows; r++) {
            if (z[r * units + u] > 0f) {
                return true;
            }
        }
        return false;
    }

    /** Fraction of units with |f'(z)| &lt; 0.01 everywhere in the last forward batch; NaN before it. */
    public double saturatedFraction() {
        if (forwardBatch < 0) {
            return Double.NaN;
        }
        int rows = forwardBatch * positions;
        int saturated = 0;
        for (int u = 0; u < units; u++) {
            boolean all = true;
            for (int r = 0; r < rows && all; r++) {
                int i = r * units + u;
                all = Math.abs(f.derivative(z[i], a[i])) < SATURATION_THRESHOLD;
            }
            if (all) {
                saturated++;
            }
        }
        return saturated / (double) units;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int inputSize() {
        return units * positions;
    }

    @Override
    public int outputSize() {
        return units * positions;
    }
}
