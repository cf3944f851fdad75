package org.activationlab.app.training;

import java.util.List;
import java.util.Objects;
import org.activationlab.core.nn.GradientClip;
import org.activationlab.core.nn.Initializer;
import org.activationlab.core.nn.ModelSpec;
import org.activationlab.core.train.TrainConfig;

/**
 * A checked, immutable training set-up: one data source, one architecture, several activations
 * (trained one after another from the same seed) and the training settings. Built by
 * {@link SetupViewModel}; turned into the core's {@link ModelSpec} and {@link TrainConfig}.
 *
 * @param data          where the digits come from
 * @param architecture  {@code mlp:784-128-10} or {@code post-cnn}
 * @param dropout       MLP dropout rate (0 for the CNN)
 * @param activations   the functions to compare, at least one
 * @param init          initialiser, or null for the core's choice (Glorot; LeCun for SELU)
 * @param config        optimiser, learning rate, batch, epochs, clipping, seed, threads
 * @param trainFraction share of the training set used per epoch, in (0, 1] (a quick lecture run)
 */
public record TrainingSetup(DataChoice data, String architecture, double dropout, List<ActivationChoice> activations,
                            Initializer init, TrainConfig config, double trainFraction) {
    public TrainingSetup {
        Objects.requireNonNull(data);
        Objects.requireNonNull(architecture);
        Objects.requireNonNull(config);
        activations = List.copyOf(activations);
        if (activations.isEmpty()) {
            throw new IllegalArgumentException("pick at least one activation");
        }
        if (!(trainFraction > 0 && trainFraction <= 1)) {
            throw new IllegalArgumentException("training share must be in (0, 1], got " + trainFraction);
        }
    }

    /** The model for one activation (checks the architecture and alpha). */
    public ModelSpec spec(ActivationChoice a) {
        return new ModelSpec(architecture, a.kind(), a.alpha(), dropout, init);
    }

    /** A one-line description for captions and saved files. */
    public String describe() {
        GradientClip c = config.clip();
        String clip = c.mode() == GradientClip.Mode.NONE ? "no clipping"
                : "clip " + c.mode().name().toLowerCase(java.util.Locale.ROOT) + " " + ActivationChoice.trim(c.threshold());
        return architecture + " · " + config.optimizer().name().toLowerCase(java.util.Locale.ROOT) + " lr "
                + ActivationChoice.trim(config.learningRate()) + " · batch " + config.batchSize() + " · "
                + config.epochs() + (config.epochs() == 1 ? " epoch" : " epochs") + " · " + clip
                + (trainFraction < 1 ? " · " + Math.round(trainFraction * 100) + "% of the training set" : "");
    }
}
