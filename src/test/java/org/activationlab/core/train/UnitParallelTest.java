package org.activationlab.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.data.Dataset;
import org.activationlab.core.data.TrainTestData;
import org.activationlab.core.nn.GradientClip;
import org.activationlab.core.nn.ModelSpec;
import org.activationlab.core.nn.Network;
import org.activationlab.core.tensor.Parallel;
import org.junit.jupiter.api.Test;

/**
 * The unit-parallel step (threads share out the first dense layer's units; the rest runs
 * data-parallel) applies only where its rule says, gives the one-thread gradients up to float
 * rounding, and trains like one thread, bit-identically from run to run.
 */
class UnitParallelTest {
    private static final int SIDE = 16;
    private static final int CLASSES = 10;
    /** First layer 256 × 48 = 95% of the dense multiply-adds; the rest has an activation of its own. */
    private static final String MLP = "mlp:256-48-12-10";

    /** Random 16×16 images in [0, 1] (a quarter of the pixels 0, as in real digits) with random labels. */
    private static Dataset images(int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] px = new float[count * SIDE * SIDE];
        for (int i = 0; i < px.length; i++) {
            px[i] = r.nextInt(4) == 0 ? 0f : (float) r.nextDouble();
        }
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = r.nextInt(CLASSES);
        }
        return new Dataset("random", px, labels, SIDE, SIDE, CLASSES);
    }

    private static Network mlp(String spec, ActivationKind f, double dropout, long seed) {
        return new ModelSpec(spec, f, Double.NaN, dropout, null).build(seed);
    }

    private static void assertClose(String what, float[] expected, float[] actual, double rel) {
        double scale = 0;
        for (float e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int i = 0; i < expected.length; i++) {
            if (Math.abs(expected[i] - actual[i]) > rel * scale + 1e-7) {
                fail(what + "[" + i + "]: one thread " + expected[i] + ", unit-parallel " + actual[i]
                        + " (largest " + scale + ")");
            }
        }
    }

    @Test
    void appliesOnlyToADominantDenseFirstLayerWithoutDropout() {
        assertNotNull(UnitParallel.of(mlp("mlp:784-128-10", ActivationKind.RELU, 0, 1), 2, 128));
        assertNotNull(UnitParallel.of(mlp(MLP, ActivationKind.ELU, 0, 1), 2, 128));
        assertNull(UnitParallel.of(mlp("mlp:784-128-10", ActivationKind.RELU, 0, 1), 1, 128), "one thread");
        assertNull(UnitParallel.of(mlp("mlp:784-256-256-10", ActivationKind.RELU, 0, 1), 2, 128), "first layer 75%");
        assertNull(UnitParallel.of(mlp("mlp:784-128-10", ActivationKind.RELU, 0.2, 1), 2, 128), "dropout");
        assertNull(UnitParallel.of(mlp("mlp:784-24-10", ActivationKind.RELU, 0, 1), 2, 128), "12 units a thread");
        assertNull(UnitParallel.of(mlp(ModelSpec.POST_CNN, ActivationKind.RELU, 0, 1), 2, 128), "convolution");
    }

    @Test
    void theTrainerPicksItOnlyWhenAskedAndTheRuleHolds() {
        System.clearProperty(ParallelStep.PROPERTY);
        assertInstanceOf(DataParallel.class, ParallelStep.of(mlp("mlp:784-128-10", ActivationKind.RELU, 0, 1), 2, 128));
        withUnitParallel(() -> {
            assertInstanceOf(UnitParallel.class, ParallelStep.of(mlp("mlp:784-128-10", ActivationKind.RELU, 0, 1), 2, 128));
            assertInstanceOf(DataParallel.class, ParallelStep.of(mlp("mlp:784-256-256-10", ActivationKind.RELU, 0, 1), 2, 128));
            assertNull(ParallelStep.of(mlp("mlp:784-128-10", ActivationKind.RELU, 0, 1), 1, 128));
        });
    }

    /** Runs {@code r} with the unit-parallel step switched on for the trainers it builds. */
    private static void withUnitParallel(Runnable r) {
        System.setProperty(ParallelStep.PROPERTY, "unit");
        try {
            r.run();
        } finally {
            System.clearProperty(ParallelStep.PROPERTY);
        }
    }

    @Test
    void gradientsEqualTheOneThreadGradientsOfTheWholeBatch() {
        Dataset ds = images(300, 1);
        int[] order = new int[300];
        for (int i = 0; i < order.length; i++) {
            order[i] = (i * 7) % 300;
        }
        for (int threads : new int[] {2, 3}) {
            for (int n : new int[] {128, 101, 5}) {
                Network one = mlp(MLP, ActivationKind.ELU, 0, 2);
                Network split = mlp(MLP, ActivationKind.ELU, 0, 2);
                BatchBuffers b = new BatchBuffers(n, one.inputSize(), one.outputSize());
                b.gather(ds, order, 50, n, Parallel.SERIAL);
                float[] out = one.forward(b.x, n, true, Parallel.SERIAL);
                double loss = one.lossAndGradient(out, b.target, n);
                one.backward(n, Parallel.SERIAL);
                UnitParallel up = UnitParallel.of(split, threads, 128);
                double upLoss;
                try (Parallel par = Parallel.of(threads)) {
                    upLoss = up.step(ds, order, 50, n, par);
                    up.sumGradients(par);
                }
                assertEquals(loss, upLoss, 1e-6 * loss, threads + " threads, batch " + n);
                assertEquals(BatchBuffers.countCorrect(out, b.labels, n, CLASSES), up.correct());
                for (int p = 0; p < one.params().size(); p++) {
                    assertClose(threads + " threads, batch " + n + ", " + one.params().get(p).name(),
                            one.params().get(p).grad(), split.params().get(p).grad(), 1e-5);
                }
            }
        }
    }

    /** Final weights of a few epochs on random images. */
    private static Network train(TrainConfig c, int threads) {
        TrainTestData d = new TrainTestData("random", images(640, 3), images(100, 4));
        Network net = mlp(MLP, ActivationKind.RELU, 0, 5);
        TrainingResult[] r = new TrainingResult[1];
        withUnitParallel(() -> r[0] = new Trainer(net, d, c.withThreads(threads)).run(TrainingListener.NONE, new TrainingControl()));
        assertEquals(TrainingResult.Status.COMPLETED, r[0].status());
        return net;
    }

    @Test
    void trainsLikeOneThreadAndBitIdenticallyFromRunToRun() {
        TrainConfig base = TrainConfig.defaults().withEpochs(2).withSeed(7).withBatchSize(64);
        List<TrainConfig> configs = List.of(
                base.withOptimizer(TrainConfig.OptimizerKind.SGD, 0.05, GradientClip.NONE),
                base.withOptimizer(TrainConfig.OptimizerKind.SGD, 0.05, GradientClip.byNorm(0.5)),
                base.withOptimizer(TrainConfig.OptimizerKind.SGD, 0.05, GradientClip.byValue(0.01)),
                base.withOptimizer(TrainConfig.OptimizerKind.ADAM, 1e-3, GradientClip.NONE));
        for (TrainConfig c : configs) {
            Network one = train(c, 1);
            Network a = train(c, 2);
            Network b = train(c, 2);
            for (int p = 0; p < one.params().size(); p++) {
                String name = c.optimizer() + " " + c.clip() + " " + one.params().get(p).name();
                assertArrayEquals(a.params().get(p).value(), b.params().get(p).value(), name);
                // SGD is linear in the gradient; Adam divides by its size, so rounding weighs more
                assertClose(name, one.params().get(p).value(), a.params().get(p).value(),
                        c.optimizer() == TrainConfig.OptimizerKind.SGD ? 1e-5 : 1e-3);
            }
        }
    }

    @Test
    void batchStatisticsMatchTheOneThreadStatistics() {
        List<List<LayerStats>> perThreads = new ArrayList<>();
        for (int threads : new int[] {1, 2}) {
            TrainTestData d = new TrainTestData("random", images(256, 8), images(64, 9));
            Network net = mlp(MLP, ActivationKind.RELU, 0, 10);
            float[] bias = net.params().get(1).value();
            for (int i = 0; i < 12; i++) {
                bias[4 * i] = -1000f;   // 12 of the 48 hidden units can never fire, spread over both slices
            }
            List<List<LayerStats>> seen = new ArrayList<>();
            TrainingControl control = new TrainingControl();
            Trainer trainer = new Trainer(net, d, TrainConfig.defaults().withThreads(threads).withStatsEvery(1));
            withUnitParallel(() -> trainer.run(new TrainingListener() {
                @Override
                public void onBatch(BatchSnapshot s) {
                    seen.add(s.layers());
                    if (seen.size() == 2) {
                        control.cancel();
                    }
                }
            }, control));
            perThreads.add(seen.get(1));
        }
        List<LayerStats> one = perThreads.get(0);
        List<LayerStats> two = perThreads.get(1);
        assertTrue(one.get(1).deadFraction() >= 0.25, "dead: " + one.get(1).deadFraction());
        for (int i = 0; i < one.size(); i++) {
            LayerStats e = one.get(i);
            LayerStats a = two.get(i);
            assertEquals(e.layer(), a.layer());
            assertEquals(e.gradientNorm(), a.gradientNorm(), 1e-4 * (Double.isNaN(e.gradientNorm()) ? 1 : e.gradientNorm()), e.layer());
            assertEquals(e.deadFraction(), a.deadFraction(), 1e-12, e.layer());
            assertEquals(e.saturatedFraction(), a.saturatedFraction(), 1e-12, e.layer());
        }
    }

    @Test
    void cancelStopsAUnitParallelRunAfterTheCurrentBatch() {
        TrainTestData d = new TrainTestData("random", images(640, 11), images(64, 12));
        Network net = mlp(MLP, ActivationKind.RELU, 0, 13);
        TrainingControl control = new TrainingControl();
        int[] batches = {0};
        Trainer trainer = new Trainer(net, d, TrainConfig.defaults().withThreads(2).withBatchSize(32));
        TrainingResult[] r = new TrainingResult[1];
        withUnitParallel(() -> r[0] = trainer.run(new TrainingListener() {
            @Override
            public void onBatch(BatchSnapshot s) {
                if (++batches[0] == 3) {
                    control.cancel();
                }
            }
        }, control));
        assertEquals(TrainingResult.Status.CANCELLED, r[0].status());
        assertEquals(3, batches[0]);
        assertTrue(r[0].message().contains("after 3 batches"), r[0].message());
    }
}
