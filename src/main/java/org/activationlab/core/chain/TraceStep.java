package org.activationlab.core.chain;

/**
 * One step of a {@link ChainTrace}: the factor multiplied in and the running product after it.
 *
 * @param step        0..L
 * @param layer       the layer whose factor this is (L for the cost's derivative at step 0)
 * @param kind        which kind of term was multiplied in
 * @param weight      w_layer for a {@link Kind#LAYER_FACTOR}, else NaN
 * @param derivative  f'(z_layer), NaN at step 0
 * @param factor      the term multiplied in (dC/da_L at step 0, w_j·f'(z_j), or f'(z_1) last)
 * @param running     the product so far: dC/da_(layer−1), or dC/db_1 after the last step
 * @param termLatex   the term as LaTeX, e.g. {@code w_{3}f'(z_{3})}
 * @param runningLatex what the running product equals, as LaTeX, e.g. {@code \frac{\partial C}{\partial a_{2}}}
 */
public record TraceStep(int step, int layer, Kind kind, double weight, double derivative, BigMag factor,
                        BigMag running, String termLatex, String runningLatex) {

    /** The three kinds of term in dC/db_1 = f'(z_1) · Π w_j f'(z_j) · dC/da_L. */
    public enum Kind {
        /** dC/da_L, where the walk starts. */
        COST_DERIVATIVE,
        /** w_j·f'(z_j) for j = L..2. */
        LAYER_FACTOR,
        /** f'(z_1), the last term (layer 1's weight is not part of dC/db_1). */
        FIRST_DERIVATIVE
    }

    /** True when this factor makes the product grow (|factor| &gt; 1): the screen paints it red. */
    public boolean amplifies() {
        return factor.compareMagnitude(BigMag.ONE) > 0;
    }

    /** True when this factor makes the product shrink (|factor| &lt; 1): the screen paints it blue. */
    public boolean attenuates() {
        return factor.compareMagnitude(BigMag.ONE) < 0;
    }
}
