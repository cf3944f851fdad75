package org.activationlab.cli;

import java.util.function.LongSupplier;
import org.activationlab.core.train.BatchSnapshot;
import org.activationlab.core.train.TrainingControl;
import org.activationlab.core.train.TrainingListener;

/**
 * When {@code bench}'s warm-up on a throw-away model may stop: after at least {@code minBatches}
 * batches and {@code minSeconds}, as soon as the training speed has stopped rising — a window of
 * {@value #WINDOW_SECONDS} s ran no more than {@value #SETTLED_GAIN_PERCENT}% more batches than the
 * window before it — and in any case after {@code maxSeconds}.
 *
 * <p>Why not a fixed time: the JIT compiles the training path's methods while the warm-up runs,
 * and on two threads both cores are busy training, so the compiler gets little CPU and finishes
 * seconds later than on one thread. With a fixed 1.5 s, the first two or three timed epochs on
 * two threads still ran partly in slower code (e.g. 290k, 380k, then 520k samples/s for the small
 * MLP) and decided the median.
 */
final class BenchWarmUp implements TrainingListener {
    static final double WINDOW_SECONDS = 0.5;
    static final int SETTLED_GAIN_PERCENT = 3;

    private final TrainingControl control;
    private final int minBatches;
    private final long minNanos;
    private final long maxNanos;
    private final LongSupplier clock;
    private final long start;
    private long windowStart;
    private int windowBatches;
    private double lastRate;
    private int batches;

    /** clock: nanoseconds (System::nanoTime; a fake one in tests). */
    BenchWarmUp(TrainingControl control, int minBatches, double minSeconds, double maxSeconds, LongSupplier clock) {
        this.control = control;
        this.minBatches = minBatches;
        this.minNanos = (long) (minSeconds * 1e9);
        this.maxNanos = (long) (Math.max(minSeconds, maxSeconds) * 1e9);
        this.clock = clock;
        this.start = clock.getAsLong();
        this.windowStart = start;
    }

    @Override
    public void onBatch(BatchSnapshot s) {
        batches++;
        windowBatches++;
        long now = clock.getAsLong();
        boolean settled = false;
        if (now - windowStart >= WINDOW_SECONDS * 1e9) {
            double rate = windowBatches / (double) (now - windowStart);
            settled = lastRate > 0 && rate <= lastRate * (1 + SETTLED_GAIN_PERCENT / 100.0);
            lastRate = rate;
            windowStart = now;
            windowBatches = 0;
        }
        long elapsed = now - start;
        if (batches >= minBatches && (elapsed >= maxNanos || elapsed >= minNanos && settled)) {
            control.cancel();
        }
    }

    /**
     * One that never cancels {@code control}, for the timed run after the warm-up: a listener of
     * the same class as the warm-up's keeps the JIT's compiled training loop valid (see
     * BenchCommand's trainRates).
     */
    static BenchWarmUp passive(TrainingControl control, LongSupplier clock) {
        return new BenchWarmUp(control, Integer.MAX_VALUE, 0, 0, clock);
    }

    /** Batches seen so far. */
    int batches() {
        return batches;
    }
}
