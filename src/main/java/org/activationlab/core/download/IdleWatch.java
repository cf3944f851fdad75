package org.activationlab.core.download;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A read timeout for a streamed body, which {@link java.net.http.HttpClient} does not have: if no
 * byte arrives for longer than the timeout, runs an action (closing the stream, which makes the
 * blocked read fail) and remembers that it fired, so the failure can be reported as a timeout.
 */
final class IdleWatch implements AutoCloseable {
    private final long timeoutNanos;
    private final Runnable onIdle;
    private final ScheduledFuture<?> task;
    private volatile long lastActivity = System.nanoTime();
    private volatile boolean fired;

    IdleWatch(ScheduledExecutorService scheduler, Duration timeout, Runnable onIdle) {
        this.timeoutNanos = timeout.toNanos();
        this.onIdle = onIdle;
        long period = Math.max(10, timeout.toMillis() / 4);
        this.task = scheduler.scheduleAtFixedRate(this::check, period, period, TimeUnit.MILLISECONDS);
    }

    /** Records that bytes arrived. */
    void touch() {
        lastActivity = System.nanoTime();
    }

    /** Whether the timeout struck. */
    boolean fired() {
        return fired;
    }

    private void check() {
        if (!fired && System.nanoTime() - lastActivity > timeoutNanos) {
            fired = true;
            onIdle.run();
        }
    }

    @Override
    public void close() {
        task.cancel(false);
    }
}
