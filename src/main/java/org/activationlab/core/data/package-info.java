/**
 * Data for training: the IDX reader ({@link org.activationlab.core.data.IdxReader}, gzip or raw,
 * every header and length checked), in-memory {@link org.activationlab.core.data.Dataset}s
 * with pixels scaled to [0, 1], and {@link org.activationlab.core.data.MnistLoader} for the
 * embedded 10,000 real MNIST digits (resources beside this package; origin and licence in their
 * README) or any folder of train-/t10k- IDX files such as full MNIST or Fashion-MNIST.
 */
package org.activationlab.core.data;
