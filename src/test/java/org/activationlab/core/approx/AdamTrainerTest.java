package org.activationlab.core.approx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AdamTrainerTest {
    private final Target sin = Target.of(Preset.SIN.function());

    @Test
    void sineWith32UnitsFitsWithinTwoHundredthsIn5000Steps() {
        long start = System.nanoTime();
        AdamTrainer trainer = new AdamTrainer(sin, TrainingConfig.forRun(32, 5000), new SplittableRandom(3));
        trainer.steps(5000);
        ApproxError e = ApproxError.of(sin, trainer.network());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("trained sin, N=32, 5000 Adam steps: max %.5f, mean %.6f, loss %.3g, %.2f s%n",
                e.maxError(), e.meanError(), trainer.lastLoss(), seconds);
        assertTrue(e.maxError() <= 0.02, "max error " + e.maxError());
        assertEquals(5000, trainer.stepCount());
    }

    @Test
    void sameSeedGivesIdenticalRunsAndAnotherSeedDoesNot() {
        for (TrainingConfig config : List.of(TrainingConfig.of(16), TrainingConfig.of(8).withBatchSize(32),
                TrainingConfig.of(6).withSecondWidth(4))) {
            TrainingSnapshot a = train(config, 7, 300);
            TrainingSnapshot b = train(config, 7, 300);
            TrainingSnapshot c = train(config, 8, 300);
            assertArrayEquals(a.losses(), b.losses(), config.toString());
            assertArrayEquals(a.network().firstWeights(), b.network().firstWeights());
            assertArrayEquals(a.network().outputWeights(), b.network().outputWeights());
            assertEquals(a.network().outputBias(), b.network().outputBias());
            assertFalse(Arrays.equals(a.losses(), c.losses()), config.toString());
        }
    }

    @Test
    void stepwiseAndBulkStepsAgree() {
        AdamTrainer one = new AdamTrainer(sin, TrainingConfig.of(8), new SplittableRandom(3));
        AdamTrainer bulk = new AdamTrainer(sin, TrainingConfig.of(8), new SplittableRandom(3));
        for (int s = 0; s < 50; s++) {
            one.step();
        }
        bulk.steps(20);
        bulk.steps(30);
        assertArrayEquals(one.snapshot().losses(), bulk.snapshot().losses());
    }

    @Test
    void initialBreakpointsAreSpreadAcrossTheIntervalFacingBothWays() {
        AdamTrainer trainer = new AdamTrainer(sin, TrainingConfig.of(11), new SplittableRandom(5));
        List<Hinge> hinges = trainer.network().hinges();
        double margin = Math.PI * AdamTrainer.SLOPE_UNIT_MARGIN;
        assertEquals(-Math.PI - margin, hinges.get(0).breakpoint(), 1e-12);
        assertTrue(hinges.get(0).facesRight());
        assertEquals(Math.PI + margin, hinges.get(1).breakpoint(), 1e-12);
        assertFalse(hinges.get(1).facesRight());
        double stratum = 2 * Math.PI / 9;
        for (int i = 2; i < hinges.size(); i++) {
            double lo = -Math.PI + (i - 2) * stratum;
            double p = hinges.get(i).breakpoint();
            assertTrue(p >= lo - 1e-12 && p <= lo + stratum + 1e-12, "breakpoint " + i + " at " + p);
            assertEquals(i % 2 == 0, hinges.get(i).facesRight(), "unit " + i + " faces the wrong way");
        }
        TrainingSnapshot s = trainer.snapshot();
        assertEquals(0, s.step());
        assertTrue(Double.isNaN(s.loss()));
    }

    @Test
    void lossFallsAndTwoHiddenLayersLearnToo() {
        for (TrainingConfig config : List.of(TrainingConfig.forRun(16, 1500),
                TrainingConfig.forRun(16, 1500).withSecondWidth(16),
                TrainingConfig.forRun(16, 1500).withBatchSize(64))) {
            AdamTrainer trainer = new AdamTrainer(sin, config, new SplittableRandom(2));
            double before = ApproxError.of(sin, trainer.network()).maxError();
            trainer.steps(1500);
            double after = ApproxError.of(sin, trainer.network()).maxError();
            TrainingSnapshot s = trainer.snapshot();
            System.out.printf("%s: max error %.4f -> %.4f%n", config, before, after);
            assertTrue(s.lossAt(1500) < s.lossAt(1) / 100, config + ": loss " + s.lossAt(1) + " -> " + s.lossAt(1500));
            assertTrue(after < 0.06 && after < before / 10, config + ": max error " + before + " -> " + after);
        }
    }

    @Test
    void runStopsWhenAskedAndPublishesSnapshots() {
        AdamTrainer trainer = new AdamTrainer(sin, TrainingConfig.of(8), new SplittableRandom(1));
        List<TrainingSnapshot> seen = new ArrayList<>();
        TrainingSnapshot last = trainer.run(100, 25, () -> false, seen::add);
        assertEquals(List.of(25, 50, 75, 100), seen.stream().map(TrainingSnapshot::step).toList());
        assertEquals(100, last.step());

        seen.clear();
        TrainingSnapshot stopped = trainer.run(1000, 10, () -> trainer.stepCount() >= 130, seen::add);
        assertEquals(130, stopped.step());
        assertEquals(130, seen.get(seen.size() - 1).step());
        assertEquals(trainer.lastLoss(), stopped.loss());
    }

    @Test
    void snapshotsDoNotChangeWhenTrainingGoesOn() {
        AdamTrainer trainer = new AdamTrainer(sin, TrainingConfig.of(8), new SplittableRandom(1));
        trainer.steps(10);
        TrainingSnapshot s = trainer.snapshot();
        double y = s.network().value(0.3);
        double[] losses = s.losses();
        s.losses()[0] = 99;
        trainer.steps(10);
        assertEquals(y, s.network().value(0.3));
        assertArrayEquals(losses, s.losses());
        assertNotEquals(y, trainer.network().value(0.3));
    }

    @Test
    void trainingIsTheSameOnAnyIntervalAndScale() {
        // 1000 + 50·sin(x/100) on [1000, 1600] is sin on [10, 16] moved and stretched: in the
        // trainer's normalised coordinates both are the same problem
        Target far = Target.of(TargetFunction.parse("1000 + 50*sin(x/100)"), new Interval(1000, 1600));
        Target near = Target.of(TargetFunction.parse("sin(x)"), new Interval(10, 16));
        AdamTrainer a = new AdamTrainer(far, TrainingConfig.forRun(16, 300), new SplittableRandom(4));
        AdamTrainer b = new AdamTrainer(near, TrainingConfig.forRun(16, 300), new SplittableRandom(4));
        double initial = ApproxError.of(near, b.network()).maxError();
        a.steps(300);
        b.steps(300);
        double farError = ApproxError.of(far, a.network()).maxError();
        double nearError = ApproxError.of(near, b.network()).maxError();
        assertEquals(50 * nearError, farError, 1e-6 * farError);
        assertEquals(50 * 50 * b.lastLoss(), a.lastLoss(), 1e-6 * a.lastLoss());
        assertTrue(nearError < initial / 3, "max error " + initial + " -> " + nearError);
    }

    @Test
    void configRefusesValuesOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> TrainingConfig.of(0));
        assertThrows(IllegalArgumentException.class, () -> TrainingConfig.of(TrainingConfig.MAX_UNITS + 1));
        assertThrows(IllegalArgumentException.class, () -> TrainingConfig.of(4).withLearningRate(0));
        assertThrows(IllegalArgumentException.class, () -> TrainingConfig.of(4).withBatchSize(-1));
        assertThrows(IllegalArgumentException.class, () -> TrainingConfig.of(4096).withSecondWidth(4096));
        assertThrows(NullPointerException.class, () -> new AdamTrainer(sin, TrainingConfig.of(4), null));
    }

    @Test
    void cosineDecayRunsFromTheRateDownToItsFloor() {
        TrainingConfig c = TrainingConfig.of(4).withLearningRate(0.1).withDecaySteps(101);
        assertEquals(0.1, c.learningRateAt(1), 1e-15);
        assertEquals(0.1 * (0.01 + 0.99 * 0.5), c.learningRateAt(51), 1e-15);
        assertEquals(0.001, c.learningRateAt(101), 1e-15);
        assertEquals(0.001, c.learningRateAt(500), 1e-15);
        assertEquals(0.1, TrainingConfig.of(4).withLearningRate(0.1).learningRateAt(500));
    }

    private TrainingSnapshot train(TrainingConfig config, long seed, int steps) {
        AdamTrainer trainer = new AdamTrainer(sin, config, new SplittableRandom(seed));
        trainer.steps(steps);
        return trainer.snapshot();
    }
}
