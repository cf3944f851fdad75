package org.activationlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.tensor.Parallel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LayerGradientTest {
    private static final GradientCheck.Hook NOTHING = () -> { };

    private static void randomInit(Layer l, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        for (Param p : l.params()) {
            for (int i = 0; i < p.size(); i++) {
                p.value()[i] = (float) (rng.nextDouble() - 0.5);
            }
        }
    }

    @Test
    void denseBackwardMatchesFiniteDifferences() {
        Dense d = new Dense("dense", 5, 4);
        randomInit(d, 1);
        GradientCheck.checkLayer(d, GradientCheck.awayFromZero(3 * 5, 0, 1, 2), 3, true, NOTHING);
    }

    @Test
    void convValidBackwardMatchesFiniteDifferences() {
        Conv2D c = new Conv2D("conv", 2, 5, 6, 3, 3, Conv2D.Padding.VALID);
        randomInit(c, 3);
        GradientCheck.checkLayer(c, GradientCheck.awayFromZero(2 * 2 * 5 * 6, 0, 1, 4), 2, true, NOTHING);
    }

    @Test
    void convSameBackwardMatchesFiniteDifferences() {
        Conv2D c = new Conv2D("conv", 2, 4, 5, 3, 3, Conv2D.Padding.SAME);
        randomInit(c, 5);
        GradientCheck.checkLayer(c, GradientCheck.awayFromZero(2 * 2 * 4 * 5, 0, 1, 6), 2, true, NOTHING);
    }

    @Test
    void convSameKeepsTheImageSize() {
        Conv2D c = new Conv2D("conv", 1, 7, 9, 2, 5, Conv2D.Padding.SAME);
        assertArrayEquals(new int[] {7, 9}, new int[] {c.outHeight(), c.outWidth()});
        assertThrows(IllegalArgumentException.class, () -> new Conv2D("c", 1, 7, 7, 2, 4, Conv2D.Padding.SAME));
    }

    @Test
    void convGivesTheSameResultOnTwoThreads() {
        Conv2D one = new Conv2D("conv", 3, 8, 8, 4, 3, Conv2D.Padding.VALID);
        Conv2D two = new Conv2D("conv", 3, 8, 8, 4, 3, Conv2D.Padding.VALID);
        randomInit(one, 9);
        randomInit(two, 9);
        int batch = 5;
        float[] x = GradientCheck.awayFromZero(batch * one.inputSize(), 0, 1, 10);
        float[] dy = GradientCheck.awayFromZero(batch * one.outputSize(), 0, 1, 11);
        float[] y1 = one.forward(x, batch, true, Parallel.SERIAL).clone();
        float[] dx1 = one.backward(dy, batch, Parallel.SERIAL).clone();
        try (Parallel par = Parallel.of(2)) {
            float[] y2 = two.forward(x, batch, true, par);
            float[] dx2 = two.backward(dy, batch, par);
            assertArrayEquals(y1, java.util.Arrays.copyOf(y2, y1.length), 1e-5f);
            assertArrayEquals(dx1, java.util.Arrays.copyOf(dx2, dx1.length), 1e-5f);
            assertArrayEquals(one.params().get(0).grad(), two.params().get(0).grad(), 1e-4f);
        }
    }

    @Test
    void maxPoolBackwardMatchesFiniteDifferences() {
        MaxPool2D pool = new MaxPool2D("pool", 2, 4, 6);
        int n = 2 * pool.inputSize();
        // distinct values 0.05 apart: no ties within 2h, so the maximum never switches under perturbation
        List<Float> vals = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            vals.add(i * 0.05f - 1f);
        }
        Collections.shuffle(vals, new java.util.Random(1));
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = vals.get(i);
        }
        GradientCheck.checkLayer(pool, x, 2, true, NOTHING);
    }

    @Test
    void maxPoolPicksTheWindowMaximum() {
        MaxPool2D pool = new MaxPool2D("pool", 1, 2, 4);
        float[] y = pool.forward(new float[] {1, 5, 2, 0, 3, 4, 9, -1}, 1, false, Parallel.SERIAL);
        assertArrayEquals(new float[] {5, 9}, java.util.Arrays.copyOf(y, 2));
    }

    @Test
    void dropoutBackwardMatchesFiniteDifferences() {
        GradientCheck.Replay rng = new GradientCheck.Replay(3);
        Dropout d = new Dropout("dropout", 20, 0.4, rng);
        GradientCheck.checkLayer(d, GradientCheck.awayFromZero(60, 0, 1, 1), 3, true, rng::rewind);
    }

    @Test
    void dropoutIsIdentityWhenEvaluatingAndKeepsTheMeanWhenTraining() {
        Dropout d = new Dropout("dropout", 10_000, 0.5, new SplittableRandom(1));
        float[] x = new float[10_000];
        java.util.Arrays.fill(x, 1f);
        org.junit.jupiter.api.Assertions.assertSame(x, d.forward(x, 1, false, Parallel.SERIAL));
        float[] y = d.forward(x, 1, true, Parallel.SERIAL);
        double mean = 0;
        int zeros = 0;
        for (float v : y) {
            mean += v / 10_000.0;
            zeros += v == 0 ? 1 : 0;
        }
        org.junit.jupiter.api.Assertions.assertEquals(1.0, mean, 0.03);
        org.junit.jupiter.api.Assertions.assertEquals(5000, zeros, 200);
    }

    @Test
    void alphaDropoutBackwardMatchesFiniteDifferences() {
        GradientCheck.Replay rng = new GradientCheck.Replay(4);
        AlphaDropout d = new AlphaDropout("adrop", 20, 0.3, rng);
        GradientCheck.checkLayer(d, GradientCheck.awayFromZero(60, 0, 1, 2), 3, true, rng::rewind);
    }

    @Test
    void alphaDropoutKeepsZeroMeanUnitVariance() {
        int n = 200_000;
        SplittableRandom g = new SplittableRandom(5);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) g.nextGaussian();
        }
        float[] y = new AlphaDropout("adrop", n, 0.2, new SplittableRandom(6)).forward(x, 1, true, Parallel.SERIAL);
        double mean = 0;
        double sq = 0;
        for (float v : y) {
            mean += v;
            sq += (double) v * v;
        }
        mean /= n;
        double var = sq / n - mean * mean;
        org.junit.jupiter.api.Assertions.assertEquals(0, mean, 0.02);
        org.junit.jupiter.api.Assertions.assertEquals(1, var, 0.03);
    }

    @ParameterizedTest
    @EnumSource(ActivationKind.class)
    void activationLayerBackwardMatchesFiniteDifferences(ActivationKind kind) {
        ActivationLayer a = new ActivationLayer(kind.cliName(), kind.create(), 4, 3);
        // |z| in [0.05, 3]: away from the kinks at 0
        GradientCheck.checkLayer(a, GradientCheck.awayFromZero(2 * 12, 0.05, 3, 8), 2, true, NOTHING);
    }

    @Test
    void activationLayersWithNonDefaultAlphaMatchFiniteDifferences() {
        for (ActivationKind k : new ActivationKind[] {ActivationKind.ELU, ActivationKind.LEAKY_RELU}) {
            ActivationLayer a = new ActivationLayer("act", k.create(0.2), 10, 1);
            GradientCheck.checkLayer(a, GradientCheck.awayFromZero(30, 0.05, 3, 9), 3, true, NOTHING);
        }
    }

    @Test
    void flattenPassesValuesAndGradientsThrough() {
        Flatten f = new Flatten("flatten", 6);
        GradientCheck.checkLayer(f, GradientCheck.awayFromZero(12, 0, 1, 3), 2, true, NOTHING);
    }

    @Test
    void firstLayerSkipsTheInputGradient() {
        Dense d = new Dense("dense", 3, 2);
        d.setInputGradientNeeded(false);
        d.forward(new float[3], 1, true, Parallel.SERIAL);
        assertNull(d.backward(new float[2], 1, Parallel.SERIAL));
    }

    @Test
    void backwardBeforeForwardSaysWhatToCallFirst() {
        Dense d = new Dense("dense", 3, 2);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> d.backward(new float[2], 1, Parallel.SERIAL));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("forward"), e.getMessage());
    }

    @Test
    void wholeNetworksMatchFiniteDifferences() {
        for (String act : new String[] {"tanh", "relu", "selu", "gelu-tanh"}) {
            Network net = new ModelSpec("mlp:6-5-4-3", ActivationKind.require(act), Double.NaN, 0, null).build(3);
            int batch = 4;
            float[] x = GradientCheck.awayFromZero(batch * 6, 0.1, 1, 4);
            float[] t = new float[batch * 3];
            for (int s = 0; s < batch; s++) {
                t[s * 3 + s % 3] = 1f;
            }
            GradientCheck.checkNetwork(net, x, t, batch);
        }
    }
}
