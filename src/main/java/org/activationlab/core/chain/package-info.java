/**
 * The gradient chain: one neuron per layer, where dC/db_1 = f'(z_1)·w_2 f'(z_2)·…·w_L f'(z_L)·dC/da_L
 * is built factor by factor so a class sees it vanish or explode.
 *
 * <p>How a screen uses it (everything is immutable, so results can be computed on a background
 * thread and handed to the FX thread as they are):
 * <pre>{@code
 * Chain chain = ChainPreset.EXPLODING.chain();              // or Chain.uniform(...), Chain.of(...)
 * chain = chain.withAllWeights(100).withDepth(50);          // editing returns a new chain
 * ChainResult r = chain.evaluate();                         // forward + backward (< 1 ms at depth 10,000)
 * r.layer(j)                                                // z, a, f'(z), factor, dC/db, dC/dw, dC/da (j = 1..L)
 * r.log10AbsBiasGradients()                                 // per-layer chart on a log axis
 * ChainTrace t = r.trace();                                 // steps 0..L: t.step(k).factor(), .running()
 * t.equationLatex(k, 8, 4)                                  // the equation after step k, for JLaTeXMath
 * ChainUpdate u = r.update(0.5, Clipping.byNorm(1));        // raw and clipped step for every b_j, w_j
 * ChainTraining h = ChainTraining.run(chain, 100, 0.5, Clipping.NONE);   // cost and |dC/db_j| per step
 * ChainExport.writeCsv(u, writer);                          // the chain as CSV
 * }</pre>
 * Magnitudes are {@link org.activationlab.core.chain.BigMag}s (mantissa and long binary exponent):
 * no Infinity, no NaN, no silent 0; {@code toScientific(digits)} formats them, a dead ReLU is a
 * real zero. Layers are numbered 1..L in every method that takes a layer.
 */
package org.activationlab.core.chain;
