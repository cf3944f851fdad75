package org.activationlab.core.digits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DigitPreprocessorTest {
    private static final int N = DigitPreprocessor.SIDE;

    /** A filled axis-aligned rectangle of ink on a w×h sheet. */
    static float[] rect(int w, int h, int x0, int y0, int rw, int rh) {
        float[] ink = new float[w * h];
        for (int y = y0; y < y0 + rh; y++) {
            for (int x = x0; x < x0 + rw; x++) {
                ink[y * w + x] = 1f;
            }
        }
        return ink;
    }

    /** Centre of mass in continuous coordinates (pixel centre = index + 0.5): {x, y}. */
    static double[] com(float[] img) {
        double m = 0;
        double mx = 0;
        double my = 0;
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                float v = img[y * N + x];
                m += v;
                mx += v * (x + 0.5);
                my += v * (y + 0.5);
            }
        }
        return new double[] {mx / m, my / m};
    }

    /** Extent of the ink along x: Σ over columns of the column's largest value (a full column counts 1). */
    static double width(float[] img) {
        double s = 0;
        for (int x = 0; x < N; x++) {
            float max = 0;
            for (int y = 0; y < N; y++) {
                max = Math.max(max, img[y * N + x]);
            }
            s += max;
        }
        return s;
    }

    static double height(float[] img) {
        double s = 0;
        for (int y = 0; y < N; y++) {
            float max = 0;
            for (int x = 0; x < N; x++) {
                max = Math.max(max, img[y * N + x]);
            }
            s += max;
        }
        return s;
    }

    /** First and last row holding any ink. */
    static double[] inkRows(float[] img) {
        int first = -1;
        int last = -1;
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                if (img[y * N + x] > 0) {
                    first = first < 0 ? y : first;
                    last = y;
                }
            }
        }
        return new double[] {first, last};
    }

    static void assertInUnitRange(float[] img) {
        assertEquals(N * N, img.length);
        for (int i = 0; i < img.length; i++) {
            assertTrue(img[i] >= 0f && img[i] <= 1f, "pixel " + i + " = " + img[i]);
        }
    }

    static void assertCentred(float[] img) {
        double[] c = com(img);
        assertEquals(14.0, c[0], 0.5, "centre of mass x");
        assertEquals(14.0, c[1], 0.5, "centre of mass y");
    }

    @Test
    void offCentreSquareEndsUpCentredAndTwentyPixelsWide() {
        float[] out = DigitPreprocessor.toMnist(rect(200, 160, 5, 90, 50, 50), 200, 160);
        assertInUnitRange(out);
        assertCentred(out);
        assertEquals(20.0, width(out), 1e-3);
        assertEquals(20.0, height(out), 1e-3);
        // area is preserved by the box filter: a 20×20 square of full ink
        double mass = 0;
        for (float v : out) {
            mass += v;
        }
        assertEquals(400.0, mass, 1e-2);
    }

    @Test
    void wideShapeKeepsItsAspectRatio() {
        float[] out = DigitPreprocessor.toMnist(rect(300, 300, 200, 10, 90, 30), 300, 300);
        assertInUnitRange(out);
        assertCentred(out);
        assertEquals(20.0, width(out), 1e-3);
        assertEquals(20.0 / 3, height(out), 1e-3);
    }

    @Test
    void tallShapeKeepsItsAspectRatio() {
        float[] out = DigitPreprocessor.toMnist(rect(100, 120, 3, 0, 10, 40), 100, 120);
        assertCentred(out);
        assertEquals(20.0, height(out), 1e-3);
        assertEquals(5.0, width(out), 1e-3);
    }

    @Test
    void tinyDrawingIsScaledUpToTheBox() {
        float[] out = DigitPreprocessor.toMnist(rect(64, 64, 60, 60, 4, 4), 64, 64);
        assertInUnitRange(out);
        assertCentred(out);
        assertEquals(20.0, width(out), 1e-3);
        assertEquals(1f, out[14 * N + 14], 1e-6f); // the centre is solid ink
    }

    @Test
    void emptyDrawingGivesAllZeros() {
        assertArrayEquals(new float[N * N], DigitPreprocessor.toMnist(new float[50 * 40], 50, 40));
        float[] faint = new float[100];
        faint[55] = 1e-4f; // below the threshold: pen fringe noise, not ink
        assertArrayEquals(new float[N * N], DigitPreprocessor.toMnist(faint, 10, 10));
    }

    @Test
    void outOfRangeInputIsClampedIntoUnitRange() {
        float[] ink = rect(30, 30, 10, 10, 8, 12);
        ink[10 * 30 + 10] = 5f;
        ink[11 * 30 + 11] = Float.NaN;
        ink[0] = -3f;
        float[] out = DigitPreprocessor.toMnist(ink, 30, 30);
        assertInUnitRange(out);
        assertCentred(out);
    }

    @Test
    void lopsidedShapeIsCentredByMassNotByBox() {
        // an "L" whose mass sits low: centring the box would put its middle at row 14
        float[] ink = rect(100, 100, 20, 10, 10, 60);
        float[] foot = rect(100, 100, 20, 60, 30, 10);
        for (int i = 0; i < ink.length; i++) {
            ink[i] = Math.max(ink[i], foot[i]);
        }
        float[] out = DigitPreprocessor.toMnist(ink, 100, 100);
        assertCentred(out);
        assertEquals(20.0, height(out), 1e-3);
        double[] rows = inkRows(out);
        double boxMiddle = (rows[0] + rows[1] + 1) / 2;
        assertTrue(boxMiddle < 12, "the box sits above the centre, its middle at " + boxMiddle);
    }

    @Test
    void wrongSizesAreRefusedWithTheShapes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DigitPreprocessor.toMnist(new float[10], 4, 3));
        assertTrue(e.getMessage().contains("10") && e.getMessage().contains("4*3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DigitPreprocessor.toMnist(null, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> DigitPreprocessor.toMnist(new float[0], 0, 0));
    }
}
