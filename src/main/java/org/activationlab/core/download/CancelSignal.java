package org.activationlab.core.download;

import java.util.ArrayList;
import java.util.List;

/**
 * A cancel button for a running download, safe to press from any thread. Pressing it sets a flag
 * the download checks between chunks and runs the hooks the download registered, which close the
 * open connection so that a stalled read returns at once instead of waiting for a timeout.
 */
public final class CancelSignal {
    private final List<Runnable> hooks = new ArrayList<>();
    private volatile boolean cancelled;

    /** Requests cancellation; idempotent. Returns at once; the download cleans up on its own thread. */
    public void cancel() {
        List<Runnable> toRun;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toRun = new ArrayList<>(hooks);
            hooks.clear();
        }
        for (Runnable hook : toRun) {
            try {
                hook.run();
            } catch (RuntimeException ignored) {
                // a hook only closes a connection; failing to close must not stop the others
            }
        }
    }

    /** Whether {@link #cancel()} was called. */
    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * Runs {@code hook} on cancel (at once if already cancelled). Closing the returned handle
     * unregisters it; the download does so when the connection it would close is gone anyway.
     */
    Registration onCancel(Runnable hook) {
        boolean runNow;
        synchronized (this) {
            runNow = cancelled;
            if (!runNow) {
                hooks.add(hook);
            }
        }
        if (runNow) {
            hook.run();
        }
        return () -> {
            synchronized (this) {
                hooks.remove(hook);
            }
        };
    }

    /** A registered hook; closing it unregisters the hook. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
