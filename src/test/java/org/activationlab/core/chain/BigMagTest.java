package org.activationlab.core.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BigMagTest {

    private static final MathContext MC = new MathContext(40);

    static void assertRelative(BigDecimal expected, BigMag actual, double tol, String what) {
        BigDecimal got = actual.toBigDecimal(MC);
        if (expected.signum() == 0) {
            assertTrue(actual.isZero(), what + ": expected exactly 0, got " + actual);
            return;
        }
        BigDecimal rel = got.subtract(expected).abs().divide(expected.abs(), MC);
        assertTrue(rel.compareTo(BigDecimal.valueOf(tol)) <= 0,
                what + ": expected " + expected.round(new MathContext(16)) + ", got " + actual + " (relative error "
                        + rel.round(new MathContext(3)) + ")");
    }

    @Test
    void roundTripsEveryKindOfFiniteDouble() {
        double[] xs = {1.0, -1.0, 0.1, 343.98, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE,
                Double.MIN_NORMAL, 3 * Double.MIN_VALUE, -1e-310, 1e300, 123456789.123};
        for (double x : xs) {
            BigMag b = BigMag.of(x);
            assertEquals(x, b.toDouble(), 0.0, "round trip of " + x);
            assertEquals(0, new BigDecimal(x).compareTo(b.toBigDecimal(MathContext.UNLIMITED)), "exact decimal of " + x);
            double m = Math.abs(b.mantissa());
            assertTrue(m >= 1.0 && m < 2.0, "mantissa of " + x + " normalised: " + m);
        }
    }

    @Test
    void zeroIsARealZeroWhateverItsSign() {
        assertTrue(BigMag.of(0.0).isZero());
        assertTrue(BigMag.of(-0.0).isZero());
        assertEquals(BigMag.ZERO, BigMag.of(-0.0));
        assertEquals("0", BigMag.ZERO.toScientific(15));
        assertTrue(BigMag.of(1e300).multiply(BigMag.ZERO).isZero());
        assertEquals(0, BigMag.ZERO.signum());
    }

    @Test
    void rejectsNanAndInfinity() {
        assertThrows(IllegalArgumentException.class, () -> BigMag.of(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> BigMag.of(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> BigMag.of(Double.NEGATIVE_INFINITY));
        assertThrows(ArithmeticException.class, () -> BigMag.ONE.divide(BigMag.ZERO));
        assertThrows(ArithmeticException.class, () -> BigMag.of(-4).sqrt());
        assertThrows(ArithmeticException.class, BigMag.ZERO::log10Abs);
    }

    @Test
    void formatsScientificWithTheRequestedDigits() {
        assertEquals("3.43980000000000e+2", BigMag.of(343.98).toScientific(15));
        assertEquals("-1.2345e-2", BigMag.of(-0.012345).toScientific(5));
        assertEquals("1.0e+0", BigMag.of(0.99999).toScientific(2));
        assertEquals("5e-1", BigMag.of(0.5).toScientific(1));
        assertEquals("4.94065645841247e-324", BigMag.of(Double.MIN_VALUE).toScientific(15));
        BigMag tiny = BigMag.of(-1.2345);
        BigMag ten = BigMag.of(10);
        for (int i = 0; i < 2410; i++) {
            tiny = tiny.divide(ten);
        }
        assertEquals("-1.2345e-2410", tiny.toScientific(5));
    }

    @Test
    void multipliesFarBeyondTheDoubleRange() {
        BigMag big = BigMag.ONE;
        BigMag small = BigMag.ONE;
        for (int i = 0; i < 10_000; i++) {
            big = big.multiply(BigMag.of(100));
            small = small.multiply(BigMag.of(0.25));
        }
        assertRelative(BigDecimal.TEN.pow(20_000), big, 1e-12, "100^10000");
        assertRelative(new BigDecimal("0.25").pow(10_000), small, 1e-12, "0.25^10000");
        assertFalse(big.fitsInDouble());
        assertThrows(ArithmeticException.class, big::toDouble);
        assertEquals(20_000.0, big.log10Abs(), 1e-9);
        assertEquals(10_000 * Math.log10(0.25), small.log10Abs(), 1e-9);
        assertEquals(0.0, small.toDouble(), 0.0, "underflows to zero only when converted");
        assertTrue(big.toScientific(15).matches("(9\\.99999999999\\d{3}e\\+19999|1\\.00000000000\\d{3}e\\+20000)"),
                big.toScientific(15));
    }

    @Test
    void addsAndSubtractsWithOneRounding() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 2000; i++) {
            double x = (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(-150, 150));
            double y = (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(-150, 150));
            assertEquals(x + y, BigMag.of(x).add(BigMag.of(y)).toDouble(), 0.0, x + " + " + y);
            assertEquals(x - y, BigMag.of(x).subtract(BigMag.of(y)).toDouble(), 0.0, x + " - " + y);
            assertEquals(x * y, BigMag.of(x).multiply(BigMag.of(y)).toDouble(), Math.ulp(x * y), x + " * " + y);
        }
        BigMag huge = BigMag.of(Double.MAX_VALUE).add(BigMag.of(Double.MAX_VALUE));
        assertEquals("3.59538626972463e+308", huge.toScientific(15));
        assertTrue(huge.subtract(huge).isZero());
    }

    @Test
    void squareRootsOfHugeAndTinyNumbers() {
        assertEquals(2.0, BigMag.of(4).sqrt().toDouble(), 0.0);
        assertEquals(Math.sqrt(2), BigMag.of(2).sqrt().toDouble(), 0.0);
        BigMag x = BigMag.of(3);
        for (int i = 0; i < 4001; i++) {
            x = x.multiply(BigMag.of(1e5));
        }
        BigMag r = x.sqrt();
        assertRelative(x.toBigDecimal(MC), r.square(), 1e-15, "sqrt(x)²");
        BigMag t = BigMag.of(3e-300).multiply(BigMag.of(1e-300)).multiply(BigMag.of(0.5));
        assertRelative(t.toBigDecimal(MC), t.sqrt().square(), 1e-15, "sqrt(t)²");
    }

    @Test
    void comparesBySignThenMagnitude() {
        BigMag big = BigMag.of(1e300).multiply(BigMag.of(1e300));
        assertTrue(big.compareTo(BigMag.of(Double.MAX_VALUE)) > 0);
        assertTrue(big.negate().compareTo(BigMag.of(-1)) < 0);
        assertTrue(BigMag.ZERO.compareTo(BigMag.of(-1e-320)) > 0);
        assertTrue(BigMag.of(-2).compareMagnitude(BigMag.of(1)) > 0);
        assertEquals(0, BigMag.of(5).compareTo(BigMag.of(5)));
        assertTrue(BigMag.ZERO.compareMagnitude(BigMag.of(1e-320)) < 0);
    }

    @Test
    void scientificNotationMatchesTheExactDecimalRoundedOnceAtAnyExponent() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int k = 0; k < 300; k++) {
            double m = (rnd.nextBoolean() ? 1 : -1) * (1 + rnd.nextDouble());
            long e = rnd.nextLong(-2500, 2500);
            BigMag x = BigMag.normalized(m, e);
            BigDecimal exact = new BigDecimal(m).multiply(e >= 0 ? new BigDecimal(java.math.BigInteger.TWO.pow((int) e))
                    : new BigDecimal(java.math.BigInteger.valueOf(5).pow((int) -e), (int) -e));
            for (int digits : new int[] {4, 15}) {
                BigDecimal r = exact.round(new MathContext(digits, java.math.RoundingMode.HALF_EVEN));
                String want = String.format(java.util.Locale.ROOT, "%s%se%s%d", r.signum() < 0 ? "-" : "",
                        digits(r.unscaledValue().abs().toString(), digits),
                        r.precision() - 1 - r.scale() < 0 ? "-" : "+", Math.abs((long) r.precision() - 1 - r.scale()));
                assertEquals(want, x.toScientific(digits), "2^" + e + " · " + m);
            }
        }
    }

    /** "123" with 4 digits → "1.230". */
    private static String digits(String unscaled, int digits) {
        StringBuilder u = new StringBuilder(unscaled);
        while (u.length() < digits) {
            u.append('0');
        }
        u.setLength(digits);
        return digits == 1 ? u.toString() : u.charAt(0) + "." + u.substring(1);
    }
}
