package org.activationlab.app.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.train.EpochResult;
import org.activationlab.core.train.TrainConfig;
import org.junit.jupiter.api.Test;

/**
 * "Change the learning rate while training", at ViewModel level: a run that cannot learn (plain
 * SGD at 1e-7) gets a usable rate from the screen's LR field while it trains, and from then on
 * it learns — so the new rate really reaches the running trainer.
 */
class LiveLearningRateTest {

    private static void waitUntil(String what, BooleanSupplier ok) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!ok.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(10); // polling a condition with a deadline, not a timing assumption
        }
    }

    @Test
    void aNewLearningRateTakesEffectInTheRunningRun() throws Exception {
        try (TrainingViewModel vm = new TrainingViewModel()) {
            SetupViewModel s = vm.setup();
            s.layersProperty().set("784-32-10");
            s.selectOnly(List.of(ActivationChoice.of(ActivationKind.RELU)));
            s.optimizerProperty().set(TrainConfig.OptimizerKind.SGD);
            s.momentumProperty().set("0");
            s.learningRateProperty().set("1e-7");
            s.batchProperty().set("32");
            s.shareProperty().set("10");
            s.epochsProperty().set("1000"); // far longer than the test waits: it is stopped below
            s.threadsProperty().set("1");
            assertTrue(vm.start(), vm.setup().firstError());
            Run run = vm.runs().get(0);
            waitUntil("two epochs at the tiny rate", () -> run.epochCount() >= 3); // epoch 0 is the test before training
            assertEquals("0.0000001", vm.liveLearningRateProperty().get(), "the field shows the run's rate");

            vm.liveLearningRateProperty().set("0.2");
            int changedAt = run.epochCount(); // epochs numbered below this one trained at 1e-7 only
            assertTrue(vm.applyLearningRate());
            waitUntil("three epochs at the new rate", () -> run.epochCount() >= changedAt + 4);
            vm.stop();
            waitUntil("the run stopped", () -> run.status().finished());

            List<EpochResult> ep = run.epochs();
            EpochResult before = ep.get(changedAt - 1);
            EpochResult after = ep.get(changedAt + 3);
            assertTrue(before.epoch() < changedAt && after.epoch() > changedAt);
            assertTrue(before.testAccuracy() < 0.3 && before.trainLoss() > 2.0,
                    "at 1e-7 the model stays near chance: " + before);
            assertTrue(after.testAccuracy() > 0.7 && after.trainLoss() < 1.0,
                    "after the change the same run learns: " + after);
            assertEquals(Run.Status.CANCELLED, run.status());
        }
    }

    @Test
    void aBadLearningRateIsRefusedAndTheRunKeepsItsRate() {
        try (TrainingViewModel vm = new TrainingViewModel()) {
            vm.liveLearningRateProperty().set("fast");
            assertFalse(vm.applyLearningRate());
            assertTrue(vm.messageProperty().get().contains("fast"));
            vm.liveLearningRateProperty().set("0");
            assertFalse(vm.applyLearningRate());
        }
    }
}
