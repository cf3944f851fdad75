package org.activationlab.core.tensor;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.ArrayList;
import java.util.List;

/**
 * How many threads a kernel may use, and the pool it runs them on. {@link #SERIAL} runs
 * everything on the calling thread (bit-identical results for a fixed seed).
 *
 * <p>Reference version: the kernel owner may rework the internals, but keeps this API.
 */
public final class Parallel implements AutoCloseable {
    /** One thread: the caller. */
    public static final Parallel SERIAL = new Parallel(1);

    private final int threads;
    private final ForkJoinPool pool;

    private Parallel(int threads) {
        this.threads = threads;
        this.pool = threads > 1 ? new ForkJoinPool(threads) : null;
    }

    /** A pool of {@code threads} threads (1 → {@link #SERIAL}). */
    public static Parallel of(int threads) {
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads must be in [1, 256], got " + threads);
        }
        return threads == 1 ? SERIAL : new Parallel(threads);
    }

    /** All available cores. */
    public static Parallel allCores() {
        return of(Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public int threads() {
        return threads;
    }

    /** A body over a half-open range [from, to). */
    @FunctionalInterface
    public interface RangeBody {
        void run(int from, int to);
    }

    /**
     * Splits [0, n) into at most {@link #threads()} contiguous chunks (each at least {@code minChunk}
     * long) and runs them in parallel; returns when all are done.
     */
    public void forRange(int n, int minChunk, RangeBody body) {
        int chunks = Math.min(threads, Math.max(1, n / Math.max(1, minChunk)));
        if (chunks <= 1 || pool == null) {
            body.run(0, n);
            return;
        }
        List<ForkJoinTask<?>> tasks = new ArrayList<>(chunks);
        for (int c = 1; c < chunks; c++) {
            int from = (int) ((long) n * c / chunks);
            int to = (int) ((long) n * (c + 1) / chunks);
            tasks.add(pool.submit(() -> body.run(from, to)));
        }
        body.run(0, (int) ((long) n / chunks));
        for (ForkJoinTask<?> t : tasks) {
            t.join();
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }
}
