package org.activationlab.core.approx;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Error against width N for both ways of getting weights: the data behind a log-log plot where
 * the constructive method's ~1/N² for smooth targets can be read off.
 *
 * <p>The constructive series is cheap (one interpolant and one grid pass per N). The trained
 * series trains a fresh network per N, so it costs {@code steps} Adam steps per point; it takes a
 * stop flag and returns the points finished so far when stopped.
 */
public final class ErrorSeries {

    /** One point of the series. */
    public record Point(int width, double maxError, double meanError) {
    }

    private ErrorSeries() {
    }

    /** Powers of two from 1 up to and including the largest ≤ max (max ≥ 1). */
    public static int[] powersOfTwo(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be >= 1, got " + max);
        }
        int count = 32 - Integer.numberOfLeadingZeros(max);
        int[] ns = new int[count];
        for (int k = 0; k < count; k++) {
            ns[k] = 1 << k;
        }
        return ns;
    }

    /** Constructive (one hidden layer, even knots) error for each N. */
    public static List<Point> constructive(Target target, int[] widths) {
        Objects.requireNonNull(target, "target");
        List<Point> points = new ArrayList<>(widths.length);
        for (int n : widths) {
            ApproxError e = ApproxError.of(target, Constructive.interpolant(target, n));
            points.add(new Point(n, e.maxError(), e.meanError()));
        }
        return List.copyOf(points);
    }

    /**
     * Trained error for each N: {@code base} with its width replaced by N and its learning rate
     * decaying over {@code steps} (as {@link TrainingConfig#forRun}), {@code steps} Adam steps, a
     * generator seeded with {@code seed} for every N (so each point is reproducible on its own).
     */
    public static List<Point> trained(Target target, int[] widths, TrainingConfig base, int steps, long seed,
            BooleanSupplier stop) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(stop, "stop");
        List<Point> points = new ArrayList<>(widths.length);
        for (int n : widths) {
            TrainingConfig config = new TrainingConfig(n, base.secondWidth(), base.learningRate(), base.batchSize(),
                    base.samples(), steps);
            AdamTrainer trainer = new AdamTrainer(target, config, new SplittableRandom(seed));
            TrainingSnapshot last = trainer.run(steps, Integer.MAX_VALUE, stop, s -> { });
            if (last.step() < steps) {
                break;
            }
            ApproxError e = ApproxError.of(target, last.network());
            points.add(new Point(n, e.maxError(), e.meanError()));
        }
        return List.copyOf(points);
    }
}
