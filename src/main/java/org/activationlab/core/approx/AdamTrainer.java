package org.activationlab.core.approx;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Trains a 1 → N (→ M) → 1 ReLU network on a target with Adam (Kingma &amp; Ba, "Adam: A Method
 * for Stochastic Optimization", 2014), one step at a time.
 *
 * <p>Lifecycle: construct (this initialises the weights from the injected random source), then
 * call {@link #step()} / {@link #steps(int)} or {@link #run} as often as wanted; training can stop
 * and resume at any step, so pausing is simply not calling it. {@link #snapshot()} returns an
 * immutable picture to hand to another thread. An instance is not thread-safe: one thread drives
 * it. A screen would typically run, on its background task,
 * <pre>{@code
 *   trainer.run(steps, 25, paused::get, latest::set);   // latest: AtomicReference<TrainingSnapshot>
 * }</pre>
 * and pick up {@code latest} once per frame; pausing sets the flag, resuming calls {@code run}
 * again, single-stepping calls {@code step()} while no run is active.
 *
 * <p>Data: {@link TrainingConfig#samples()} evenly spaced points on the interval, ends included.
 * Full batch uses all of them every step; a mini-batch takes the next {@code batchSize} points of a
 * random permutation, reshuffled each pass. The loss is the mean squared error.
 *
 * <p>Coordinates: internally the input is mapped to t = (2x − a − b)/(b − a) ∈ [−1, 1] and the
 * target to ŷ = (y − μ)/σ (mean and standard deviation over the samples), so one learning rate
 * suits every interval and scale. {@link #network()} folds both maps back into the weights: the
 * network it returns works on x and is the exact same function.
 *
 * <p>Initialisation (in t), placing the breakpoints across the interval: unit 0 opens to the right
 * with its kink just left of the interval (t = −1.02) and unit 1 opens to the left with its kink
 * just right of it (t = 1.02), so both are active everywhere and carry the overall slope, as the
 * constructive network's first hinge does; the other N − 2 kinks sit one in each of N − 2 equal
 * strata of the interval, at a random place within it, facing right and left in turn, so every
 * part of the interval, both ends included, has kinks and active units nearby from the start.
 * Every first-layer unit starts with |w| = 8. A second layer gets He-normal weights (std √(2/N))
 * and bias 0.1 so most units start active. Output weights are normal with std 0.1/(8·√U) (U = last
 * hidden width) and the output bias is 0, so training starts from a nearly flat line at the
 * target's mean.
 *
 * <p>Why |w| = 8: Adam moves every parameter by about the learning rate per step whatever the
 * size of its gradient, so a kink at −b/w moves by about lr/|w| per step. With |w| = 1 the kinks
 * raced across the interval in the first hundred steps and piled up in clumps (units whose
 * gradients share a sign march together), leaving stretches with no kink at all: Nielsen's
 * function with N = 64 stalled at max error 0.123 for every seed and rate tried; with |w| = 8 it
 * reaches 0.030–0.038 (seeds 1–4), and sin with N = 32 went from 0.0135–0.0204 to 0.0086–0.0102 over seeds
 * 1–40. Alternatives measured on the way: all units facing right left the left end of sin
 * lagging for hundreds of steps; output weights with std 1/√U spread the results more.
 *
 * <p>Learning rate: with a constant rate Adam's loss shows brief spikes now and then (a breakpoint
 * crossing sample points changes the gradient abruptly), and a run that ends on one reports a
 * poorer fit. A run of known length should therefore use {@link TrainingConfig#forRun}, whose
 * cosine decay ends the run calmly. Measured on sin, [−π, π], N = 32, 5,000 full-batch steps:
 * {@code forRun} (0.02 decaying to 0.0002), seeds 1–40, max error 0.0086–0.0102; constant rate
 * 0.01 ({@link TrainingConfig#of}), seeds 1–20, mostly about 0.009 but 4 runs ending on a spike at
 * 0.021–0.128.
 *
 * <p>Determinism: all randomness comes from the injected generator, so the same seed and settings
 * give bit-for-bit identical runs.
 */
public final class AdamTrainer {
    /** How far (in t, where the interval is [−1, 1]) the kinks of units 0 and 1 sit outside the interval. */
    static final double SLOPE_UNIT_MARGIN = 0.02;
    /** Output weights start with standard deviation OUTPUT_INIT_SCALE/(√U·FIRST_LAYER_SCALE): the first fit is nearly flat. */
    static final double OUTPUT_INIT_SCALE = 0.1;
    /** |w| of every first-layer unit at the start, in t: sets how fast Adam moves the kinks (see the class comment). */
    static final double FIRST_LAYER_SCALE = 8;

    private final Target target;
    private final TrainingConfig config;
    private final SplittableRandom random;
    private final Parameters layout;
    private final double[] p;
    private final double[] g;
    private final double[] m1;
    private final double[] m2;
    private final double[] ts;
    private final double[] ys;
    private final int[] order;
    private final double alpha;
    private final double beta;
    private final double mu;
    private final double sigma;
    private int cursor;
    private int step;
    private double lastLoss = Double.NaN;
    private double[] losses = new double[64];

    public AdamTrainer(Target target, TrainingConfig config, SplittableRandom random) {
        this.target = Objects.requireNonNull(target, "target");
        this.config = Objects.requireNonNull(config, "config");
        this.random = Objects.requireNonNull(random, "random");
        Interval iv = target.interval();
        alpha = 2 / iv.width();
        beta = -(iv.a() + iv.b()) / iv.width();
        double[] xs = iv.grid(config.samples());
        ys = new double[xs.length];
        target.function().values(xs, ys);
        double mean = 0;
        for (double y : ys) {
            mean += y;
        }
        mean /= ys.length;
        double var = 0;
        for (double y : ys) {
            var += (y - mean) * (y - mean);
        }
        double sd = Math.sqrt(var / ys.length);
        mu = mean;
        sigma = sd > 1e-12 * Math.max(1, Math.abs(mean)) ? sd : 1;
        ts = new double[xs.length];
        for (int k = 0; k < xs.length; k++) {
            ts[k] = alpha * xs[k] + beta;
            ys[k] = (ys[k] - mu) / sigma;
            if (!Double.isFinite(ys[k])) {
                throw new IllegalArgumentException("target is not finite at training point x = " + xs[k]);
            }
        }
        order = new int[xs.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        cursor = order.length;
        layout = new Parameters(config.width(), config.secondWidth());
        p = new double[layout.size];
        g = new double[layout.size];
        m1 = new double[layout.size];
        m2 = new double[layout.size];
        initialise();
    }

    private void initialise() {
        int n = layout.n;
        // units 0 and 1 span the whole interval (kinks just outside it, facing in); the others
        // get one kink each in N-2 equal strata, facing right and left in turn
        double mag = FIRST_LAYER_SCALE;
        p[0] = mag;
        p[layout.offB1] = mag * (1 + SLOPE_UNIT_MARGIN);
        int first = 1;
        if (n >= 2) {
            p[1] = -mag;
            p[layout.offB1 + 1] = mag * (1 + SLOPE_UNIT_MARGIN);
            first = 2;
        }
        for (int i = first; i < n; i++) {
            double breakpoint = -1 + 2 * (i - first + random.nextDouble()) / (n - first);
            double w = (i % 2 == 0 ? 1 : -1) * mag;
            p[i] = w;
            p[layout.offB1 + i] = -w * breakpoint;
        }
        if (layout.m > 0) {
            double std = Math.sqrt(2.0 / n);
            for (int k = layout.offW2; k < layout.offB2; k++) {
                p[k] = std * random.nextGaussian();
            }
            Arrays.fill(p, layout.offB2, layout.offV, 0.1);
        }
        double vStd = OUTPUT_INIT_SCALE / Math.sqrt(layout.offC - layout.offV);
        for (int k = layout.offV; k < layout.offC; k++) {
            p[k] = vStd * random.nextGaussian() / mag;
        }
        p[layout.offC] = 0;
    }

    /** One Adam step on one batch; returns its loss (MSE in the target's units). */
    public double step() {
        int count = config.effectiveBatchSize();
        int[] idx = config.fullBatch() ? null : nextBatch(count);
        double loss = layout.lossAndGradient(p, ts, ys, idx, count, g);
        step++;
        double lr = config.learningRateAt(step);
        double c1 = 1 - Math.pow(TrainingConfig.BETA1, step);
        double c2 = 1 - Math.pow(TrainingConfig.BETA2, step);
        for (int k = 0; k < p.length; k++) {
            // m = β1·m + (1 − β1)·g,  v = β2·v + (1 − β2)·g²,  θ −= lr·m̂ / (√v̂ + ε)
            m1[k] = TrainingConfig.BETA1 * m1[k] + (1 - TrainingConfig.BETA1) * g[k];
            m2[k] = TrainingConfig.BETA2 * m2[k] + (1 - TrainingConfig.BETA2) * g[k] * g[k];
            p[k] -= lr * (m1[k] / c1) / (Math.sqrt(m2[k] / c2) + TrainingConfig.EPSILON);
        }
        lastLoss = loss * sigma * sigma;
        if (step > losses.length) {
            losses = Arrays.copyOf(losses, losses.length * 2);
        }
        losses[step - 1] = lastLoss;
        return lastLoss;
    }

    /** k steps (k ≥ 0); returns the last step's loss. */
    public double steps(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("steps must be >= 0, got " + k);
        }
        for (int s = 0; s < k; s++) {
            step();
        }
        return lastLoss;
    }

    /**
     * Runs up to {@code maxSteps} steps, stopping early when {@code stop} answers true or the
     * thread is interrupted (both checked before every step). Every {@code publishEvery} steps,
     * and once at the end, the observer gets a snapshot. Returns the final snapshot.
     */
    public TrainingSnapshot run(int maxSteps, int publishEvery, BooleanSupplier stop, Consumer<TrainingSnapshot> observer) {
        if (maxSteps < 0 || publishEvery < 1) {
            throw new IllegalArgumentException("need maxSteps >= 0 and publishEvery >= 1, got " + maxSteps + ", " + publishEvery);
        }
        Objects.requireNonNull(stop, "stop");
        Objects.requireNonNull(observer, "observer");
        for (int s = 1; s <= maxSteps; s++) {
            if (stop.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                break;
            }
            step();
            if (s % publishEvery == 0 && s < maxSteps) {
                observer.accept(snapshot());
            }
        }
        TrainingSnapshot last = snapshot();
        observer.accept(last);
        return last;
    }

    private int[] nextBatch(int count) {
        int[] idx = new int[count];
        for (int s = 0; s < count; s++) {
            if (cursor == order.length) {
                shuffle();
                cursor = 0;
            }
            idx[s] = order[cursor++];
        }
        return idx;
    }

    private void shuffle() {
        for (int k = order.length - 1; k > 0; k--) {
            int j = random.nextInt(k + 1);
            int tmp = order[k];
            order[k] = order[j];
            order[j] = tmp;
        }
    }

    /** Steps taken so far. */
    public int stepCount() {
        return step;
    }

    /** The last step's loss, NaN before the first step. */
    public double lastLoss() {
        return lastLoss;
    }

    public Target target() {
        return target;
    }

    public TrainingConfig config() {
        return config;
    }

    /** The network as it is now, in x coordinates (immutable copy). */
    public ReluNetwork network() {
        return layout.toNetwork(p, alpha, beta, mu, sigma);
    }

    /** An immutable picture of the run now. */
    public TrainingSnapshot snapshot() {
        return new TrainingSnapshot(step, lastLoss, network(), Arrays.copyOf(losses, step));
    }
}
