package org.activationlab.core.approx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ErrorSeriesTest {
    private final Target sin = Target.of(Preset.SIN.function());

    @Test
    void powersOfTwoGoUpToTheLimit() {
        assertArrayEquals(new int[] {1, 2, 4, 8}, ErrorSeries.powersOfTwo(15));
        assertArrayEquals(new int[] {1, 2, 4, 8, 16}, ErrorSeries.powersOfTwo(16));
        assertArrayEquals(new int[] {1}, ErrorSeries.powersOfTwo(1));
    }

    @Test
    void constructiveSlopeOnALogLogPlotIsAboutMinusTwo() {
        List<ErrorSeries.Point> s = ErrorSeries.constructive(sin, new int[] {8, 256});
        double slope = Math.log(s.get(1).maxError() / s.get(0).maxError()) / Math.log(256.0 / 8);
        assertEquals(-2, slope, 0.05);
    }

    @Test
    void trainedSeriesImprovesWithWidthAndStopsEarlyWhenAsked() {
        TrainingConfig base = TrainingConfig.of(1);
        List<ErrorSeries.Point> s = ErrorSeries.trained(sin, new int[] {2, 16}, base, 800, 1, () -> false);
        assertEquals(2, s.size());
        assertTrue(s.get(1).maxError() < s.get(0).maxError() / 3, s.toString());

        AtomicInteger calls = new AtomicInteger();
        List<ErrorSeries.Point> stopped = ErrorSeries.trained(sin, new int[] {2, 4, 8}, base, 100, 1,
                () -> calls.incrementAndGet() > 150);
        assertEquals(1, stopped.size());
    }
}
