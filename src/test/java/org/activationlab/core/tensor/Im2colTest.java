package org.activationlab.core.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.activationlab.core.tensor.Im2col.Padding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class Im2colTest {
    private static final Parallel TWO = Parallel.of(2);

    @AfterAll
    static void closePool() {
        TWO.close();
    }

    private static float[] random(Random rnd, int len) {
        float[] x = new float[len];
        for (int i = 0; i < len; i++) {
            x[i] = (float) rnd.nextGaussian();
        }
        return x;
    }

    /** x[b][iy][ix][ch] or 0 outside the image. */
    private static float pixel(float[] x, int b, int iy, int ix, int ch, int h, int w, int c) {
        return iy < 0 || iy >= h || ix < 0 || ix >= w ? 0f : x[((b * h + iy) * w + ix) * c + ch];
    }

    @Test
    void unfoldMatchesTheDefinitionForValidAndSamePadding() {
        Random rnd = new Random(1);
        int[][] shapes = {{2, 5, 6, 3, 3}, {1, 4, 4, 1, 1}, {3, 7, 5, 2, 4}, {2, 6, 6, 1, 5}};
        for (Padding padding : Padding.values()) {
            for (int[] s : shapes) {
                int batch = s[0], h = s[1], w = s[2], c = s[3], k = s[4];
                int oh = Im2col.outSize(h, k, padding);
                int ow = Im2col.outSize(w, k, padding);
                int pad = padding == Padding.SAME ? (k - 1) / 2 : 0;
                float[] x = random(rnd, batch * h * w * c);
                float[] cols = random(rnd, 2 + batch * oh * ow * k * k * c);   // garbage must be overwritten
                Im2col.im2col(x, 0, batch, h, w, c, k, padding, cols, 2, TWO);
                int rowLen = k * k * c;
                for (int b = 0; b < batch; b++) {
                    for (int oy = 0; oy < oh; oy++) {
                        for (int ox = 0; ox < ow; ox++) {
                            for (int ky = 0; ky < k; ky++) {
                                for (int kx = 0; kx < k; kx++) {
                                    for (int ch = 0; ch < c; ch++) {
                                        int at = 2 + ((b * oh + oy) * ow + ox) * rowLen + (ky * k + kx) * c + ch;
                                        float want = pixel(x, b, oy + ky - pad, ox + kx - pad, ch, h, w, c);
                                        assertEquals(want, cols[at], () -> padding + " shape " + java.util.Arrays.toString(s));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void foldIsTheAdjointOfUnfold() {
        Random rnd = new Random(2);
        int[][] shapes = {{2, 5, 6, 3, 3}, {3, 7, 5, 2, 4}, {2, 28, 28, 1, 3}, {1, 6, 6, 4, 5}};
        for (Padding padding : Padding.values()) {
            for (int[] s : shapes) {
                int batch = s[0], h = s[1], w = s[2], c = s[3], k = s[4];
                int rows = batch * Im2col.outSize(h, k, padding) * Im2col.outSize(w, k, padding);
                float[] x = random(rnd, batch * h * w * c);
                float[] y = random(rnd, rows * k * k * c);
                float[] cols = new float[y.length];
                float[] dx = random(rnd, x.length);   // garbage must be overwritten
                Im2col.im2col(x, 0, batch, h, w, c, k, padding, cols, 0, Parallel.SERIAL);
                Im2col.col2im(y, 0, batch, h, w, c, k, padding, dx, 0, TWO);
                double lhs = 0;
                double scale = 0;
                for (int i = 0; i < y.length; i++) {
                    lhs += (double) cols[i] * y[i];
                    scale += Math.abs((double) cols[i] * y[i]);
                }
                double rhs = 0;
                for (int i = 0; i < x.length; i++) {
                    rhs += (double) x[i] * dx[i];
                }
                assertEquals(lhs, rhs, 1e-6 * scale, () -> padding + " shape " + java.util.Arrays.toString(s));
            }
        }
    }

    @Test
    void convolutionThroughGemmMatchesDirectSum() {
        Random rnd = new Random(3);
        int batch = 2, h = 6, w = 5, c = 3, k = 3, cout = 4;
        float[] x = random(rnd, batch * h * w * c);
        float[] wt = random(rnd, cout * k * k * c);   // [Cout][ky][kx][c]
        int oh = h - k + 1, ow = w - k + 1, rows = batch * oh * ow;
        float[] cols = new float[rows * k * k * c];
        Im2col.im2col(x, 0, batch, h, w, c, k, Padding.VALID, cols, 0, Parallel.SERIAL);
        float[] y = new float[rows * cout];
        Gemm.sgemm(false, true, rows, cout, k * k * c, 1f, cols, 0, k * k * c, wt, 0, k * k * c, 0f, y, 0, cout, Parallel.SERIAL);
        for (int b = 0; b < batch; b++) {
            for (int oy = 0; oy < oh; oy++) {
                for (int ox = 0; ox < ow; ox++) {
                    for (int o = 0; o < cout; o++) {
                        double sum = 0;
                        for (int ky = 0; ky < k; ky++) {
                            for (int kx = 0; kx < k; kx++) {
                                for (int ch = 0; ch < c; ch++) {
                                    sum += pixel(x, b, oy + ky, ox + kx, ch, h, w, c) * wt[((o * k + ky) * k + kx) * c + ch];
                                }
                            }
                        }
                        assertEquals(sum, y[((b * oh + oy) * ow + ox) * cout + o], 1e-4);
                    }
                }
            }
        }
    }

    @Test
    void samePaddingKeepsTheSizeAndValidShrinksIt() {
        assertEquals(28, Im2col.outSize(28, 3, Padding.SAME));
        assertEquals(26, Im2col.outSize(28, 3, Padding.VALID));
        assertEquals(24, Im2col.outSize(26, 3, Padding.VALID));
    }

    @Test
    void rejectsKernelLargerThanImageAndShortArrays() {
        assertThrows(IllegalArgumentException.class,
                () -> Im2col.im2col(new float[9], 0, 1, 3, 3, 1, 4, Padding.VALID, new float[100], 0, Parallel.SERIAL));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Im2col.im2col(new float[9], 0, 1, 3, 3, 1, 3, Padding.SAME, new float[80], 0, Parallel.SERIAL));
        assertEquals("cols: 9x9 from offset 0 needs 81 elements, array has 80", e.getMessage());
    }
}
