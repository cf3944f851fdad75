package org.activationlab.core.activation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Off-grid check: x drawn log-uniformly from ±[1e-320, 1e4] (seeded), each compared with
 * {@link BigMath} at 30 digits directly, under the bound documented in {@link ReferenceValuesTest}.
 * The golden file pins known points; this one guards the space between them.
 */
class RandomReferenceTest {
    static final int SAMPLES = Integer.getInteger("activationlab.randomSamples", 400);

    @ParameterizedTest
    @EnumSource(ActivationKind.class)
    void randomPointsMatchHighPrecisionWithin1e13(ActivationKind kind) {
        BigMath m = new BigMath(30);
        SplittableRandom rnd = new SplittableRandom(20261129L + kind.ordinal());
        Activation f = kind.create();
        double limit = kind == ActivationKind.GELU_TANH ? 1000 : 1e4;
        List<String> failures = new ArrayList<>();
        double worstV = 0;
        double worstD = 0;
        for (int i = 0; i < SAMPLES; i++) {
            double x = randomX(rnd, limit);
            ReferenceFunctions.Ref ref = ReferenceFunctions.eval(m, kind, f.alpha(), new BigDecimal(x));
            double ev = ReferenceValuesTest.error(f.value(x), ref.value().doubleValue(), 0);
            double ed = ReferenceValuesTest.error(f.derivative(x), ref.derivative().doubleValue(),
                    ref.derivativeScale().doubleValue());
            worstV = Math.max(worstV, ev);
            worstD = Math.max(worstD, ed);
            if (!(ev <= ReferenceValuesTest.TOLERANCE && ed <= ReferenceValuesTest.TOLERANCE)) {
                failures.add("x=" + x + " value error " + ev + ", derivative error " + ed);
            }
        }
        System.out.printf("%-11s random worst error: value %.2e, derivative %.2e%n", kind.cliName(), worstV, worstD);
        assertTrue(failures.isEmpty(), kind + ": " + failures.size() + " failures:\n"
                + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }

    /** Half the draws in [-800, 50] where the tails and underflow boundaries are, half log-uniform. */
    static double randomX(SplittableRandom rnd, double limit) {
        if (rnd.nextBoolean()) {
            return Math.max(-limit, rnd.nextDouble(-800, 50));
        }
        double mag = Math.pow(10, rnd.nextDouble(-320, Math.log10(limit)));
        return rnd.nextBoolean() ? mag : -mag;
    }
}
