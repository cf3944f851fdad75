package org.activationlab.core.nn;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Weight initialisers, as Keras defines them (fan_in/fan_out include a conv kernel's k·k).
 * Biases are always zero. "Truncated" normals redraw values beyond 2 standard deviations, and
 * their std is divided by 0.87962566103423978 (the std of a unit normal truncated at ±2) so the
 * kept values have the intended variance.
 */
public enum Initializer {
    /** U(−l, l), l = sqrt(6 / (fan_in + fan_out)); Keras's default (Glorot & Bengio 2010). */
    GLOROT_UNIFORM("glorot"),
    /** Truncated normal, std = sqrt(2 / fan_in) (He et al. 2015). */
    HE_NORMAL("he"),
    /** U(−l, l), l = sqrt(6 / fan_in). */
    HE_UNIFORM("he-uniform"),
    /** Truncated normal, std = sqrt(1 / fan_in): for SELU (Klambauer et al. 2017). */
    LECUN_NORMAL("lecun"),
    /** All zero (for tests and biases). */
    ZEROS("zeros");

    private static final double TRUNCATION_STD = 0.87962566103423978;
    private final String cliName;

    Initializer(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** By CLI name (glorot, he, he-uniform, lecun, zeros). */
    public static Initializer byName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (Initializer i : values()) {
            if (i.cliName.equals(n) || i.name().equalsIgnoreCase(n.replace('-', '_'))) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown initialiser '" + name + "'; valid: glorot, he, he-uniform, lecun, zeros");
    }

    /** Fills a parameter: weights by this rule, biases with zeros. */
    public void fill(Param p, RandomGenerator rng) {
        float[] w = p.value();
        if (p.isBias() || this == ZEROS) {
            java.util.Arrays.fill(w, 0f);
            return;
        }
        switch (this) {
            case GLOROT_UNIFORM -> uniform(w, Math.sqrt(6.0 / (p.fanIn() + p.fanOut())), rng);
            case HE_UNIFORM -> uniform(w, Math.sqrt(6.0 / p.fanIn()), rng);
            case HE_NORMAL -> truncatedNormal(w, Math.sqrt(2.0 / p.fanIn()) / TRUNCATION_STD, rng);
            case LECUN_NORMAL -> truncatedNormal(w, Math.sqrt(1.0 / p.fanIn()) / TRUNCATION_STD, rng);
            default -> throw new IllegalStateException(name());
        }
    }

    private static void uniform(float[] w, double limit, RandomGenerator rng) {
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) ((rng.nextDouble() * 2 - 1) * limit);
        }
    }

    private static void truncatedNormal(float[] w, double std, RandomGenerator rng) {
        for (int i = 0; i < w.length; i++) {
            double g;
            do {
                g = rng.nextGaussian();
            } while (Math.abs(g) > 2);
            w[i] = (float) (g * std);
        }
    }
}
