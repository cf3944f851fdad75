/**
 * Deep signal propagation in a wide random network: per-layer mean and standard deviation of
 * activations and gradients, for any activation and initialisation. Entry point:
 * {@link org.activationlab.core.signal.SignalPropagation#run(SignalConfig)} returning an immutable
 * {@link org.activationlab.core.signal.SignalReport}; about a second at width 256, depth 100,
 * batch 64, so run it off the FX thread (it stops with a CancellationException when interrupted).
 */
package org.activationlab.core.signal;
