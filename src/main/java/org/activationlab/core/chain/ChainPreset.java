package org.activationlab.core.chain;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.activationlab.core.activation.Activation;
import org.activationlab.core.activation.ActivationKind;

/**
 * The post's worked examples as real chains: every number comes out of a real forward and
 * backward pass, with the free parameters (input, biases, target) solved so that the pass
 * reproduces the post's figures (to about 1e-14 relative).
 *
 * <p>How the solving works: a wanted derivative d = σ'(z) has two roots z = ±(2 ln σ − ln d),
 * σ = (1 + √(1 − 4d))/2; we take the root z ≥ 0 (the neuron leaning towards "on"). A bias is then
 * b_j = z_j − w_j·a_(j−1), nudged by a few ulps so the catalogue's σ'(z_j) is as close to d as a
 * double allows. The target y is solved last so that dC/da_L has the wanted value.
 */
public enum ChainPreset {
    /** Sigmoid, first neuron saturated at z_1 = 10: w_1 = 0.2 gets a gradient of 4.38e-8. */
    VANISHING("vanishing", "Vanishing gradient", 0.5,
            "The first sigmoid neuron sits at z = 10, where its slope is only σ'(10) ≈ 4.54e-5, and every "
                    + "other factor is at most 0.25. Its weight 0.2 receives a gradient of 4.38e-8: with a "
                    + "learning rate of 0.5 it moves from 0.2 to 0.199999978. The first layer has all but "
                    + "stopped learning."),
    /** Sigmoid, weights 100, σ'(z_j) = 0.13, 0.21, 0.09, 0.14, dC/da_4 = 1: dC/db_1 = 343.98. */
    EXPLODING("exploding", "Exploding gradient", 0.5,
            "Weights of 100 turn each factor w·σ'(z) into 13, 21, 9 and 14, so dC/db1 = 0.13 · (100·0.21) "
                    + "· (100·0.09) · (100·0.14) · 1 = 343.98. One step with b1 = 1.56 and η = 0.5 gives "
                    + "b1 = 1.56 − 0.5 · 343.98 = −170.43. The post prints 173.55 because it subtracts "
                    + "−343.98, a sign slip; either way the bias jumps by about 172 in a single step."),
    /** ReLU, z_3 &lt; 0: f'(z_3) = 0 and the product for layers 1..3 is exactly zero. */
    DEAD_RELU("dead-relu", "Dead ReLU", 0.5,
            "The third ReLU neuron gets z3 = −1 < 0, so its slope is exactly 0. Every gradient that has to "
                    + "pass through it, dC/db1, dC/db2 and dC/db3, is exactly zero, and so is dC/dw4 because "
                    + "a3 = 0. Gradient descent cannot revive this neuron."),
    /** ReLU, weights 1, positive z: every factor is exactly 1, every layer gets the same gradient. */
    HEALTHY("healthy", "Healthy ReLU chain", 0.1,
            "ReLU with weights of 1 and positive inputs: every factor w·f'(z) is exactly 1, so the "
                    + "gradient reaches the first layer undiminished and every layer learns at the same speed.");

    private final String cliName;
    private final String title;
    private final double learningRate;
    private final String caption;

    ChainPreset(String cliName, String title, double learningRate, String caption) {
        this.cliName = cliName;
        this.title = title;
        this.learningRate = learningRate;
        this.caption = caption;
    }

    public String cliName() {
        return cliName;
    }

    /** A short title for a button. */
    public String title() {
        return title;
    }

    /** A caption in our own words, saying what the preset shows (and the post's sign slip). */
    public String caption() {
        return caption;
    }

    /** The learning rate the preset's numbers use. */
    public double learningRate() {
        return learningRate;
    }

    /** The chain, built and solved afresh (cheap). */
    public Chain chain() {
        return switch (this) {
            case VANISHING -> vanishing();
            case EXPLODING -> exploding();
            case DEAD_RELU -> Chain.of(ActivationKind.RELU.create(), new double[] {1, 1, 1, 1},
                    new double[] {0.5, 0.5, -3, 0.5}, 1.0, 1.0, CostFunction.QUADRATIC);
            case HEALTHY -> Chain.uniform(ActivationKind.RELU.create(), 4, 1.0, 0.1, 1.0, 1.0, CostFunction.QUADRATIC);
        };
    }

    /** Looks a preset up by CLI name, or throws with the valid names. */
    public static ChainPreset require(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ChainPreset p : values()) {
            if (p.cliName.equals(n)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown preset '" + name + "'; valid: "
                + Arrays.stream(values()).map(ChainPreset::cliName).collect(Collectors.joining(", ")));
    }

    // z_1 = 10 (σ' = 4.5396e-5), later layers at z = 0 (σ' = 0.25); y solved for dC/dw_1 = 4.38e-8.
    private static Chain vanishing() {
        Activation f = ActivationKind.SIGMOID.create();
        double[] w = {0.2, 1, 1, 1};
        double[] zWanted = {10, 0, 0, 0};
        double[] b = new double[4];
        double a = 1.0;
        for (int i = 0; i < 4; i++) {
            b[i] = nudgeBias(f, w[i], a, zWanted[i] - w[i] * a, f.derivative(zWanted[i]));
            a = f.value(w[i] * a + b[i]);
        }
        return withSolvedTarget(Chain.of(f, w, b, 1.0, 0.0, CostFunction.QUADRATIC),
                4.38e-8, ChainResult::dCdw, 1);
    }

    // weights 100, σ'(z_j) = 0.13, 0.21, 0.09, 0.14, b_1 = 1.56 (a_0 solved), dC/da_4 = 1.
    // Each σ'(z_j) can only be hit to the rounding of z_j (~1e-14), so a_0 is then chosen among
    // nearby doubles to make the rounding errors cancel: dC/db_1 prints as 3.43980000000000e+2.
    private static Chain exploding() {
        Activation f = ActivationKind.SIGMOID.create();
        double a0 = (sigmoidRoot(0.13) - 1.56) / 100.0;
        double step = 8 * Math.ulp(a0);
        Chain best = null;
        double bestErr = Double.POSITIVE_INFINITY;
        for (int k = -200; k <= 200 && bestErr > 0.0; k++) {
            Chain c = explodingFrom(f, a0 + k * step);
            double err = Math.abs(c.evaluate().dCdb1().toDouble() - 343.98);
            if (err < bestErr) {
                bestErr = err;
                best = c;
            }
        }
        return best;
    }

    private static Chain explodingFrom(Activation f, double a0Guess) {
        double[] d = {0.13, 0.21, 0.09, 0.14};
        double[] w = {100, 100, 100, 100};
        double[] b = new double[4];
        b[0] = 1.56;
        double a0 = nudgeInput(f, w[0], a0Guess, b[0], d[0]);
        double a = f.value(w[0] * a0 + b[0]);
        for (int i = 1; i < 4; i++) {
            b[i] = nudgeBias(f, w[i], a, sigmoidRoot(d[i]) - w[i] * a, d[i]);
            a = f.value(w[i] * a + b[i]);
        }
        return Chain.of(f, w, b, a0, a - 0.5, CostFunction.QUADRATIC); // a_L − y = 0.5 exactly (Sterbenz)
    }

    /** The root z ≥ 0 of σ'(z) = d, for 0 &lt; d ≤ 1/4. */
    static double sigmoidRoot(double d) {
        double s = 0.5 * (1.0 + Math.sqrt(1.0 - 4.0 * d));
        return 2.0 * Math.log(s) - Math.log(d); // σ/(1−σ) = σ²/d
    }

    /** The bias within ±16 ulps of b0 whose f'(w·a + b) is closest to d. */
    static double nudgeBias(Activation f, double w, double a, double b0, double d) {
        double best = b0;
        double bestErr = Math.abs(f.derivative(w * a + b0) - d);
        double b = b0;
        double down = b0;
        for (int k = 0; k < 16; k++) {
            b = Math.nextUp(b);
            down = Math.nextDown(down);
            for (double c : new double[] {b, down}) {
                double err = Math.abs(f.derivative(w * a + c) - d);
                if (err < bestErr) {
                    bestErr = err;
                    best = c;
                }
            }
        }
        return best;
    }

    /** The input within ±16 ulps of a0 whose f'(w·a0 + b) is closest to d. */
    private static double nudgeInput(Activation f, double w, double a0, double b, double d) {
        double best = a0;
        double bestErr = Math.abs(f.derivative(w * a0 + b) - d);
        double up = a0;
        double down = a0;
        for (int k = 0; k < 16; k++) {
            up = Math.nextUp(up);
            down = Math.nextDown(down);
            for (double c : new double[] {up, down}) {
                double err = Math.abs(f.derivative(w * c + b) - d);
                if (err < bestErr) {
                    bestErr = err;
                    best = c;
                }
            }
        }
        return best;
    }

    /** The same chain with y chosen so that the given gradient of the given layer equals {@code wanted}. */
    private static Chain withSolvedTarget(Chain c, double wanted, BiFunction<ChainResult, Integer, BigMag> gradient,
                                          int layer) {
        ChainResult r = c.withTarget(0.0).evaluate();
        double aL = r.output();
        ChainResult unit = c.withTarget(aL - 0.5).evaluate(); // dC/da_L = 1
        double perUnit = gradient.apply(unit, layer).toDouble();
        double y0 = aL - wanted / perUnit / 2.0;
        Chain best = c.withTarget(y0);
        double bestErr = Math.abs(gradient.apply(best.evaluate(), layer).toDouble() - wanted);
        double y = y0;
        double down = y0;
        for (int k = 0; k < 16; k++) { // the y among nearby doubles that hits the wanted value best
            y = Math.nextUp(y);
            down = Math.nextDown(down);
            for (double cand : new double[] {y, down}) {
                Chain t = c.withTarget(cand);
                double err = Math.abs(gradient.apply(t.evaluate(), layer).toDouble() - wanted);
                if (err < bestErr) {
                    bestErr = err;
                    best = t;
                }
            }
        }
        return best;
    }
}
