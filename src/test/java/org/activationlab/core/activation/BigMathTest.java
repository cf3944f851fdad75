package org.activationlab.core.activation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/**
 * The reference arithmetic against published constants (40+ digits) and against itself through
 * identities that use different code paths: the golden file is only as good as this.
 */
class BigMathTest {
    private final BigMath m = new BigMath(40);

    private static void assertDigits(String expected, BigDecimal got, int digits) {
        BigDecimal e = new BigDecimal(expected);
        BigDecimal rel = got.subtract(e).abs().divide(e.abs(), MathContext.DECIMAL64);
        assertTrue(rel.compareTo(BigDecimal.ONE.movePointLeft(digits)) <= 0,
                "expected " + expected + ", got " + got + " (relative " + rel + ")");
    }

    @Test
    void constantsMatchPublishedDigits() {
        assertDigits("3.14159265358979323846264338327950288419716939937510", m.pi(), 45);
        assertDigits("2.71828182845904523536028747135266249775724709369995", m.exp(BigDecimal.ONE), 45);
        assertDigits("0.69314718055994530941723212145817656807550013436026", m.log1p(BigDecimal.ONE), 45);
        assertDigits("0.79788456080286535587989211986876373695171726232987",
                m.sqrt(BigMath.TWO.divide(m.pi(), m.mc)), 45);
    }

    @Test
    void erfcAndNormalCdfMatchPublishedDigits() {
        // erf(1) = 0.842700792949714869341220635082609259296066997966302908459937897...
        assertDigits("0.157299207050285130658779364917390740703933002033697", m.erfcBySeries(BigDecimal.ONE), 45);
        // Φ(−1) = 0.158655253931457051414767454367962077522087033273395609...
        assertDigits("0.15865525393145705141476745436796207752208703327340", m.normalCdf(BigDecimal.ONE.negate()), 40);
    }

    @Test
    void seriesAndContinuedFractionAgreeWhereTheySwitch() {
        for (String t : new String[] {"4", "4.5", "6"}) {
            BigDecimal x = new BigDecimal(t);
            BigDecimal cf = m.erfcxByContinuedFraction(x).multiply(m.exp(x.multiply(x).negate()), m.mc);
            assertDigits(m.erfcBySeries(x).toString(), cf, 40);
        }
    }

    @Test
    void expIsConsistentFarOut() {
        BigDecimal a = m.exp(BigDecimal.valueOf(-1000));
        assertDigits("5.075958897549456765291809479574336919305599282892837E-435", a, 45);
        assertDigits("1", a.multiply(m.exp(BigDecimal.valueOf(1000)), m.mc), 45);
        BigDecimal half = m.exp(BigDecimal.valueOf(-500));
        assertDigits(a.toString(), half.multiply(half, m.mc), 45);
    }

    @Test
    void tinyArgumentsKeepRelativeAccuracy() {
        BigDecimal tiny = new BigDecimal("1e-300");
        assertDigits("1e-300", m.expm1(tiny), 45);
        assertDigits("1e-300", m.log1p(tiny), 45);
        assertDigits("1e-300", m.tanh(tiny), 45);
        assertDigits("0.25", m.sigmoid(tiny).multiply(m.sigmoid(tiny.negate())), 45);
    }
}
