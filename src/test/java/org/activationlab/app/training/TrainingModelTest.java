package org.activationlab.app.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.nn.GradientClip;
import org.activationlab.core.train.EpochResult;
import org.activationlab.core.train.TrainConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training screen's models without a scene: set-up checks, presets, curves, queue, files. */
class TrainingModelTest {
    @TempDir
    Path dir;

    @Test
    void badValuesAreRefusedWithAReason() {
        SetupViewModel s = new SetupViewModel();
        assertNotNull(s.setupProperty().get());
        s.layersProperty().set("784-abc-10");
        assertTrue(s.errorProperty(SetupViewModel.Field.LAYERS).get().contains("abc"));
        assertNull(s.setupProperty().get());
        s.layersProperty().set("100-10");
        assertTrue(s.errorProperty(SetupViewModel.Field.LAYERS).get().contains("784"));
        s.layersProperty().set("784-64-10");
        s.learningRateProperty().set("-1");
        assertTrue(s.errorProperty(SetupViewModel.Field.LEARNING_RATE).get().contains("between"));
        s.learningRateProperty().set("0.01");
        s.selectOnly(List.of());
        assertTrue(s.errorProperty(SetupViewModel.Field.ACTIVATIONS).get().contains("at least one"));
        s.selectOnly(List.of(ActivationChoice.of(ActivationKind.LEAKY_RELU)));
        s.alphaProperty(ActivationKind.LEAKY_RELU).set("7");
        assertTrue(s.errorProperty(SetupViewModel.Field.ACTIVATIONS).get().contains("alpha"));
        s.alphaProperty(ActivationKind.LEAKY_RELU).set("0.1");
        s.clipModeProperty().set(GradientClip.Mode.NORM);
        s.clipThresholdProperty().set("x");
        assertTrue(s.errorProperty(SetupViewModel.Field.CLIP).get().contains("not a number"));
        s.clipThresholdProperty().set("1");
        TrainingSetup t = s.setupProperty().get();
        assertNotNull(t);
        assertEquals(new GradientClip(GradientClip.Mode.NORM, 1), t.config().clip());
        assertEquals(0.1, t.activations().get(0).alpha());
        assertEquals("", s.firstError());
    }

    @Test
    void presetsGiveValidSetUpsWithTheirSettings() {
        SetupViewModel s = new SetupViewModel();
        Preset.REPRODUCE_POST.applyTo(s);
        TrainingSetup post = s.setupProperty().get();
        assertEquals("post-cnn", post.architecture());
        assertEquals(6, post.activations().size());
        assertEquals(GradientClip.byValue(0.5), post.config().clip());
        assertEquals(TrainConfig.OptimizerKind.ADAM, post.config().optimizer());
        assertEquals(128, post.config().batchSize());
        assertEquals(0.2, post.activations().stream().filter(a -> a.kind() == ActivationKind.LEAKY_RELU)
                .findFirst().orElseThrow().alpha());
        Preset.VANISHING.applyTo(s);
        TrainingSetup v = s.setupProperty().get();
        assertEquals("mlp:784-30-30-30-30-10", v.architecture());
        assertEquals(0.0, v.config().momentum());
        assertEquals(List.of(ActivationKind.SIGMOID, ActivationKind.RELU), v.activations().stream().map(ActivationChoice::kind).toList());
        assertEquals(Preset.VANISHING.caption(), s.captionProperty().get());
    }

    @Test
    void curveBufferStaysBoundedAndKeepsTheShape() {
        CurveBuffer b = new CurveBuffer(100, 0);
        for (int i = 0; i < 100_000; i++) {
            b.add(i, 2.0 * i);
        }
        double[][] xy = b.snapshot();
        assertTrue(xy[0].length <= 100 && xy[0].length >= 50, "points kept: " + xy[0].length);
        for (int i = 0; i < xy[0].length; i++) {
            assertEquals(2 * xy[0][i], xy[1][i], 1e-6);
            if (i > 0) {
                assertTrue(xy[0][i] > xy[0][i - 1]);
            }
        }
        assertTrue(xy[0][xy[0].length - 1] > 90_000, "the newest points are there");
    }

    @Test
    void runsSurviveASaveAndLoad() throws Exception {
        Run r = new Run("ReLU", ActivationChoice.of(ActivationKind.RELU), "mlp:784-32-10", 0, false);
        r.onEpoch(new EpochResult(0, Double.NaN, Double.NaN, 2.3, 0.1, 0, Double.NaN));
        r.onEpoch(new EpochResult(1, 0.5, 0.85, 0.4, 0.88, 1.5, 5000));
        r.trainLoss().add(0.5, 1.0);
        r.trainLoss().add(1.0, 0.5);
        r.loadCurve(Run.Kind.GRADIENT, "dense1", new double[] {0.1, 0.2}, new double[] {0.01, 0.02});
        r.set(Run.Status.COMPLETED, "completed 1 epochs");
        Path f = dir.resolve("runs.json");
        RunFiles.save(List.of(r), f);
        List<Run> back = RunFiles.load(f, () -> 5);
        assertEquals(1, back.size());
        Run b = back.get(0);
        assertTrue(b.isLoaded());
        assertEquals(Run.Status.COMPLETED, b.status());
        assertEquals(0.88, b.epochs().get(1).testAccuracy());
        assertTrue(Double.isNaN(b.epochs().get(0).trainLoss()));
        assertEquals(2, b.trainLoss().snapshot()[0].length);
        assertEquals(0.02, b.curves(Run.Kind.GRADIENT).get("dense1")[1][1]);
        assertTrue(RunFiles.csv(back).contains("ReLU,relu,1,0.500000,0.850000,0.400000,0.880000"));
        Files.writeString(f, "{\"format\":\"something else\"}");
        assertThrows(java.io.IOException.class, () -> RunFiles.load(f, () -> 0));
    }

    @Test
    void chartsAreMarkedAskedOnlyWhenTheUserAskedForThem() {
        TrainingViewModel vm = new TrainingViewModel();
        Run a = new Run("ReLU", ActivationChoice.of(ActivationKind.RELU), "mlp:784-32-10", 0, false);
        Run b = new Run("ELU", ActivationChoice.of(ActivationKind.ELU), "mlp:784-32-10", 1, false);
        a.set(Run.Status.COMPLETED, "completed");
        b.set(Run.Status.COMPLETED, "completed");
        long now = 1_000_000_000L;
        vm.addLoaded(List.of(a, b));
        vm.selectedProperty().set(a);
        vm.frame(now);
        assertTrue(vm.chartsAsked(), "loaded runs are the user's request: drawn at once");
        a.onEpoch(new EpochResult(1, 0.5, 0.85, 0.4, 0.88, 1.5, 5000));
        now += TrainingViewModel.CHART_PERIOD_NANOS;
        vm.frame(now);
        assertNotNull(vm.chartsProperty().get());
        assertTrue(!vm.chartsAsked(), "new figures from a run are not: drawn a chart a frame");
        vm.selectedProperty().set(b);
        vm.frame(now + 1);
        assertTrue(vm.chartsAsked(), "another run selected: at once");
    }

    private static TrainingSetup setup(String arch, List<ActivationChoice> acts, TrainConfig cfg, double share) {
        return new TrainingSetup(DataChoice.EMBEDDED, arch, 0, acts, null, cfg, share);
    }

    private static void awaitAll(List<Run> runs) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (runs.stream().anyMatch(r -> !r.status().finished())) {
            if (System.nanoTime() > end) {
                throw new AssertionError("runs did not finish in time: " + runs.stream().map(Run::status).toList());
            }
            Thread.onSpinWait();
            Thread.sleep(20); // polling a condition with a deadline, not a timing assumption
        }
    }

    @Test
    void aDivergingRunStopsWithAMessageAndTheNextOneStillTrains() throws Exception {
        TrainConfig wild = new TrainConfig(1, 64, 1, TrainConfig.OptimizerKind.SGD, 1e30, 0, GradientClip.NONE, 1, 10, true);
        TrainingSetup bad = setup("mlp:784-16-10", List.of(ActivationChoice.of(ActivationKind.RELU)), wild, 0.1);
        TrainConfig fine = wild.withOptimizer(TrainConfig.OptimizerKind.ADAM, 1e-3, GradientClip.NONE);
        TrainingSetup good = setup("mlp:784-16-10", List.of(ActivationChoice.of(ActivationKind.RELU)), fine, 0.1);
        Run r1 = new Run("wild", bad.activations().get(0), bad.describe(), 0, false);
        Run r2 = new Run("fine", good.activations().get(0), good.describe(), 1, false);
        try (RunQueue q = new RunQueue()) {
            q.submit(bad, List.of(r1));
            q.submit(good, List.of(r2));
            awaitAll(List.of(r1, r2));
        }
        assertEquals(Run.Status.DIVERGED, r1.status());
        assertTrue(r1.message().contains("diverged"), r1.message());
        assertNotNull(r1.evaluation(), "what it had is kept");
        assertEquals(Run.Status.COMPLETED, r2.status());
    }

    @Test
    void theDeadReluPresetKillsReluUnitsButNotLeakyOnes() throws Exception {
        SetupViewModel s = new SetupViewModel();
        Preset.DEAD_RELU.applyTo(s);
        s.epochsProperty().set("1");
        s.threadsProperty().set("1");
        TrainingSetup t = s.setupProperty().get();
        List<Run> runs = t.activations().stream().map(a -> new Run(a.label(), a, t.describe(), 0, false)).toList();
        try (RunQueue q = new RunQueue()) {
            q.submit(t, runs);
            awaitAll(runs);
        }
        double[][] dead = runs.get(0).curves(Run.Kind.DEAD).get("relu1");
        double lastDead = dead[1][dead[1].length - 1];
        System.out.printf("dead ReLU preset: relu1 dead share at the end %.3f, test accuracy relu %.3f leaky %.3f%n", lastDead,
                runs.get(0).epochs().get(1).testAccuracy(), runs.get(1).epochs().get(1).testAccuracy());
        assertTrue(lastDead > 0.5, "share of dead units in the first ReLU layer: " + lastDead);
    }
}
