package org.activationlab.app.training;

/**
 * A curve of bounded size for a run of any length: points are averaged in groups, and when the
 * buffer is full neighbouring pairs are merged and the group size doubles. Memory stays fixed
 * (capacity points) however long training runs; the shape of the curve is kept. Optionally an
 * exponential moving average smooths the raw values first (a noisy per-batch loss).
 *
 * <p>Thread-safe: the trainer thread adds, the FX thread takes {@link #snapshot() snapshots}.
 */
public final class CurveBuffer {
    private final double[] xs;
    private final double[] ys;
    private final double smoothing;
    private int size;
    private int group = 1;
    private double sumX;
    private double sumY;
    private int pending;
    private double ema = Double.NaN;
    private long version;

    /**
     * @param capacity  points kept at most (even, ≥ 4)
     * @param smoothing EMA weight of the previous value in [0, 1) (0 = none; 0.9 ≈ last 10 values)
     */
    public CurveBuffer(int capacity, double smoothing) {
        if (capacity < 4 || capacity % 2 != 0) {
            throw new IllegalArgumentException("capacity must be even and >= 4, got " + capacity);
        }
        if (!(smoothing >= 0 && smoothing < 1)) {
            throw new IllegalArgumentException("smoothing must be in [0, 1), got " + smoothing);
        }
        xs = new double[capacity];
        ys = new double[capacity];
        this.smoothing = smoothing;
    }

    /** Appends a point (x ascending); non-finite y values are skipped. */
    public synchronized void add(double x, double y) {
        if (!Double.isFinite(y)) {
            return;
        }
        ema = Double.isNaN(ema) ? y : smoothing * ema + (1 - smoothing) * y;
        sumX += x;
        sumY += ema;
        pending++;
        if (pending == group) {
            if (size == xs.length) {
                halve();
            }
            xs[size] = sumX / pending;
            ys[size] = sumY / pending;
            size++;
            sumX = 0;
            sumY = 0;
            pending = 0;
            version++;
        }
    }

    private void halve() {
        int half = size / 2;
        for (int i = 0; i < half; i++) {
            xs[i] = (xs[2 * i] + xs[2 * i + 1]) / 2;
            ys[i] = (ys[2 * i] + ys[2 * i + 1]) / 2;
        }
        size = half;
        group *= 2;
    }

    /** Copies of the stored points: {x[], y[]}. */
    public synchronized double[][] snapshot() {
        return new double[][] {java.util.Arrays.copyOf(xs, size), java.util.Arrays.copyOf(ys, size)};
    }

    /** Replaces the content by these points (a loaded run), keeping the newest capacity points. */
    public synchronized void load(double[] x, double[] y) {
        int from = Math.max(0, x.length - xs.length);
        size = x.length - from;
        System.arraycopy(x, from, xs, 0, size);
        System.arraycopy(y, from, ys, 0, size);
        version++;
    }

    public synchronized int size() {
        return size;
    }

    /** Changes whenever a point is stored (for cheap "anything new?" checks). */
    public synchronized long version() {
        return version;
    }

    public int capacity() {
        return xs.length;
    }
}
