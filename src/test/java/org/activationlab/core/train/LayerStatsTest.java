package org.activationlab.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LayerStatsTest {
    @Test
    void sumOfSquaresMatchesOneRunningSumForEveryLength() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int n : new int[] {0, 1, 7, 8, 9, 15, 16, 17, 100_480}) {
            float[] g = new float[n];
            double expected = 0;
            for (int i = 0; i < n; i++) {
                g[i] = (float) (rnd.nextGaussian() * 1e-3);
                expected += (double) g[i] * g[i];
            }
            assertEquals(expected, LayerStats.sumOfSquares(g), 1e-12 * Math.max(expected, 1e-300), "length " + n);
        }
    }
}
