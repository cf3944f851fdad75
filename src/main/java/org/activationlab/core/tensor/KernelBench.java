package org.activationlab.core.tensor;

import java.util.Arrays;
import java.util.Random;

/**
 * Throughput of the hot kernels, for the {@code bench} command and for tuning.
 *
 * <pre>
 * gemm shape m × k × n:  C (m × n) = op(A) (m × k) · op(B) (k × n), 2·m·k·n floating-point operations
 * </pre>
 * Each figure is the median of five timed rounds after a warm-up of the same length, so the
 * just-in-time compiler has settled and a burst of load from other processes moves it little.
 * {@link #main} prints the table used in the kernel's performance notes, plus the time of the
 * memory-bound kernels of the post's CNN (im2col, col2im, max pooling).
 */
public final class KernelBench {
    private static final int ROUNDS = 5;
    private static final double WARM_UP_SECONDS = 1.5;

    private KernelBench() {
    }

    /** GFLOP/s of {@code C = A·B} (no transposes), m × k times k × n, on {@code threads} threads. */
    public static double gemmGflops(int m, int k, int n, int threads, double seconds) {
        return gemmGflops(false, false, m, k, n, threads, seconds);
    }

    /**
     * GFLOP/s of {@code C = op(A)·op(B)} with the given layout. {@code seconds}: a third (at least
     * 1.5 s) warms up, half of it is timed in five rounds (at least 3 calls each).
     */
    public static double gemmGflops(boolean transA, boolean transB, int m, int k, int n, int threads,
                                    double seconds) {
        if (m < 1 || k < 1 || n < 1 || seconds <= 0) {
            throw new IllegalArgumentException("need m, k, n >= 1 and seconds > 0, got "
                    + m + " x " + k + " x " + n + ", " + seconds + " s");
        }
        Random rnd = new Random(42);
        float[] a = random(rnd, m * k);
        float[] b = random(rnd, k * n);
        float[] c = new float[m * n];
        int lda = transA ? m : k;
        int ldb = transB ? k : n;
        try (Parallel par = Parallel.of(threads)) {
            Runnable call = () -> Gemm.sgemm(transA, transB, m, n, k, 1f, a, 0, lda, b, 0, ldb, 0f, c, 0, n, par);
            double perCall = warmUp(call, Math.max(WARM_UP_SECONDS, seconds / 3));
            int reps = (int) Math.max(3, Math.min(1_000_000, seconds / 2 / ROUNDS / perCall));
            double[] rates = new double[ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                rates[r] = 2.0 * m * k * n / timeOnce(call, reps) / 1e9;
            }
            return median(rates);
        }
    }

    /** Milliseconds per {@link Im2col#im2col} of a batch of NHWC images, valid padding. */
    public static double im2colMillis(int batch, int h, int w, int c, int k, int threads, double seconds) {
        float[] x = random(new Random(1), batch * h * w * c);
        int rows = batch * (h - k + 1) * (w - k + 1);
        float[] cols = new float[rows * k * k * c];
        try (Parallel par = Parallel.of(threads)) {
            return millis(() -> Im2col.im2col(x, 0, batch, h, w, c, k, Im2col.Padding.VALID, cols, 0, par), seconds);
        }
    }

    /** Milliseconds per {@link Im2col#col2im} (the backward fold) of a batch, valid padding. */
    public static double col2imMillis(int batch, int h, int w, int c, int k, int threads, double seconds) {
        int rows = batch * (h - k + 1) * (w - k + 1);
        float[] cols = random(new Random(1), rows * k * k * c);
        float[] dx = new float[batch * h * w * c];
        try (Parallel par = Parallel.of(threads)) {
            return millis(() -> Im2col.col2im(cols, 0, batch, h, w, c, k, Im2col.Padding.VALID, dx, 0, par), seconds);
        }
    }

    /** Milliseconds per 2 × 2 max-pool forward plus backward of a batch of NHWC images. */
    public static double maxPoolMillis(int batch, int h, int w, int c, int threads, double seconds) {
        float[] x = random(new Random(1), batch * h * w * c);
        int outLen = batch * (h / 2) * (w / 2) * c;
        float[] y = new float[outLen];
        int[] arg = new int[outLen];
        float[] dx = new float[x.length];
        try (Parallel par = Parallel.of(threads)) {
            return millis(() -> {
                MaxPool.forward(x, 0, batch, h, w, c, y, 0, arg, 0, par);
                MaxPool.backward(y, 0, arg, 0, batch, h, w, c, dx, 0, par);
            }, seconds);
        }
    }

    /** Median milliseconds per call of five timed rounds after a warm-up. */
    private static double millis(Runnable call, double seconds) {
        double perCall = warmUp(call, Math.max(WARM_UP_SECONDS, seconds / 3));
        int reps = (int) Math.max(3, Math.min(1_000_000, seconds / 2 / ROUNDS / perCall));
        double[] ms = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            ms[r] = timeOnce(call, reps) * 1e3;
        }
        return median(ms);
    }

    /**
     * Calls until {@code seconds} have passed (the JIT compiles the kernel meanwhile; before that a
     * call can be a hundred times slower), then returns the seconds per call of the last calls.
     */
    private static double warmUp(Runnable call, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            call.run();
        }
        double perCall = timeOnce(call, 1);
        return timeOnce(call, (int) Math.max(1, Math.min(1000, 0.05 / perCall)));
    }

    /** Seconds per call, averaged over reps calls. */
    private static double timeOnce(Runnable call, int reps) {
        long t0 = System.nanoTime();
        for (int i = 0; i < reps; i++) {
            call.run();
        }
        return (System.nanoTime() - t0) / 1e9 / reps;
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }

    private static float[] random(Random rnd, int len) {
        float[] x = new float[len];
        for (int i = 0; i < len; i++) {
            x[i] = rnd.nextFloat() - 0.5f;
        }
        return x;
    }

    /** The multiplies of training (batch 128), as {label, layout, m, k, n}; layout NT = op(B) transposed. */
    private static final String[][] TRAINING_SHAPES = {
        {"square 1024", "NN", "1024", "1024", "1024"},
        {"dense 784->128  Y = X.W^T", "NT", "128", "784", "128"},
        {"dense 784->128  dW = dY^T.X", "TN", "128", "128", "784"},
        {"dense 784->128  dX = dY.W", "NN", "128", "128", "784"},
        {"dense 784->256  Y = X.W^T", "NT", "128", "784", "256"},
        {"dense 784->256  dW = dY^T.X", "TN", "256", "128", "784"},
        {"dense 256->256  Y = X.W^T", "NT", "128", "256", "256"},
        {"dense 256->256  dW = dY^T.X", "TN", "256", "128", "256"},
        {"dense 256->256  dX = dY.W", "NN", "128", "256", "256"},
        {"conv 32->64 3x3 Y = cols.W^T", "NT", "73728", "288", "64"},
        {"conv 32->64 3x3 dW = dY^T.cols", "TN", "64", "73728", "288"},
        {"conv 32->64 3x3 dCols = dY.W", "NN", "73728", "64", "288"},
        {"conv 1->32 3x3  Y = cols.W^T", "NT", "86528", "9", "32"},
    };

    /**
     * Prints GFLOP/s for the multiplies of training, on 1 and 2 threads. Optional argument:
     * seconds per figure (default 3).
     */
    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3.0;
        System.out.printf("%-32s %6s %6s %6s %6s %9s %9s%n", "multiply", "layout", "m", "k", "n", "1 thread", "2 threads");
        for (String[] s : TRAINING_SHAPES) {
            boolean ta = s[1].charAt(0) == 'T';
            boolean tb = s[1].charAt(1) == 'T';
            int m = Integer.parseInt(s[2]);
            int k = Integer.parseInt(s[3]);
            int n = Integer.parseInt(s[4]);
            double one = gemmGflops(ta, tb, m, k, n, 1, seconds);
            double two = gemmGflops(ta, tb, m, k, n, 2, seconds);
            System.out.printf("%-32s %6s %6d %6d %6d %9.1f %9.1f%n", s[0], s[1], m, k, n, one, two);
        }
        System.out.println("post's CNN, batch 128 (ms per call)          1 thread  2 threads");
        System.out.printf("im2col  26x26x32, 3x3                        %9.2f %9.2f%n",
                im2colMillis(128, 26, 26, 32, 3, 1, seconds), im2colMillis(128, 26, 26, 32, 3, 2, seconds));
        System.out.printf("col2im  26x26x32, 3x3                        %9.2f %9.2f%n",
                col2imMillis(128, 26, 26, 32, 3, 1, seconds), col2imMillis(128, 26, 26, 32, 3, 2, seconds));
        System.out.printf("max-pool 24x24x64 forward + backward         %9.2f %9.2f%n",
                maxPoolMillis(128, 24, 24, 64, 1, seconds), maxPoolMillis(128, 24, 24, 64, 2, seconds));
    }
}
