package org.activationlab.app.chain;

import java.util.Objects;
import org.activationlab.core.chain.Chain;
import org.activationlab.core.chain.ChainPreset;
import org.activationlab.core.chain.ChainResult;
import org.activationlab.core.chain.ChainTrace;
import org.activationlab.core.chain.ChainUpdate;
import org.activationlab.core.chain.Clipping;

/**
 * Everything the chain screen shows for one configuration, computed once and handed to the view
 * as one immutable snapshot (so a change causes one redraw, not one per derived value).
 *
 * @param chain  the chain as configured
 * @param result its forward and backward pass
 * @param update one gradient-descent step (raw and clipped), with the learning rate and clipping
 * @param chart  the per-layer chart data
 * @param preset the preset this chain came from, or {@code null} once the user changed something
 */
record ChainState(Chain chain, ChainResult result, ChainUpdate update, ChainChart chart, ChainPreset preset) {
    ChainState {
        Objects.requireNonNull(chain);
        Objects.requireNonNull(result);
        Objects.requireNonNull(update);
        Objects.requireNonNull(chart);
    }

    /**
     * Evaluates a configuration.
     *
     * @throws IllegalArgumentException when the core refuses it (forward pass overflows, the output
     *                                  leaves the cost's domain, a bad learning rate)
     */
    static ChainState of(Chain chain, double learningRate, Clipping clipping, ChainPreset preset) {
        ChainResult r = chain.evaluate();
        ChainUpdate u = r.update(learningRate, clipping);
        return new ChainState(chain, r, u, ChainChart.of(r), preset);
    }

    int depth() {
        return chain.depth();
    }

    double learningRate() {
        return update.learningRate();
    }

    Clipping clipping() {
        return update.clipping();
    }

    ChainTrace trace() {
        return result.trace();
    }
}
