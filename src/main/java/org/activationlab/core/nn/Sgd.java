package org.activationlab.core.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Stochastic gradient descent with (heavy-ball) momentum, as PyTorch's {@code SGD}:
 * <pre>
 * u ← μ u + g        w ← w − lr · u          (μ = 0: plain gradient descent, w ← w − lr · g)
 * </pre>
 */
public final class Sgd implements Optimizer {
    private final GradientClip clip;
    private final float momentum;
    private volatile double lr; // may be changed from another thread between steps
    private long t;
    private final List<float[]> velocity = new ArrayList<>();

    public Sgd(double lr, double momentum, GradientClip clip) {
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
        }
        this.lr = Optimizer.checkLearningRate(lr);
        this.momentum = (float) momentum;
        this.clip = Objects.requireNonNull(clip);
    }

    @Override
    public void step(List<Param> params) {
        if (velocity.isEmpty()) {
            for (Param p : params) {
                velocity.add(new float[p.size()]);
            }
        } else if (velocity.size() != params.size()) {
            throw new IllegalStateException("SGD: step with " + params.size() + " parameters, state has "
                    + velocity.size());
        }
        clip.apply(params);
        t++;
        float rate = (float) lr;
        for (int i = 0; i < params.size(); i++) {
            float[] w = params.get(i).value();
            float[] g = params.get(i).grad();
            float[] u = velocity.get(i);
            for (int j = 0; j < w.length; j++) {
                u[j] = momentum * u[j] + g[j];
                w[j] -= rate * u[j];
            }
        }
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
