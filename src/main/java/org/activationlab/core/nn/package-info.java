/**
 * The training core's building blocks, written to be read: layers with forward and backward side
 * by side ({@link org.activationlab.core.nn.Dense}, {@link org.activationlab.core.nn.Conv2D},
 * {@link org.activationlab.core.nn.MaxPool2D}, {@link org.activationlab.core.nn.Flatten},
 * {@link org.activationlab.core.nn.Dropout}, {@link org.activationlab.core.nn.AlphaDropout},
 * {@link org.activationlab.core.nn.ActivationLayer} — the catalogue's own float code), losses
 * (fused softmax + cross-entropy, binary cross-entropy, MSE), initialisers, optimisers (Adam, SGD
 * with momentum, clipping), a {@link org.activationlab.core.nn.Network} that stacks them,
 * {@link org.activationlab.core.nn.ModelSpec} that builds the post's networks, and
 * {@link org.activationlab.core.nn.ModelFile} that saves them.
 *
 * <p>Conventions: flat {@code float[]} batches, one sample after the other; images NHWC
 * (channels last); buffers grow once to the largest batch and are reused; every random source is
 * injected and seeded; matrix work goes through {@code core.tensor.Gemm} and
 * {@code core.tensor.Parallel}.
 */
package org.activationlab.core.nn;
