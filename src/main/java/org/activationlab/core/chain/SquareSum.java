package org.activationlab.core.chain;

/**
 * Σ x_i² over numbers given as mantissa · 2^exponent, for the L2 norm of a chain's gradient,
 * without making an object per term. The sum is held as {@code sum · 2^scale} and rescaled when a
 * larger term arrives, so 10^+20000 and 10^−6000 add up as well as ordinary numbers; a term more
 * than about 2^1000 below the running sum drops out, as it would in any 53-bit sum.
 *
 * <p>Why not {@code BigMag.add(x.square())}: the same result to within rounding, but 2,000 terms
 * made 6,000 objects each time the screen redrew a chain of 1,000 layers (60 times a second during
 * a drag), and the garbage collector's pauses then made frames late.
 */
final class SquareSum {
    private double sum;
    private long scale;

    /** Adds (m · 2^e)² for a finite m (any size: it is normalised first); zero adds nothing. */
    void add(double m, long e) {
        if (m == 0.0) {
            return;
        }
        int k = BigMag.exponentOf(m);
        double mn = Math.scalb(m, -k);
        double sq = mn * mn; // in [1, 4)
        long s = 2 * (e + k);
        if (sum == 0.0) {
            sum = sq;
            scale = s;
        } else if (s > scale) {
            sum = Math.scalb(sum, (int) Math.max(-2000, scale - s)) + sq;
            scale = s;
        } else {
            sum += Math.scalb(sq, (int) Math.max(-2000, s - scale));
        }
    }

    /** The square root of the sum so far. */
    BigMag sqrt() {
        return BigMag.normalized(sum, scale).sqrt();
    }
}
