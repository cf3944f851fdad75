package org.activationlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FxTaskRunnerTest {
    @Start
    void start(Stage stage) {
        // the toolkit only: results are handed to the FX thread
    }

    @Test
    void isBusyUntilTheResultHasBeenDeliveredOnTheFxThread() throws Exception {
        try (FxTaskRunner runner = new FxTaskRunner(1)) {
            assertTrue(runner.idle());
            CountDownLatch release = new CountDownLatch(1);
            AtomicReference<String> deliveredOn = new AtomicReference<>();
            runner.run(() -> {
                release.await(10, TimeUnit.SECONDS);
                return 42;
            }, v -> deliveredOn.set(javafx.application.Platform.isFxApplicationThread() + ":" + v), e -> { });
            assertFalse(runner.idle(), "running");
            release.countDown();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, runner::idle);
            assertEquals("true:42", deliveredOn.get(), "the result, on the FX thread");
        }
    }

    @Test
    void aFailedTaskCountsAsDoneOnceItsErrorIsDelivered() throws Exception {
        try (FxTaskRunner runner = new FxTaskRunner(1)) {
            AtomicReference<Throwable> error = new AtomicReference<>();
            runner.run(() -> {
                throw new IllegalStateException("no");
            }, v -> { }, error::set);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, runner::idle);
            assertEquals("no", error.get().getMessage());
        }
    }
}
