package org.activationlab.core.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.activationlab.core.tensor.Parallel;

/**
 * Adam (Kingma & Ba 2014, "Adam: A Method for Stochastic Optimization", arXiv:1412.6980), in
 * PyTorch's form so results compare with the peer benchmark:
 * <pre>
 * m ← β1 m + (1 − β1) g        v ← β2 v + (1 − β2) g²          (t = step number, from 1)
 * w ← w − (lr / (1 − β1^t)) · m / (sqrt(v) / sqrt(1 − β2^t) + ε)
 * </pre>
 * Defaults β1 = 0.9, β2 = 0.999, ε = 1e-8 (PyTorch; Keras uses 1e-7).
 */
public final class Adam implements Optimizer {
    public static final double BETA1 = 0.9;
    public static final double BETA2 = 0.999;
    public static final double EPSILON = 1e-8;

    private final GradientClip clip;
    private final double beta1;
    private final double beta2;
    private final double eps;
    private volatile double lr; // may be changed from another thread between steps
    private long t;
    private final List<float[]> m = new ArrayList<>();
    private final List<float[]> v = new ArrayList<>();

    public Adam(double lr, GradientClip clip) {
        this(lr, BETA1, BETA2, EPSILON, clip);
    }

    public Adam(double lr, double beta1, double beta2, double eps, GradientClip clip) {
        this.lr = Optimizer.checkLearningRate(lr);
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.clip = Objects.requireNonNull(clip);
    }

    @Override
    public void step(List<Param> params) {
        step(params, Parallel.SERIAL);
    }

    /**
     * All parameters are split into the same contiguous chunks every step ({@link ParamChunks}), so
     * a thread keeps updating the part of the weights and moments it already holds in its cache.
     */
    @Override
    public void step(List<Param> params, Parallel par) {
        step(params, par, null);
    }

    /** Fused with {@code finish} when nothing is clipped (clipping needs the finished gradients first). */
    @Override
    public void step(List<Param> params, Parallel par, ParamChunks.Body finish) {
        if (finish != null && clip.mode() != GradientClip.Mode.NONE) {
            ParamChunks.forEach(params, par, finish);
            finish = null;
        }
        if (m.isEmpty()) {
            for (Param p : params) {
                m.add(new float[p.size()]);
                v.add(new float[p.size()]);
            }
        } else if (m.size() != params.size()) {
            throw new IllegalStateException("Adam: step with " + params.size() + " parameters, state has " + m.size());
        }
        clip.apply(params);
        t++;
        float stepSize = (float) (lr / (1 - Math.pow(beta1, t)));
        float invSqrtBc2 = (float) (1 / Math.sqrt(1 - Math.pow(beta2, t)));
        float b1 = (float) beta1;
        float b2 = (float) beta2;
        float e = (float) eps;
        ParamChunks.Body first = finish;
        ParamChunks.forEach(params, par, (i, from, to) -> {
            if (first != null) {
                first.run(i, from, to);
            }
            float[] w = params.get(i).value();
            float[] g = params.get(i).grad();
            float[] mi = m.get(i);
            float[] vi = v.get(i);
            for (int j = from; j < to; j++) {
                float gj = g[j];
                mi[j] = b1 * mi[j] + (1 - b1) * gj;
                vi[j] = b2 * vi[j] + (1 - b2) * gj * gj;
                w[j] -= stepSize * mi[j] / ((float) Math.sqrt(vi[j]) * invSqrtBc2 + e);
            }
        });
    }

    @Override
    public double learningRate() {
        return lr;
    }

    @Override
    public void setLearningRate(double lr) {
        this.lr = Optimizer.checkLearningRate(lr);
    }

    @Override
    public long steps() {
        return t;
    }
}
