package org.activationlab.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.SplittableRandom;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.data.Dataset;
import org.activationlab.core.data.MnistLoader;
import org.activationlab.core.data.TrainTestData;
import org.activationlab.core.nn.ActivationLayer;
import org.activationlab.core.nn.Adam;
import org.activationlab.core.nn.GradientClip;
import org.activationlab.core.nn.Conv2D;
import org.activationlab.core.nn.Dense;
import org.activationlab.core.nn.Flatten;
import org.activationlab.core.nn.Layer;
import org.activationlab.core.nn.MaxPool2D;
import org.activationlab.core.nn.ModelSpec;
import org.activationlab.core.nn.Network;
import org.activationlab.core.nn.Param;
import org.activationlab.core.nn.SoftmaxCrossEntropy;
import org.activationlab.core.tensor.Parallel;
import org.junit.jupiter.api.Test;

/**
 * The data-parallel step (each thread runs the whole network on a shard of the batch, the shards'
 * gradients are then summed) computes the same loss and gradients as one network on the whole
 * batch, up to float rounding, and its gradient matches finite differences of its own loss.
 */
class DataParallelTest {
    private static final int SIDE = 8;
    private static final int CLASSES = 10;

    /** Random 8×8 images in [0, 1] with random labels. */
    private static Dataset images(int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] px = new float[count * SIDE * SIDE];
        for (int i = 0; i < px.length; i++) {
            px[i] = (float) r.nextDouble();
        }
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = r.nextInt(CLASSES);
        }
        return new Dataset("random", px, labels, SIDE, SIDE, CLASSES);
    }

    /** Conv 3×3 (4 filters) → ELU → max-pool → flatten → dense 10: every twinnable layer kind but dropout. */
    private static Network convNet(long seed) {
        return convNet(seed, true);
    }

    /**
     * As {@link #convNet(long)}, optionally without the max-pool (for finite differences: moving
     * a kernel weight shifts every position, and some 2×2 window would switch its maximum).
     */
    private static Network convNet(long seed, boolean pool) {
        Conv2D conv = new Conv2D("conv", 1, SIDE, SIDE, 4, 3, Conv2D.Padding.VALID);
        MaxPool2D mp = new MaxPool2D("pool", 4, conv.outHeight(), conv.outWidth());
        Layer elu = new ActivationLayer("elu", ActivationKind.ELU.create(), 4, conv.outHeight() * conv.outWidth());
        int flat = pool ? mp.outputSize() : conv.outputSize();
        List<Layer> layers = pool
                ? List.of(conv, elu, mp, new Flatten("flat", flat), new Dense("dense", flat, CLASSES))
                : List.of(conv, elu, new Flatten("flat", flat), new Dense("dense", flat, CLASSES));
        Network net = new Network(layers, new SoftmaxCrossEntropy(), null);
        SplittableRandom r = new SplittableRandom(seed);
        for (Param p : net.params()) {
            for (int i = 0; i < p.size(); i++) {
                p.value()[i] = (float) (r.nextDouble() - 0.5);
            }
        }
        return net;
    }

    private static Network mlp(long seed) {
        return new ModelSpec("mlp:64-24-16-10", ActivationKind.ELU, Double.NaN, 0, null).build(seed);
    }

    private static int[] order(int n, long seed) {
        int[] o = new int[n];
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            o[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = o[i];
            o[i] = o[j];
            o[j] = t;
        }
        return o;
    }

    /** Loss of one network on the whole batch, gradients left in its params (the one-thread path). */
    private static double wholeBatch(Network net, Dataset ds, int[] order, int from, int n) {
        BatchBuffers b = new BatchBuffers(n, net.inputSize(), net.outputSize());
        b.gather(ds, order, from, n, Parallel.SERIAL);
        float[] out = net.forward(b.x, n, true, Parallel.SERIAL);
        double loss = net.lossAndGradient(out, b.target, n);
        net.backward(n, Parallel.SERIAL);
        return loss;
    }

    private static void assertClose(String what, float[] expected, float[] actual) {
        double scale = 0;
        for (float e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int i = 0; i < expected.length; i++) {
            if (Math.abs(expected[i] - actual[i]) > 1e-5 * scale + 1e-7) {
                fail(what + "[" + i + "]: whole batch " + expected[i] + ", shards " + actual[i] + " (largest |g| " + scale + ")");
            }
        }
    }

    @Test
    void shardedGradientsEqualTheWholeBatchGradients() {
        Dataset ds = images(300, 1);
        int[] order = order(300, 2);
        // batch sizes: even split, uneven split, fewer samples than shards
        for (int threads : new int[] {2, 3}) {
            for (int n : new int[] {128, 97, 2, 1}) {
                for (boolean conv : new boolean[] {false, true}) {
                    Network whole = conv ? convNet(3) : mlp(3);
                    Network sharded = conv ? convNet(3) : mlp(3);
                    double expected = wholeBatch(whole, ds, order, 40, n);
                    DataParallel dp = DataParallel.of(sharded, threads, 128);
                    assertNotNull(dp);
                    double actual;
                    try (Parallel par = Parallel.of(threads)) {
                        actual = dp.step(ds, order, 40, n, par);
                        dp.sumGradients(par);
                    }
                    String what = (conv ? "conv" : "mlp") + " threads " + threads + " batch " + n + " ";
                    assertEquals(expected, actual, 1e-6 * Math.abs(expected), what + "loss");
                    for (int p = 0; p < whole.params().size(); p++) {
                        assertClose(what + whole.params().get(p).name(), whole.params().get(p).grad(),
                                sharded.params().get(p).grad());
                    }
                }
            }
        }
    }

    @Test
    void shardedGradientMatchesFiniteDifferencesOfTheShardedLoss() {
        Dataset ds = images(64, 4);
        int[] order = order(64, 5);
        int n = 37;   // shards of 13, 13 and 11
        for (Network net : List.of(mlp(6), convNet(6, false))) {
            DataParallel dp = DataParallel.of(net, 3, 64);
            try (Parallel par = Parallel.of(3)) {
                dp.step(ds, order, 0, n, par);
                dp.sumGradients(par);
                float[][] analytic = new float[net.params().size()][];
                for (int p = 0; p < analytic.length; p++) {
                    analytic[p] = net.params().get(p).grad().clone();
                }
                SplittableRandom pick = new SplittableRandom(7);
                for (int p = 0; p < analytic.length; p++) {
                    float[] w = net.params().get(p).value();
                    for (int trial = 0; trial < 12; trial++) {
                        int i = pick.nextInt(w.length);
                        float orig = w[i];
                        float plus = (float) (orig + 1.0 / 128);
                        float minus = (float) (orig - 1.0 / 128);
                        w[i] = plus;
                        double jPlus = dp.step(ds, order, 0, n, par);
                        w[i] = minus;
                        double jMinus = dp.step(ds, order, 0, n, par);
                        w[i] = orig;
                        double numeric = (jPlus - jMinus) / ((double) plus - minus);
                        double a = analytic[p][i];
                        double tol = 2e-3 + 1e-2 * Math.max(Math.abs(a), Math.abs(numeric));
                        assertTrue(Math.abs(a - numeric) <= tol, net.params().get(p).name() + "[" + i
                                + "]: analytic " + a + ", numeric " + numeric);
                    }
                }
            }
        }
    }

    @Test
    void adamFusedWithTheGradientSumUpdatesAsSumThenStep() {
        Dataset ds = images(200, 12);
        int[] order = order(200, 13);
        for (GradientClip clip : List.of(GradientClip.NONE, GradientClip.byValue(0.01))) {
            Network apart = mlp(14);
            Network fused = mlp(14);
            DataParallel dpApart = DataParallel.of(apart, 2, 128);
            DataParallel dpFused = DataParallel.of(fused, 2, 128);
            Adam adamApart = new Adam(1e-2, clip);
            Adam adamFused = new Adam(1e-2, clip);
            try (Parallel par = Parallel.of(2)) {
                for (int step = 0; step < 3; step++) {
                    dpApart.step(ds, order, step * 40, 100, par);
                    dpApart.sumGradients(par);
                    adamApart.step(apart.params(), par);
                    dpFused.step(ds, order, step * 40, 100, par);
                    adamFused.step(fused.params(), par, dpFused.gradientSum());
                }
            }
            for (int p = 0; p < apart.params().size(); p++) {
                assertArrayEquals(apart.params().get(p).value(), fused.params().get(p).value(),
                        clip.mode() + " " + apart.params().get(p).name());
            }
        }
    }

    @Test
    void oneThreadOrAnUntwinnableLayerMeansNoShards() {
        assertNull(DataParallel.of(mlp(1), 1, 128));
        assertNull(DataParallel.of(mlp(1), 4, 1));
        Layer plain = new Layer() {
            @Override
            public String name() {
                return "plain";
            }

            @Override
            public int inputSize() {
                return 64;
            }

            @Override
            public int outputSize() {
                return 64;
            }

            @Override
            public float[] forward(float[] x, int batch, boolean training, Parallel par) {
                return x;
            }

            @Override
            public float[] backward(float[] dy, int batch, Parallel par) {
                return dy;
            }
        };
        Network net = new Network(List.of(plain, new Dense("d", 64, 10)), new SoftmaxCrossEntropy(), null);
        assertNull(net.replica());
        assertNull(DataParallel.of(net, 2, 128));
    }

    @Test
    void shardedEvaluationAgreesWithTheWholeBatchEvaluation() {
        Dataset ds = images(250, 8);
        Network net = convNet(9);
        double[] whole = Trainer.evaluate(net, ds, 128, Parallel.SERIAL);
        double[] sharded;
        try (Parallel par = Parallel.of(2)) {
            sharded = DataParallel.of(net, 2, 128).evaluate(ds, 128, par, () -> { });
        }
        assertEquals(whole[0], sharded[0], 1e-6 * whole[0]);
        assertEquals(whole[1], sharded[1], 0.0);
    }

    @Test
    void twoThreadRunsWithTheSameSeedAreBitIdenticalAndLearnLikeOneThread() throws java.io.IOException {
        TrainTestData full = MnistLoader.embedded();
        TrainTestData d = new TrainTestData("small", full.train().repeatedTo(1280), full.test().repeatedTo(500));
        TrainConfig c = TrainConfig.defaults().withEpochs(2).withSeed(3).withBatchSize(32);
        ModelSpec spec = new ModelSpec("mlp:784-32-10", ActivationKind.RELU, Double.NaN, 0.2, null);
        Network a = spec.build(4);
        Network b = spec.build(4);
        Network one = spec.build(4);
        TrainingResult ra = new Trainer(a, d, c.withThreads(2)).run(TrainingListener.NONE, new TrainingControl());
        new Trainer(b, d, c.withThreads(2)).run(TrainingListener.NONE, new TrainingControl());
        TrainingResult r1 = new Trainer(one, d, c.withThreads(1)).run(TrainingListener.NONE, new TrainingControl());
        for (int p = 0; p < a.params().size(); p++) {
            assertArrayEquals(a.params().get(p).value(), b.params().get(p).value(), a.params().get(p).name());
        }
        // other dropout draws and rounding, the same learning (from a loss of ln 10 = 2.3 at the start)
        assertTrue(r1.last().trainLoss() < 1.5, "one thread: " + r1.last().trainLoss());
        assertEquals(r1.last().trainLoss(), ra.last().trainLoss(), 0.1 * r1.last().trainLoss(), "two threads: " + ra.last().trainLoss() + " " + ra.last().testAccuracy() + ", one: " + r1.last().testAccuracy());
        assertEquals(r1.last().testAccuracy(), ra.last().testAccuracy(), 0.03);
    }

    @Test
    void unitHealthCountsEveryShard() throws java.io.IOException {
        TrainTestData full = MnistLoader.embedded();
        TrainTestData d = new TrainTestData("small", full.train().repeatedTo(640), full.test().repeatedTo(100));
        Network net = new ModelSpec("mlp:784-32-10", ActivationKind.RELU, Double.NaN, 0, null).build(7);
        float[] bias = net.params().get(1).value();
        for (int i = 0; i < 16; i++) {
            bias[i] = -1000f;   // half the hidden units can never fire
        }
        List<BatchSnapshot> seen = new java.util.ArrayList<>();
        TrainingControl control = new TrainingControl();
        new Trainer(net, d, TrainConfig.defaults().withThreads(2).withStatsEvery(1)).run(new TrainingListener() {
            @Override
            public void onBatch(BatchSnapshot s) {
                seen.add(s);
                control.cancel();
            }
        }, control);
        LayerStats relu = seen.get(0).layers().get(1);
        assertEquals(0.5, relu.deadFraction(), 1e-12);
        assertTrue(seen.get(0).layers().get(0).gradientNorm() > 0);
    }
}
