package org.activationlab.app.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NiceTicksTest {

    @Test
    void linearTicksAreNiceStepsInsideTheRange() {
        NiceTicks.Ticks t = NiceTicks.linear(-6, 6, 7);
        assertArrayEquals(new double[] {-6, -4, -2, 0, 2, 4, 6}, t.values(), 1e-12);
        assertArrayEquals(new String[] {"−6", "−4", "−2", "0", "2", "4", "6"}, t.labels());
    }

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        for (double span : new double[] {0.003, 0.7, 1, 3.3, 12, 95, 1e4}) {
            NiceTicks.Ticks t = NiceTicks.linear(0.1, 0.1 + span, 6);
            assertTrue(t.size() >= 2 && t.size() <= 6, span + ": " + t.size() + " ticks");
            double step = t.values()[1] - t.values()[0];
            double m = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
            assertTrue(Math.abs(m - 1) < 1e-6 || Math.abs(m - 2) < 1e-6 || Math.abs(m - 5) < 1e-6, "step " + step);
            assertTrue(t.values()[0] >= 0.1 - 1e-12 && t.values()[t.size() - 1] <= 0.1 + span + 1e-12);
        }
    }

    @Test
    void labelsCarryJustEnoughDecimals() {
        assertArrayEquals(new String[] {"0", "0.2", "0.4", "0.6", "0.8", "1.0"}, NiceTicks.linear(0, 1, 6).labels());
        assertArrayEquals(new String[] {"0", "0.5", "1.0"}, NiceTicks.linear(0, 1, 5).labels());
        assertArrayEquals(new String[] {"−2e−5", "−1e−5", "0", "1e−5", "2e−5"}, NiceTicks.linear(-2e-5, 2e-5, 5).labels());
    }

    @Test
    void logTicksAreDecadesThinnedToTheCount() {
        NiceTicks.Ticks t = NiceTicks.log10(1e-3, 10, 10);
        assertArrayEquals(new double[] {1e-3, 1e-2, 1e-1, 1, 10}, t.values(), 1e-15);
        assertArrayEquals(new String[] {"0.001", "0.01", "0.1", "1", "10"}, t.labels());
        NiceTicks.Ticks wide = NiceTicks.log10(1e-20, 1, 5);
        assertTrue(wide.size() <= 6, "thinned: " + wide.size());
        assertEquals("10⁻²⁰", wide.labels()[0]);
    }

    @Test
    void logAxisWithinOneDecadeFallsBackToLinearTicks() {
        NiceTicks.Ticks t = NiceTicks.forAxis(AxisScale.LOG10, 2, 8, 5);
        assertTrue(t.size() >= 2);
        assertEquals(2.0, t.values()[0], 1e-12);
    }

    @Test
    void readoutValuesUseSignificantDigits() {
        assertEquals("0.1693", NiceTicks.formatValue(0.16927402, 4));
        assertEquals("−1.235e−5", NiceTicks.formatValue(-1.23456e-5, 4));
        assertEquals("4.540e−5", NiceTicks.formatValue(4.5398e-5, 4));
        assertEquals("1.5e6", NiceTicks.formatValue(1.5e6, 2));
        assertEquals("—", NiceTicks.formatValue(Double.NaN, 4));
        assertEquals("0", NiceTicks.formatValue(0.0, 4));
    }

    @Test
    void aNarrowRangeStillGetsTwoTicksSoTheAxisHasAScale() {
        double[][] ranges = {{0.2, 0.9}, {1.9, 2.6}, {-0.13, 0.21}, {97.3, 98.1}, {1e-7, 6e-7}};
        for (double[] r : ranges) {
            for (int count = 2; count <= 4; count++) {
                NiceTicks.Ticks t = NiceTicks.linear(r[0], r[1], count);
                assertTrue(t.size() >= 2 && t.size() <= count + 2,
                        t.size() + " ticks in [" + r[0] + ", " + r[1] + "] for at most " + count);
                for (double v : t.values()) {
                    assertTrue(v >= r[0] - 1e-12 && v <= r[1] + 1e-12, v + " outside the range");
                }
            }
        }
        assertEquals(0.2, NiceTicks.niceStepBelow(0.5), 1e-15);
        assertEquals(1.0, NiceTicks.niceStepBelow(2), 1e-15);
        assertEquals(2.0, NiceTicks.niceStepBelow(5), 1e-15);
        assertEquals(5.0, NiceTicks.niceStepBelow(10), 1e-15);
    }
}
