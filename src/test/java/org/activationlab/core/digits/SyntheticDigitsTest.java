package org.activationlab.core.digits;

import static org.activationlab.core.digits.DigitPreprocessorTest.assertCentred;
import static org.activationlab.core.digits.DigitPreprocessorTest.assertInUnitRange;
import static org.activationlab.core.digits.DigitPreprocessorTest.height;
import static org.activationlab.core.digits.DigitPreprocessorTest.inkRows;
import static org.activationlab.core.digits.DigitPreprocessorTest.width;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Pen-drawn "1" and "0" (as a user would draw them on the pad) keep their shape through the preprocessing. */
class SyntheticDigitsTest {
    private static final int N = DigitPreprocessor.SIDE;
    private static final int PAD = 280;

    static float[] one() {
        InkRaster r = new InkRaster(PAD);
        r.stroke(150, 40, 135, 240, 11); // a slightly slanted downstroke, in the right half of the pad
        return r.copy();
    }

    static float[] zero() {
        InkRaster r = new InkRaster(PAD);
        int steps = 72;
        for (int i = 0; i < steps; i++) {
            double a0 = 2 * Math.PI * i / steps;
            double a1 = 2 * Math.PI * (i + 1) / steps;
            r.stroke(100 + 50 * Math.cos(a0), 130 + 80 * Math.sin(a0), 100 + 50 * Math.cos(a1),
                    130 + 80 * Math.sin(a1), 11);
        }
        return r.copy();
    }

    /** The round pen ends fade, so the row profile sums to a little under 20; the ink spans 20 or 21 rows. */
    static void assertTwentyRowsTall(float[] out) {
        assertEquals(20.0, height(out), 0.3);
        double[] rows = inkRows(out);
        double span = rows[1] - rows[0] + 1;
        assertTrue(span == 20 || span == 21, "ink spans " + span + " rows");
    }

    @Test
    void drawnOneBecomesATallThinCentredStroke() {
        float[] out = DigitPreprocessor.toMnist(one(), PAD, PAD);
        assertInUnitRange(out);
        assertCentred(out);
        assertTwentyRowsTall(out);
        double w = width(out);
        assertTrue(w > 2 && w < 6, "a one is narrow, width " + w);
        assertTrue(out[14 * N + 13] > 0.9 || out[14 * N + 14] > 0.9, "solid ink in the middle");
        assertEquals(0f, out[14 * N + 3], 1e-6f);
        assertEquals(0f, out[14 * N + 24], 1e-6f);
    }

    @Test
    void drawnZeroKeepsItsHoleAndItsProportions() {
        float[] out = DigitPreprocessor.toMnist(zero(), PAD, PAD);
        assertInUnitRange(out);
        assertCentred(out);
        assertTwentyRowsTall(out);
        // the ring is 122 px wide and 182 px tall on the pad (including the pen): aspect ≈ 0.67
        assertEquals(20.0 * 122 / 182, width(out), 1.0);
        assertEquals(0f, out[14 * N + 14], 0.05f, "the hole stays empty");
        float left = 0;
        for (int x = 0; x < 14; x++) {
            left = Math.max(left, out[14 * N + x]);
        }
        assertTrue(left > 0.9f, "the ring's left side is solid ink: " + left);
    }
}
