package org.activationlab.core.nn;

import java.util.List;
import org.activationlab.core.tensor.Parallel;

/**
 * Element-wise work over all parameters of a network at once: the parameters are laid end to end
 * as one flat index range, which {@link Parallel#forRange} splits between the threads. One
 * parallel region per pass instead of one per parameter, and two passes over the same parameters
 * (summing data-parallel gradients, then the optimiser's update) give each thread the same
 * elements, which are then still in its cache.
 */
public final class ParamChunks {
    /** Elements per thread below which a pass stays on the calling thread. */
    public static final int MIN_CHUNK = 8192;

    private ParamChunks() {
    }

    /** Work on elements [from, to) of parameter number {@code param} of the list. */
    @FunctionalInterface
    public interface Body {
        void run(int param, int from, int to);
    }

    /**
     * Calls {@code body} for every piece of every parameter of {@code params}, the pieces split
     * over {@code par}'s threads (boundaries depend only on the sizes and the thread count).
     */
    public static void forEach(List<Param> params, Parallel par, Body body) {
        long total = 0;
        for (Param p : params) {
            total += p.size();
        }
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("more than " + Integer.MAX_VALUE + " parameter values");
        }
        par.forRange((int) total, MIN_CHUNK, (from, to) -> {
            long off = 0;
            for (int i = 0; i < params.size() && off < to; i++) {
                int size = params.get(i).size();
                int lo = (int) Math.max(0, from - off);
                int hi = (int) Math.min(size, to - off);
                if (lo < hi) {
                    body.run(i, lo, hi);
                }
                off += size;
            }
        });
    }
}
