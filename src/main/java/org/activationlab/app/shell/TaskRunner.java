package org.activationlab.app.shell;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread and delivers the result on it. ViewModels take this interface so
 * tests can pass {@link #synchronous()} and stay deterministic (JabRef's CurrentThreadTaskExecutor).
 */
public interface TaskRunner extends AutoCloseable {

    /** Runs {@code work} in the background; then {@code onSuccess} or {@code onError} on the FX thread. */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError);

    @Override
    default void close() {
    }

    /**
     * True when no work is running or waiting to deliver its result (the self-test waits for this
     * before it photographs a screen, so formulas typeset in the background are in the picture).
     */
    default boolean idle() {
        return true;
    }

    /** Runs everything on the calling thread (tests). */
    static TaskRunner synchronous() {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    onError.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
