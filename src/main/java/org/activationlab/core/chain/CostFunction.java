package org.activationlab.core.chain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The cost C(a_L, y) at the end of the chain and its derivative dC/da_L.
 *
 * <ul>
 *   <li>{@link #QUADRATIC}: C = (a_L − y)², dC/da_L = 2(a_L − y), as the post writes it (no ½).
 *       Defined for every a_L and y; both are returned as {@link BigMag}, so a huge a_L (a linear
 *       or ReLU chain with big weights) gives a huge cost rather than Infinity.</li>
 *   <li>{@link #CROSS_ENTROPY}: C = −[y ln a_L + (1 − y) ln(1 − a_L)],
 *       dC/da_L = (a_L − y) / (a_L (1 − a_L)). Defined only for a_L strictly inside (0, 1) and a
 *       target y in [0, 1]; anything else is a clear {@link IllegalArgumentException} (no clamping),
 *       including an a_L that has rounded to exactly 0 or 1 in double (a saturated sigmoid).</li>
 * </ul>
 */
public enum CostFunction {
    QUADRATIC("quadratic", "C = (a_L − y)²"),
    CROSS_ENTROPY("cross-entropy", "C = −[y ln a_L + (1 − y) ln(1 − a_L)]");

    private final String cliName;
    private final String formula;

    CostFunction(String cliName, String formula) {
        this.cliName = cliName;
        this.formula = formula;
    }

    public String cliName() {
        return cliName;
    }

    /** The formula as plain text, for captions. */
    public String formula() {
        return formula;
    }

    /** The cost C(a, y). @throws IllegalArgumentException outside the cost's domain */
    public BigMag value(double a, double y) {
        if (this == QUADRATIC) {
            return BigMag.of(a).subtract(BigMag.of(y)).square();
        }
        checkCrossEntropy(a, y);
        double c = -(y * Math.log(a) + (1.0 - y) * Math.log1p(-a));
        return BigMag.of(c == 0.0 ? 0.0 : c);
    }

    /** dC/da at a. @throws IllegalArgumentException outside the cost's domain */
    public BigMag derivative(double a, double y) {
        if (this == QUADRATIC) {
            return BigMag.of(a).subtract(BigMag.of(y)).multiply(2.0);
        }
        checkCrossEntropy(a, y);
        return BigMag.of(a - y).divide(BigMag.of(a).multiply(BigMag.of(1.0 - a)));
    }

    private static void checkCrossEntropy(double a, double y) {
        if (!(a > 0.0 && a < 1.0)) {
            throw new IllegalArgumentException("cross-entropy needs the output a_L strictly between 0 and 1, got a_L = "
                    + a + " (use sigmoid as the activation, or keep the last neuron out of saturation)");
        }
        if (!(y >= 0.0 && y <= 1.0)) {
            throw new IllegalArgumentException("cross-entropy needs a target y in [0, 1], got " + y);
        }
    }

    /** Looks a cost up by CLI name ({@code quadratic}, {@code cross-entropy}). */
    public static CostFunction require(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (CostFunction c : values()) {
            if (c.cliName.equals(n)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown cost '" + name + "'; valid: "
                + Arrays.stream(values()).map(CostFunction::cliName).collect(Collectors.joining(", ")));
    }
}
