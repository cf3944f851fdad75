package org.activationlab.app.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activationlab.app.shell.TaskRunner;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.signal.Initializer;
import org.activationlab.core.signal.SignalReport;
import org.junit.jupiter.api.Test;

/** The signal-propagation tab's ViewModel, run synchronously. */
class SignalViewModelTest {
    private final SignalViewModel vm = new SignalViewModel(TaskRunner.synchronous());

    @Test
    void seluWithLecunStaysSelfNormalised() {
        vm.setWidth(128);
        vm.setDepth(60);
        vm.run();
        SignalReport r = vm.reportProperty().get();
        assertNotNull(r);
        assertFalse(vm.runningProperty().get());
        assertTrue(SignalViewModel.stable(r), vm.messageProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("Every one of the 60 layers"));
    }

    @Test
    void sigmoidLeavesTheStableDomain() {
        vm.setActivation(ActivationKind.SIGMOID);
        vm.setInit(Initializer.GLOROT_NORMAL);
        vm.setWidth(64);
        vm.setDepth(20);
        vm.run();
        assertFalse(SignalViewModel.stable(vm.reportProperty().get()));
        assertTrue(vm.messageProperty().get().contains("leaves the stable domain"), vm.messageProperty().get());
    }

    @Test
    void badSettingsAreRefusedAndKept() {
        assertThrows(IllegalArgumentException.class, () -> vm.setScale(0));
        assertThrows(IllegalArgumentException.class, () -> vm.setDepth(201));
        assertThrows(IllegalArgumentException.class, () -> vm.setWidth(0));
        assertEquals(1.0, vm.config().scale());
        assertEquals(100, vm.config().depth());
    }

    @Test
    void aCancelledRunsResultIsDroppedAndANewRunIsShown() throws Exception {
        java.util.List<Runnable> later = new java.util.ArrayList<>();
        TaskRunner deferred = new TaskRunner() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> ok,
                                java.util.function.Consumer<Throwable> error) {
                later.add(() -> {
                    try {
                        ok.accept(work.call());
                    } catch (Exception e) {
                        error.accept(e);
                    }
                });
            }
        };
        SignalViewModel m = new SignalViewModel(deferred);
        m.setWidth(16);
        m.setDepth(5);
        m.run();
        assertTrue(m.runningProperty().get());
        m.cancel();
        assertFalse(m.runningProperty().get());
        later.get(0).run();
        assertEquals(null, m.reportProperty().get(), "a cancelled run's result must not be shown");
        assertEquals("Cancelled.", m.messageProperty().get());
        m.run();
        later.get(1).run();
        assertNotNull(m.reportProperty().get());
        assertFalse(m.runningProperty().get());
    }

    @Test
    void theSameSeedGivesTheSameReport() {
        vm.setWidth(32);
        vm.setDepth(10);
        vm.run();
        SignalReport a = vm.reportProperty().get();
        vm.run();
        assertEquals(a.layers(), vm.reportProperty().get().layers());
    }
}
