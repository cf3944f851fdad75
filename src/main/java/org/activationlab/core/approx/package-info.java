/**
 * The 1-D universal-approximation experiment: a network with one input, one or two hidden ReLU
 * layers and a linear output approximates a continuous function on an interval, each hidden unit
 * adding one hinge.
 *
 * <p>Pieces, all plain Java and (except the trainer) immutable:
 * <ul>
 *   <li>{@link org.activationlab.core.approx.Preset}, {@link org.activationlab.core.approx.TargetFunction}
 *       (typed expressions via exp4j), {@link org.activationlab.core.approx.Interval} and
 *       {@link org.activationlab.core.approx.Target} (a function checked and sampled on an interval);</li>
 *   <li>{@link org.activationlab.core.approx.ReluNetwork} and its
 *       {@link org.activationlab.core.approx.Hinge}s — the network, in double precision;</li>
 *   <li>{@link org.activationlab.core.approx.Constructive} — weights written down: the
 *       piecewise-linear interpolant as an exact sum of hinges;</li>
 *   <li>{@link org.activationlab.core.approx.AdamTrainer} — weights learnt, step by step, with
 *       immutable {@link org.activationlab.core.approx.TrainingSnapshot}s for a screen to pick up;</li>
 *   <li>{@link org.activationlab.core.approx.ApproxError} (max and mean absolute error on 10,001
 *       grid points) and {@link org.activationlab.core.approx.ErrorSeries} (error against width).</li>
 * </ul>
 */
package org.activationlab.core.approx;
