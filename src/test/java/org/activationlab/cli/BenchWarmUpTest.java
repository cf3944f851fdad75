package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activationlab.core.train.TrainingControl;
import org.junit.jupiter.api.Test;

class BenchWarmUpTest {
    /** A clock the test moves by hand. */
    private static final class FakeClock {
        long now = 1_000_000_000L;
    }

    /** Runs batches of the given duration until the warm-up cancels (or limit); returns the time (s). */
    private static double runUntilStopped(BenchWarmUp w, TrainingControl c, FakeClock clock,
                                          java.util.function.DoubleUnaryOperator batchMicrosAt, int limit) {
        long start = clock.now;
        for (int i = 0; i < limit && !c.isCancelled(); i++) {
            double seconds = (clock.now - start) / 1e9;
            clock.now += (long) (batchMicrosAt.applyAsDouble(seconds) * 1000);
            w.onBatch(null);
        }
        return (clock.now - start) / 1e9;
    }

    @Test
    void stopsAfterTheMinimumTimeOnceTheSpeedIsSteady() {
        FakeClock clock = new FakeClock();
        TrainingControl c = new TrainingControl();
        BenchWarmUp w = new BenchWarmUp(c, 30, 1.5, 20, () -> clock.now);
        double t = runUntilStopped(w, c, clock, s -> 400, 1_000_000);
        assertTrue(c.isCancelled());
        assertTrue(t >= 1.5 && t < 1.5 + 2 * BenchWarmUp.WINDOW_SECONDS, "stopped after " + t + " s");
    }

    @Test
    void goesOnWhileTheSpeedStillRises() {
        FakeClock clock = new FakeClock();
        TrainingControl c = new TrainingControl();
        BenchWarmUp w = new BenchWarmUp(c, 30, 1.5, 20, () -> clock.now);
        // batches get faster until 4 s (the JIT still compiling), then stay at 250 µs
        double t = runUntilStopped(w, c, clock, s -> s < 4 ? 500 - 60 * s : 250, 1_000_000);
        assertTrue(t >= 4 && t < 4 + 2 * BenchWarmUp.WINDOW_SECONDS + 0.01, "stopped after " + t + " s");
    }

    @Test
    void stopsAtTheLimitEvenIfTheSpeedKeepsRising() {
        FakeClock clock = new FakeClock();
        TrainingControl c = new TrainingControl();
        BenchWarmUp w = new BenchWarmUp(c, 30, 1.5, 5, () -> clock.now);
        double t = runUntilStopped(w, c, clock, s -> 1000 / (1 + s), 1_000_000);
        assertTrue(c.isCancelled());
        assertEquals(5, t, 0.01);
    }

    @Test
    void runsAtLeastTheMinimumNumberOfBatches() {
        FakeClock clock = new FakeClock();
        TrainingControl c = new TrainingControl();
        BenchWarmUp w = new BenchWarmUp(c, 30, 0, 20, () -> clock.now);
        runUntilStopped(w, c, clock, s -> 200_000, 29);   // 0.2 s batches: past every time limit
        assertFalse(c.isCancelled());
        runUntilStopped(w, c, clock, s -> 200_000, 1);
        assertTrue(c.isCancelled());
        assertEquals(30, w.batches());
    }

    @Test
    void thePassiveOneNeverStopsARunWhateverTheSpeed() {
        FakeClock clock = new FakeClock();
        TrainingControl c = new TrainingControl();
        BenchWarmUp w = BenchWarmUp.passive(c, () -> clock.now);
        runUntilStopped(w, c, clock, s -> 400, 200_000);            // 80 s of steady batches
        runUntilStopped(w, c, clock, s -> 200_000, 1_000);          // then slow ones past any limit
        assertFalse(c.isCancelled());
        assertEquals(201_000, w.batches());
    }
}
