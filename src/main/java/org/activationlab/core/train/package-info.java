/**
 * The training loop: {@link org.activationlab.core.train.Trainer} runs epochs of seeded,
 * shuffled mini-batches and evaluates on the test set after each, obeying a
 * {@link org.activationlab.core.train.TrainingControl} (cancel, pause, weights on request) and
 * reporting immutable snapshots ({@link org.activationlab.core.train.BatchSnapshot},
 * {@link org.activationlab.core.train.EpochResult}) to a
 * {@link org.activationlab.core.train.TrainingListener}. Same seed and one thread give
 * bit-identical runs; a NaN or infinite loss ends the run as DIVERGED.
 */
package org.activationlab.core.train;
