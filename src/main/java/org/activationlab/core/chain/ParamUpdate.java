package org.activationlab.core.chain;

/**
 * One parameter's gradient-descent step, raw and clipped side by side:
 * {@code new = old − η·g}, where g is the gradient after clipping.
 *
 * <p>Beyond the double range: the step is always exact ({@link BigMag}); when the new value no
 * longer fits in a double, {@link #newValue()} still holds it and {@link #overflow()} is true
 * (the chain cannot be evaluated with it, so training stops there). When the step is non-zero but
 * smaller than half an ulp of the old value, the new value equals the old one and
 * {@link #belowResolution()} is true: the parameter did not move at all.
 *
 * @param old             the value before the step
 * @param rawGradient     dC/dθ as computed
 * @param gradient        dC/dθ after clipping (equal to rawGradient without clipping)
 * @param rawStep         η · rawGradient
 * @param step            η · gradient, the step actually taken (subtracted)
 * @param newValue        old − step, exact
 * @param overflow        the new value exceeds {@link Double#MAX_VALUE}
 * @param belowResolution the step is non-zero but the value did not change in double
 */
public record ParamUpdate(double old, BigMag rawGradient, BigMag gradient, BigMag rawStep, BigMag step,
                          BigMag newValue, boolean overflow, boolean belowResolution) {

    static ParamUpdate of(double old, BigMag rawGradient, BigMag gradient, BigMag eta) {
        BigMag rawStep = rawGradient.multiply(eta);
        BigMag step = gradient.multiply(eta);
        if (step.fitsInDouble()) {
            double s = step.toDouble();
            double nv = old - s;
            if (Double.isFinite(nv)) {
                return new ParamUpdate(old, rawGradient, gradient, rawStep, step, BigMag.of(nv), false,
                        !step.isZero() && nv == old);
            }
        }
        BigMag nv = BigMag.of(old).subtract(step);
        return new ParamUpdate(old, rawGradient, gradient, rawStep, step, nv, !nv.fitsInDouble(), false);
    }

    /** True when clipping changed this parameter's gradient. */
    public boolean clipped() {
        return !rawGradient.equals(gradient);
    }

    /**
     * The new value as a double.
     *
     * @throws ArithmeticException if it {@link #overflow overflowed}
     */
    public double newValueAsDouble() {
        return newValue.toDouble();
    }
}
