package org.activationlab.core.train;

import java.util.Arrays;
import org.activationlab.core.data.Dataset;
import org.activationlab.core.tensor.Parallel;

/**
 * The reused input, one-hot target and label arrays of one mini-batch.
 * <pre>
 * x: B × F (pixels)     target: B × C (one-hot)     labels: B
 * </pre>
 */
final class BatchBuffers {
    final float[] x;
    final float[] target;
    final int[] labels;
    private final int features;
    private final int classes;

    BatchBuffers(int batch, int features, int classes) {
        this.x = new float[batch * features];
        this.target = new float[batch * classes];
        this.labels = new int[batch];
        this.features = features;
        this.classes = classes;
    }

    /** Samples per thread below which the copy stays on the calling thread. */
    private static final int MIN_SAMPLES_PER_THREAD = 16;

    /** Items order[from .. from+n) of ds (each thread copies a contiguous run of samples). */
    void gather(Dataset ds, int[] order, int from, int n, Parallel par) {
        par.forRange(n, MIN_SAMPLES_PER_THREAD, (s0, s1) -> {
            Arrays.fill(target, s0 * classes, s1 * classes, 0f);
            for (int s = s0; s < s1; s++) {
                int i = order[from + s];
                ds.copyImage(i, x, s * features);
                labels[s] = ds.label(i);
                target[s * classes + labels[s]] = 1f;
            }
        });
    }

    /** Items from .. from+n of ds, in order. */
    void gatherInOrder(Dataset ds, int from, int n) {
        Arrays.fill(target, 0, n * classes, 0f);
        for (int s = 0; s < n; s++) {
            ds.copyImage(from + s, x, s * features);
            labels[s] = ds.label(from + s);
            target[s * classes + labels[s]] = 1f;
        }
    }

    /** How many rows of out have their maximum at the label (first maximum on ties). */
    static int countCorrect(float[] out, int[] labels, int n, int classes) {
        int correct = 0;
        for (int s = 0; s < n; s++) {
            int row = s * classes;
            int best = 0;
            for (int j = 1; j < classes; j++) {
                if (out[row + j] > out[row + best]) {
                    best = j;
                }
            }
            if (best == labels[s]) {
                correct++;
            }
        }
        return correct;
    }
}
