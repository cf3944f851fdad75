package org.activationlab.app.training;

import java.util.ArrayList;
import java.util.List;
import org.activationlab.core.data.Dataset;
import org.activationlab.core.nn.Network;
import org.activationlab.core.nn.Param;
import org.activationlab.core.tensor.Parallel;

/**
 * What the screen needs beyond the trainer's figures, built on the core's public API: a
 * confusion matrix over a test set, predictions for the first few test digits, class
 * probabilities for one image, and a private copy of a network (for the drawing pad, so the
 * FX thread never touches the network being trained).
 */
public final class Evaluation {
    private Evaluation() {
    }

    /**
     * Counts[true][predicted] over the whole data set, plus the first {@code samples} predictions,
     * in batches of {@code batch} (use the training batch: the network's buffers do not grow).
     */
    public static Result evaluate(Network net, Dataset ds, int samples, Parallel par, int batch) {
        return evaluate(net, ds, samples, par, batch, () -> { });
    }

    /**
     * As {@link #evaluate(Network, Dataset, int, Parallel, int)}, calling {@code betweenBatches}
     * after each batch (the training screen's trainer gives the cores to a frame being drawn
     * there, as it does between training batches).
     */
    public static Result evaluate(Network net, Dataset ds, int samples, Parallel par, int batch, Runnable betweenBatches) {
        final int step = Math.max(1, batch);
        int c = net.outputSize();
        int f = net.inputSize();
        int[][] counts = new int[c][c];
        List<Prediction> first = new ArrayList<>();
        float[] x = new float[step * f];
        for (int from = 0; from < ds.count(); from += step) {
            int n = Math.min(step, ds.count() - from);
            for (int s = 0; s < n; s++) {
                ds.copyImage(from + s, x, s * f);
            }
            float[] out = net.forward(x, n, false, par);
            for (int s = 0; s < n; s++) {
                double[] p = softmax(out, s * c, c);
                int best = argmax(p);
                int label = ds.label(from + s);
                counts[label][best]++;
                if (first.size() < samples) {
                    float[] px = new float[f];
                    System.arraycopy(x, s * f, px, 0, f);
                    first.add(new Prediction(px, label, best, p[best]));
                }
            }
            betweenBatches.run();
        }
        return new Result(counts, List.copyOf(first));
    }

    /** Class probabilities of one image (evaluation mode). */
    public static double[] probabilities(Network net, float[] image) {
        if (image.length != net.inputSize()) {
            throw new IllegalArgumentException("the model takes " + net.inputSize() + " values, got " + image.length);
        }
        float[] out = net.forward(image, 1, false, Parallel.SERIAL);
        return softmax(out, 0, net.outputSize());
    }

    /** A new network with the same spec and a copy of {@code net}'s weights. */
    public static Network copyOf(Network net) {
        if (net.spec() == null) {
            throw new IllegalArgumentException("only networks built from a spec can be copied");
        }
        Network copy = net.spec().build(0);
        List<Param> src = net.params();
        List<Param> dst = copy.params();
        for (int i = 0; i < src.size(); i++) {
            System.arraycopy(src.get(i).value(), 0, dst.get(i).value(), 0, src.get(i).size());
        }
        return copy;
    }

    static double[] softmax(float[] logits, int off, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            max = Math.max(max, logits[off + j]);
        }
        double[] p = new double[n];
        double sum = 0;
        for (int j = 0; j < n; j++) {
            p[j] = Math.exp(logits[off + j] - max);
            sum += p[j];
        }
        for (int j = 0; j < n; j++) {
            p[j] /= sum;
        }
        return p;
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int j = 1; j < p.length; j++) {
            if (p[j] > p[best]) {
                best = j;
            }
        }
        return best;
    }

    /**
     * @param confusion counts[true class][predicted class]
     * @param samples   the first test digits with their predictions
     */
    public record Result(int[][] confusion, List<Prediction> samples) {
        /** Share of the diagonal. */
        public double accuracy() {
            long all = 0;
            long right = 0;
            for (int i = 0; i < confusion.length; i++) {
                for (int j = 0; j < confusion[i].length; j++) {
                    all += confusion[i][j];
                    right += i == j ? confusion[i][j] : 0;
                }
            }
            return all == 0 ? Double.NaN : right / (double) all;
        }
    }
}
