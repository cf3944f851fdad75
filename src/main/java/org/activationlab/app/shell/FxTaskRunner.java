package org.activationlab.app.shell;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/** The app's {@link TaskRunner}: a small pool of daemon threads, results handed to the FX thread. */
public final class FxTaskRunner implements TaskRunner {
    private static final Logger LOG = Logger.getLogger(FxTaskRunner.class.getName());
    private final ExecutorService pool;
    /** Tasks submitted whose result has not yet been handed to the FX thread. */
    private final AtomicInteger pending = new AtomicInteger();

    public FxTaskRunner(int threads) {
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "activation-lab-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        pending.incrementAndGet();
        pool.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> deliver(() -> onSuccess.accept(result)));
            } catch (Exception | Error e) {
                LOG.log(Level.WARNING, "Background task failed", e);
                Platform.runLater(() -> deliver(() -> onError.accept(e)));
            }
        });
    }

    private void deliver(Runnable handler) {
        try {
            handler.run();
        } finally {
            pending.decrementAndGet();
        }
    }

    @Override
    public boolean idle() {
        return pending.get() == 0;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
