package org.activationlab.core.tensor;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * How many threads a kernel may use, and the threads it runs on. {@link #SERIAL} runs
 * everything on the calling thread (bit-identical results for a fixed seed).
 *
 * <p>Why not a {@code ForkJoinPool}: training calls {@link #forRange} thousands of times a second
 * on pieces of 20–200 µs, and waking a parked pool thread costs 5–10 µs each time. Here the
 * {@code threads - 1} helper threads spin for a short while ({@value #SPIN_MICROS} µs) after each
 * job before they park, so a run of back-to-back calls hands work over in about a microsecond;
 * an idle pool parks and costs nothing. The caller always takes part.
 *
 * <p>Results do not depend on which thread runs which chunk: chunk boundaries depend only on
 * {@code n}, {@code minChunk} and {@link #threads()}. A call made while this pool is already busy
 * (nested inside a body, or from a second thread at the same time) runs serially on its caller,
 * so nesting cannot deadlock. A body's exception is rethrown to the caller after all chunks end.
 *
 * <p>Lifecycle: create one pool per training run (or per application) and reuse it for every
 * call; {@link #close()} it when done. Helper threads start on the first parallel call.
 */
public final class Parallel implements AutoCloseable {
    /** One thread: the caller. */
    public static final Parallel SERIAL = new Parallel(1);

    private static final long SPIN_MICROS = 200;
    private static final long IDLE_EXIT_SECONDS = 30;

    private final int threads;
    /** Helper threads, started on first use; only touched by the caller that holds {@link #busy}. */
    private final Thread[] helpers;
    private final AtomicBoolean busy = new AtomicBoolean();
    /** The latest job; helpers watch this field. */
    private volatile Job job;
    private volatile boolean closed;

    private Parallel(int threads) {
        this.threads = threads;
        this.helpers = new Thread[threads - 1];
    }

    /** Starts helpers that are missing or have left after a long idle time (caller holds busy). */
    private void ensureHelpers() {
        for (int t = 0; t < helpers.length; t++) {
            if (helpers[t] == null || !helpers[t].isAlive()) {
                helpers[t] = new Thread(this::helperLoop, "activationlab-kernel-" + (t + 1));
                helpers[t].setDaemon(true);
                helpers[t].start();
            }
        }
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
        int chunkCount = Math.min(threads, Math.max(1, n / Math.max(1, minChunk)));
        if (chunkCount <= 1 || closed || !busy.compareAndSet(false, true)) {
            body.run(0, n);
            return;
        }
        try {
            ensureHelpers();
            Job j = new Job(body, n, chunkCount, Thread.currentThread());
            job = j;                            // publishes the job to the helpers
            for (Thread h : helpers) {
                LockSupport.unpark(h);
            }
            j.runChunk(0);
            j.runChunks();
            j.await();
            rethrow(j.failure);
        } finally {
            busy.set(false);
        }
    }

    /**
     * One call of {@link #forRange}: its own counters, so a helper still leaving an earlier job
     * can never take a chunk of this one.
     */
    private static final class Job {
        final RangeBody body;
        final int n;
        final int chunks;
        final Thread caller;
        /** Chunk 0 is always the caller's, so the same rows stay in the same core's cache from call to call. */
        final AtomicInteger next = new AtomicInteger(1);
        final AtomicInteger left;
        volatile Throwable failure;

        Job(RangeBody body, int n, int chunks, Thread caller) {
            this.body = body;
            this.n = n;
            this.chunks = chunks;
            this.caller = caller;
            this.left = new AtomicInteger(chunks);
        }

        /** Claims and runs chunks 1, 2, … until none is left. */
        void runChunks() {
            int c;
            while ((c = next.getAndIncrement()) < chunks) {
                runChunk(c);
            }
        }

        /** Runs chunk c; the last one done wakes the caller. */
        void runChunk(int c) {
            try {
                body.run((int) ((long) n * c / chunks), (int) ((long) n * (c + 1) / chunks));
            } catch (Throwable t) {
                if (failure == null) {
                    failure = t;
                }
            }
            if (left.decrementAndGet() == 0 && Thread.currentThread() != caller) {
                LockSupport.unpark(caller);
            }
        }

        /** The caller waits for chunks still running on helpers: spins briefly, then parks. */
        void await() {
            long spinUntil = System.nanoTime() + SPIN_MICROS * 1000;
            while (left.get() > 0 && System.nanoTime() < spinUntil) {
                Thread.onSpinWait();
            }
            while (left.get() > 0) {
                LockSupport.parkNanos(this, 100_000);
            }
        }
    }

    /**
     * A helper: waits for a new job (spinning, then parked), joins in, repeats until closed or
     * idle for {@value #IDLE_EXIT_SECONDS} s (a pool that is dropped without {@link #close()} thus
     * leaves no threads behind). Leaving is safe: the caller runs every chunk nobody claimed.
     */
    private void helperLoop() {
        Job seen = job;
        while (!closed) {
            long spinUntil = System.nanoTime() + SPIN_MICROS * 1000;
            while (job == seen && !closed && System.nanoTime() < spinUntil) {
                Thread.onSpinWait();
            }
            long idleSince = System.nanoTime();
            while (job == seen && !closed) {
                if (System.nanoTime() - idleSince > IDLE_EXIT_SECONDS * 1_000_000_000L) {
                    return;
                }
                LockSupport.parkNanos(this, 10_000_000);
            }
            seen = job;
            if (seen != null && !closed) {
                seen.runChunks();
            }
        }
    }

    private static void rethrow(Throwable t) {
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }

    /** Stops the helper threads (idempotent); later calls run serially. {@link #SERIAL} stays usable. */
    @Override
    public void close() {
        closed = true;
        for (Thread h : helpers) {
            if (h != null) {
                LockSupport.unpark(h);
            }
        }
    }
}
