package org.activationlab.core.signal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Weight initialisations drawn from N(0, std²), each with the rule that sets std from the layer's
 * fan-in and fan-out (times the user's scale factor):
 * <ul>
 *   <li>Glorot/Xavier normal: std = √(2 / (fan_in + fan_out)) (Glorot &amp; Bengio 2010);</li>
 *   <li>He normal: std = √(2 / fan_in), for ReLU (He et al. 2015);</li>
 *   <li>LeCun normal: std = √(1 / fan_in), the one SELU needs (Klambauer et al. 2017).</li>
 * </ul>
 */
public enum Initializer {
    GLOROT_NORMAL("glorot", "Glorot normal"),
    HE_NORMAL("he", "He normal"),
    LECUN_NORMAL("lecun", "LeCun normal");

    private final String cliName;
    private final String displayName;

    Initializer(String cliName, String displayName) {
        this.cliName = cliName;
        this.displayName = displayName;
    }

    public String cliName() {
        return cliName;
    }

    public String displayName() {
        return displayName;
    }

    /** The standard deviation of the weights before the scale factor. */
    public double std(int fanIn, int fanOut) {
        return switch (this) {
            case GLOROT_NORMAL -> Math.sqrt(2.0 / (fanIn + fanOut));
            case HE_NORMAL -> Math.sqrt(2.0 / fanIn);
            case LECUN_NORMAL -> Math.sqrt(1.0 / fanIn);
        };
    }

    /** Looks an initialiser up by CLI name (glorot, he, lecun), or throws with the valid names. */
    public static Initializer require(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (Initializer i : values()) {
            if (i.cliName.equals(n)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown initialisation '" + name + "'; valid: "
                + Arrays.stream(values()).map(Initializer::cliName).collect(Collectors.joining(", ")));
    }
}
