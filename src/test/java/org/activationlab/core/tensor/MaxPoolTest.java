package org.activationlab.core.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class MaxPoolTest {
    private static final Parallel TWO = Parallel.of(2);

    @AfterAll
    static void closePool() {
        TWO.close();
    }

    @Test
    void forwardAndBackwardMatchNaivePoolingOnOddAndEvenSizes() {
        Random rnd = new Random(1);
        int[][] shapes = {{2, 24, 24, 64}, {3, 5, 7, 3}, {1, 2, 2, 1}};
        for (int[] s : shapes) {
            int batch = s[0], h = s[1], w = s[2], c = s[3];
            int oh = h / 2, ow = w / 2;
            float[] x = new float[batch * h * w * c];
            for (int i = 0; i < x.length; i++) {
                x[i] = rnd.nextInt(7) - 3;   // many ties
            }
            float[] y = new float[1 + batch * oh * ow * c];
            int[] arg = new int[batch * oh * ow * c];
            MaxPool.forward(x, 0, batch, h, w, c, y, 1, arg, 0, TWO);
            float[] dy = new float[y.length];
            for (int i = 0; i < dy.length; i++) {
                dy[i] = (float) rnd.nextGaussian();
            }
            float[] dx = new float[x.length];
            java.util.Arrays.fill(dx, 99f);
            MaxPool.backward(dy, 1, arg, 0, batch, h, w, c, dx, 0, TWO);
            float[] wantDx = new float[x.length];
            for (int b = 0; b < batch; b++) {
                for (int oy = 0; oy < oh; oy++) {
                    for (int ox = 0; ox < ow; ox++) {
                        for (int ch = 0; ch < c; ch++) {
                            int bestIdx = -1;
                            float best = Float.NEGATIVE_INFINITY;
                            for (int dyy = 0; dyy < 2; dyy++) {
                                for (int dxx = 0; dxx < 2; dxx++) {
                                    int idx = ((b * h + 2 * oy + dyy) * w + 2 * ox + dxx) * c + ch;
                                    if (x[idx] > best) {
                                        best = x[idx];
                                        bestIdx = idx;
                                    }
                                }
                            }
                            int o = ((b * oh + oy) * ow + ox) * c + ch;
                            assertEquals(best, y[1 + o]);
                            assertEquals(bestIdx, arg[o], "first maximum wins a tie");
                            wantDx[bestIdx] = dy[1 + o];
                        }
                    }
                }
            }
            assertArrayEquals(wantDx, dx);
        }
    }

    @Test
    void nanInWindowPropagates() {
        float[] x = {1f, Float.NaN, 5f, 2f};   // one 2x2 window, one channel
        float[] y = new float[1];
        int[] arg = new int[1];
        MaxPool.forward(x, 0, 1, 2, 2, 1, y, 0, arg, 0, Parallel.SERIAL);
        assertTrue(Float.isNaN(y[0]));
        assertEquals(1, arg[0]);
    }

    @Test
    void sortKeyOrdersLikeFloatsAndPutsEveryNanOnTop() {
        float[] ordered = {Float.NEGATIVE_INFINITY, -3e38f, -1f, -Float.MIN_VALUE, -0f, 0f, Float.MIN_VALUE,
            1f, 3e38f, Float.POSITIVE_INFINITY};
        for (int i = 0; i + 1 < ordered.length; i++) {
            assertTrue(MaxPool.sortKey(ordered[i]) < MaxPool.sortKey(ordered[i + 1]), ordered[i] + " < " + ordered[i + 1]);
        }
        float negativeNan = Float.intBitsToFloat(0xFFC00000);
        assertEquals(Integer.MAX_VALUE, MaxPool.sortKey(Float.NaN));
        assertEquals(Integer.MAX_VALUE, MaxPool.sortKey(negativeNan));
        Random rnd = new Random(3);
        for (int i = 0; i < 10_000; i++) {
            float a = (float) (rnd.nextGaussian() * Math.pow(10, rnd.nextInt(20) - 10));
            float b = (float) (rnd.nextGaussian() * Math.pow(10, rnd.nextInt(20) - 10));
            assertEquals(Float.compare(a, b) > 0, MaxPool.sortKey(a) > MaxPool.sortKey(b), a + " vs " + b);
        }
    }

    @Test
    void negativeNanInLastPositionStillWins() {
        float[] x = {1f, 7f, 5f, Float.intBitsToFloat(0xFFC00000)};
        float[] y = new float[1];
        int[] arg = new int[1];
        MaxPool.forward(x, 0, 1, 2, 2, 1, y, 0, arg, 0, Parallel.SERIAL);
        assertTrue(Float.isNaN(y[0]));
        assertEquals(3, arg[0]);
    }

    @Test
    void nansAndSignedZerosInManyChannelsFollowFloatCompareOrder() {
        Random rnd = new Random(4);
        float[] values = {0f, -0f, 1f, -1f, Float.NaN, Float.intBitsToFloat(0xFFC00000), Float.POSITIVE_INFINITY};
        int batch = 2, h = 4, w = 6, c = 37;   // 37 channels: full vectors and a scalar tail
        float[] x = new float[batch * h * w * c];
        for (int i = 0; i < x.length; i++) {
            x[i] = values[rnd.nextInt(values.length)];
        }
        float[] y = new float[batch * 2 * 3 * c];
        int[] arg = new int[y.length];
        MaxPool.forward(x, 0, batch, h, w, c, y, 0, arg, 0, Parallel.SERIAL);
        for (int o = 0; o < y.length; o++) {
            int ch = o % c;
            int pix = o / c;
            int ox = pix % 3, oy = (pix / 3) % 2, b = pix / 6;
            int best = -1;
            for (int dyy = 0; dyy < 2; dyy++) {
                for (int dxx = 0; dxx < 2; dxx++) {
                    int idx = ((b * h + 2 * oy + dyy) * w + 2 * ox + dxx) * c + ch;
                    if (best < 0 || Float.compare(x[idx], x[best]) > 0) {
                        best = idx;
                    }
                }
            }
            assertEquals(best, arg[o], "output " + o);
            assertEquals(Float.floatToIntBits(x[best]), Float.floatToIntBits(y[o]), "output " + o);
        }
    }
}
