package org.activationlab.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.data.MnistLoader;
import org.activationlab.core.data.TrainTestData;
import org.activationlab.core.nn.GradientClip;
import org.activationlab.core.nn.ModelSpec;
import org.activationlab.core.nn.Network;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TrainerTest {
    private static TrainTestData full;
    private static TrainTestData small;

    @BeforeAll
    static void load() throws IOException {
        full = MnistLoader.embedded();
        small = new TrainTestData("small", full.train().repeatedTo(640), full.test().repeatedTo(200));
    }

    private static TrainConfig oneThread(int epochs) {
        return TrainConfig.defaults().withThreads(1).withEpochs(epochs).withSeed(5);
    }

    private static Network mlp(String act, double dropout) {
        return new ModelSpec("mlp:784-32-10", ActivationKind.require(act), Double.NaN, dropout, null).build(7);
    }

    @Test
    void sameSeedAndOneThreadGiveBitIdenticalWeights() {
        Network a = mlp("relu", 0.2);
        Network b = mlp("relu", 0.2);
        new Trainer(a, small, oneThread(2)).run(TrainingListener.NONE, new TrainingControl());
        new Trainer(b, small, oneThread(2)).run(TrainingListener.NONE, new TrainingControl());
        for (int i = 0; i < a.params().size(); i++) {
            assertArrayEquals(a.params().get(i).value(), b.params().get(i).value(), a.params().get(i).name());
        }
    }

    @Test
    void theListenerIsCalledBetweenTheTestBatchesOfEveryEpoch() {
        for (int threads : new int[] {1, 2}) {
            int[] calls = new int[1];
            TrainingListener counting = new TrainingListener() {
                @Override
                public void betweenEvaluationBatches() {
                    calls[0]++;
                }
            };
            // 200 test samples in batches of 64: 4 batches, 3 gaps, in each of 2 epochs
            new Trainer(mlp("relu", 0), small, oneThread(2).withThreads(threads).withBatchSize(64))
                    .run(counting, new TrainingControl());
            assertEquals(2 * 3, calls[0], threads + " thread(s)");
        }
    }

    @Test
    void postCnnTrainsDeterministicallyOnATinyRun() {
        TrainTestData tiny = new TrainTestData("tiny", full.train().repeatedTo(8), full.test().repeatedTo(4));
        TrainConfig c = oneThread(1).withBatchSize(4);
        Network a = new ModelSpec("post-cnn", ActivationKind.SELU, Double.NaN, 0, null).build(1);
        Network b = new ModelSpec("post-cnn", ActivationKind.SELU, Double.NaN, 0, null).build(1);
        TrainingResult r = new Trainer(a, tiny, c).run(TrainingListener.NONE, new TrainingControl());
        new Trainer(b, tiny, c).run(TrainingListener.NONE, new TrainingControl());
        assertEquals(TrainingResult.Status.COMPLETED, r.status());
        assertTrue(Double.isFinite(r.last().testLoss()));
        assertArrayEquals(a.params().get(0).value(), b.params().get(0).value());
    }

    @Test
    void differentActivationsStartFromTheSameDraws() {
        // Glorot uniform for both: the same uniform draws, hence identical initial weights
        Network relu = mlp("relu", 0);
        Network elu = mlp("elu", 0);
        assertArrayEquals(relu.params().get(0).value(), elu.params().get(0).value());
    }

    @Test
    void reluMlpReachesTheAccuracyTargetOnEmbeddedDigits() {
        Network net = new ModelSpec("mlp:784-128-10", ActivationKind.RELU, Double.NaN, 0, null).build(1);
        TrainingResult r = new Trainer(net, full, TrainConfig.defaults().withSeed(1))
                .run(TrainingListener.NONE, new TrainingControl());
        assertEquals(3, r.epochs().size());
        assertTrue(r.last().testAccuracy() >= 0.905, "test accuracy " + r.last().testAccuracy());
        assertTrue(r.epochs().get(2).trainLoss() < r.epochs().get(0).trainLoss());
    }

    @Test
    void listenersGetLayerStatisticsAndWeightsOnRequest() {
        TrainingControl control = new TrainingControl();
        List<BatchSnapshot> seen = new ArrayList<>();
        List<EpochResult> epochs = new ArrayList<>();
        control.requestWeights();
        new Trainer(mlp("relu", 0), small, oneThread(1).withStatsEvery(1)).run(new TrainingListener() {
            @Override
            public void onBatch(BatchSnapshot s) {
                seen.add(s);
            }

            @Override
            public void onEpoch(EpochResult e) {
                epochs.add(e);
            }
        }, control);
        assertEquals(5, seen.size());
        assertEquals(1, epochs.size());
        BatchSnapshot first = seen.get(0);
        assertNotNull(first.weights());
        assertEquals(784 * 32, first.weights().values("dense1.W").length);
        assertEquals(null, seen.get(1).weights());
        LayerStats relu = first.layers().stream().filter(l -> l.layer().equals("relu1")).findFirst().orElseThrow();
        assertTrue(relu.deadFraction() >= 0 && relu.deadFraction() <= 1);
        assertTrue(relu.saturatedFraction() >= relu.deadFraction(), "a dead ReLU unit is also saturated");
        LayerStats dense = first.layers().get(0);
        assertTrue(dense.gradientNorm() > 0);
        assertTrue(Double.isNaN(dense.deadFraction()));
    }

    @Test
    void deadUnitsAreCounted() {
        Network net = mlp("relu", 0);
        // make half the hidden units dead: large negative bias
        float[] b = net.params().get(1).value();
        for (int i = 0; i < 16; i++) {
            b[i] = -1000f;
        }
        List<LayerStats> stats = new ArrayList<>();
        TrainingControl control = new TrainingControl();
        new Trainer(net, small, oneThread(1).withStatsEvery(1)).run(new TrainingListener() {
            @Override
            public void onBatch(BatchSnapshot s) {
                if (stats.isEmpty()) {
                    stats.addAll(s.layers());
                }
                control.cancel();
            }
        }, control);
        assertEquals(0.5, stats.get(1).deadFraction(), 1e-12);
    }

    @Test
    void cancelStopsAndKeepsWhatWasTrained() {
        TrainingControl control = new TrainingControl();
        int[] batches = {0};
        TrainingResult r = new Trainer(mlp("relu", 0), small, oneThread(3)).run(new TrainingListener() {
            @Override
            public void onBatch(BatchSnapshot s) {
                if (++batches[0] == 7) {
                    control.cancel();
                }
            }
        }, control);
        assertEquals(TrainingResult.Status.CANCELLED, r.status());
        assertEquals(1, r.epochs().size());
        assertEquals(7, batches[0]);
    }

    @Test
    void pauseHoldsTheTrainerUntilResumed() throws Exception {
        TrainingControl control = new TrainingControl();
        control.pause();
        Thread t = new Thread(() -> new Trainer(mlp("relu", 0), small, oneThread(1))
                .run(TrainingListener.NONE, control));
        t.start();
        t.join(300);
        assertTrue(t.isAlive(), "paused trainer should wait");
        control.resume();
        t.join(30_000);
        assertFalse(t.isAlive());
    }

    @Test
    void hugeLearningRateDivergesWithAClearResult() {
        Network net = mlp("linear", 0);
        TrainConfig c = oneThread(5).withOptimizer(TrainConfig.OptimizerKind.SGD, 1e30, GradientClip.NONE);
        TrainingResult r = new Trainer(net, small, c).run(TrainingListener.NONE, new TrainingControl());
        assertEquals(TrainingResult.Status.DIVERGED, r.status());
        assertTrue(r.message().startsWith("diverged"), r.message());
    }
}
