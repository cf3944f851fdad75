package org.activationlab.core.chain;

import java.util.Arrays;

/**
 * Measures forward + backward ({@link Chain#evaluate()}) of one chain: warm-up runs first (so the
 * JIT has compiled the loop), then each measured run timed on its own with {@link System#nanoTime()}.
 * A benchmark, not a test: call it from the CLI ({@code activation-lab chain --bench}).
 */
public final class ChainBenchmark {
    private ChainBenchmark() {
    }

    /**
     * The timing of {@code runs} evaluations after {@code warmup} untimed ones.
     *
     * @param medianMillis median time of one forward + backward pass
     * @param p99Millis    99th percentile
     * @param minMillis    fastest run
     */
    public record Timing(int depth, int warmup, int runs, double medianMillis, double p99Millis, double minMillis) {
    }

    public static Timing measure(Chain chain, int warmup, int runs) {
        if (warmup < 0 || runs < 1) {
            throw new IllegalArgumentException("need warmup >= 0 and runs >= 1, got " + warmup + " and " + runs);
        }
        double sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += chain.evaluate().dCdb1().mantissa();
        }
        long[] t = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            ChainResult r = chain.evaluate();
            t[i] = System.nanoTime() - t0;
            sink += r.dCdb1().mantissa();
        }
        if (sink == 42.4242) { // keeps the JIT from dropping the work
            System.out.print("");
        }
        Arrays.sort(t);
        return new Timing(chain.depth(), warmup, runs, t[runs / 2] / 1e6,
                t[Math.min(runs - 1, (int) Math.ceil(runs * 0.99) - 1)] / 1e6, t[0] / 1e6);
    }
}
