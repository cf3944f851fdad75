package org.activationlab.app.digits;

/**
 * An immutable copy of the first {@code shown} units' weights, with each unit's largest |weight|.
 * Row-major [shown][side*side].
 */
public final class WeightTiles {
    private final float[] weights;
    private final int units;
    private final int shown;
    private final int side;
    private final float[] maxAbs;

    private WeightTiles(float[] weights, int units, int shown, int side, float[] maxAbs) {
        this.weights = weights;
        this.units = units;
        this.shown = shown;
        this.side = side;
        this.maxAbs = maxAbs;
    }

    static WeightTiles copyOf(float[] weights, int units, int inputs, int side, int maxTiles) {
        if (weights == null) {
            throw new IllegalArgumentException("weights must not be null");
        }
        if (units < 0 || side < 1 || inputs != side * side) {
            throw new IllegalArgumentException("inputs must be imageSide^2: got units " + units + ", inputs " + inputs
                    + ", imageSide " + side);
        }
        if ((long) units * inputs != weights.length) {
            throw new IllegalArgumentException("weights has " + weights.length + " values, expected units*inputs = "
                    + units + "*" + inputs);
        }
        int shown = Math.min(units, Math.max(1, maxTiles));
        float[] copy = new float[shown * inputs];
        System.arraycopy(weights, 0, copy, 0, copy.length);
        float[] maxAbs = new float[shown];
        for (int u = 0; u < shown; u++) {
            float m = 0;
            for (int i = 0; i < inputs; i++) {
                float a = Math.abs(copy[u * inputs + i]);
                m = a > m ? a : m; // NaN never wins: it is drawn as 0
            }
            maxAbs[u] = m;
        }
        return new WeightTiles(copy, units, shown, side, maxAbs);
    }

    /** Units in the layer. */
    public int units() {
        return units;
    }

    /** Units drawn (the first ones). */
    public int shown() {
        return shown;
    }

    public int side() {
        return side;
    }

    public float weight(int unit, int pixel) {
        return weights[unit * side * side + pixel];
    }

    /** Largest |weight| of a shown unit. */
    public float maxAbs(int unit) {
        return maxAbs[unit];
    }

    /** Largest |weight| over all shown units. */
    public float maxAbs() {
        float m = 0;
        for (float a : maxAbs) {
            m = Math.max(m, a);
        }
        return m;
    }
}
