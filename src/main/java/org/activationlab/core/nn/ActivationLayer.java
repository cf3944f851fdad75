package org.activationlab.core.nn;

import java.util.List;
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

    /** The catalogue's activations are immutable, so the twin shares {@code f}. */
    @Override
    public ActivationLayer replica() {
        return new ActivationLayer(name, f, units, positions);
    }

    @Override
    public float[] forward(float[] x, int batch, boolean training, Parallel par) {
        int n = batch * units * positions;
        Buffers.checkInput(name, x, batch, units * positions);
        z = x;
        a = Buffers.ensure(a, n);
        float[] out = a;
        par.forRange(n, MIN_CHUNK, (from, to) -> {
            if (from == 0 && to == n) {
                f.forward(x, out, n);
                return;
            }
            // the catalogue's array methods start at index 0: run them on a per-thread copy
            float[][] sc = scratch(to - from);
            System.arraycopy(x, from, sc[0], 0, to - from);
            f.forward(sc[0], sc[1], to - from);
            System.arraycopy(sc[1], 0, out, from, to - from);
        });
        forwardBatch = batch;
        return a;
    }

    /** Elements per thread below which the layer runs on the calling thread. */
    private static final int MIN_CHUNK = 4096;
    /** Per-thread z, a and gradient chunks for the parallel path. */
    private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(() -> new float[3][0]);

    private static float[][] scratch(int len) {
        float[][] sc = SCRATCH.get();
        if (sc[0].length < len) {
            for (int i = 0; i < sc.length; i++) {
                sc[i] = new float[len];
            }
        }
        return sc;
    }

    @Override
    public float[] backward(float[] dy, int batch, Parallel par) {
        Buffers.checkForwardDone(name, forwardBatch, batch);
        int n = batch * units * positions;
        dz = Buffers.ensure(dz, n);
        float[] g = dz;
        float[] zz = z;
        float[] aa = a;
        par.forRange(n, MIN_CHUNK, (from, to) -> {
            if (from == 0 && to == n) {
                System.arraycopy(dy, 0, g, 0, n);
                f.backward(zz, aa, g, n);
                return;
            }
            int len = to - from;
            float[][] sc = scratch(len);
            System.arraycopy(zz, from, sc[0], 0, len);
            System.arraycopy(aa, from, sc[1], 0, len);
            System.arraycopy(dy, from, sc[2], 0, len);
            f.backward(sc[0], sc[1], sc[2], len);
            System.arraycopy(sc[2], 0, g, from, len);
        });
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
        return deadFraction(List.of(this));
    }

    /**
     * As {@link #deadFraction()} over the last forward batches of several twins of one layer taken
     * together (data-parallel training: each saw a part of the batch): a unit is dead if it is dead
     * in every one. NaN outside the ReLU family or if a twin has not run forward.
     */
    public static double deadFraction(List<ActivationLayer> twins) {
        if (!twins.get(0).reluFamily()) {
            return Double.NaN;
        }
        return fractionOfUnits(twins, (t, u) -> !t.anyPositive(u));
    }

    /** What one twin says of unit u over its last batch. */
    private interface UnitTest {
        boolean holds(ActivationLayer twin, int unit);
    }

    /** Share of units for which {@code test} holds in every twin; NaN if a twin has not run forward. */
    private static double fractionOfUnits(List<ActivationLayer> twins, UnitTest test) {
        if (twins.stream().anyMatch(t -> t.forwardBatch < 0)) {
            return Double.NaN;
        }
        int units = twins.get(0).units;
        int count = 0;
        for (int u = 0; u < units; u++) {
            boolean all = true;
            for (int t = 0; t < twins.size() && all; t++) {
                all = test.holds(twins.get(t), u);
            }
            count += all ? 1 : 0;
        }
        return count / (double) units;
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
        return saturatedFraction(List.of(this));
    }

    /**
     * As {@link #saturatedFraction()} over several twins' last batches together (see
     * {@link #deadFraction(List)}): saturated if saturated in every one.
     */
    public static double saturatedFraction(List<ActivationLayer> twins) {
        return fractionOfUnits(twins, ActivationLayer::allSaturated);
    }

    private boolean allSaturated(int u) {
        int rows = forwardBatch * positions;
        for (int r = 0; r < rows; r++) {
            int i = r * units + u;
            if (!(Math.abs(f.derivative(z[i], a[i])) < SATURATION_THRESHOLD)) {
                return false;
            }
        }
        return true;
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
