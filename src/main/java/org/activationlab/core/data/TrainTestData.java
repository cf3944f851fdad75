package org.activationlab.core.data;

import java.util.Objects;

/**
 * A training set and its test set (the test set serves as validation, as in the post).
 *
 * @param source where the data came from, for messages and reports (e.g. "embedded MNIST 10k")
 */
public record TrainTestData(String source, Dataset train, Dataset test) {
    public TrainTestData {
        Objects.requireNonNull(source);
        Objects.requireNonNull(train);
        Objects.requireNonNull(test);
        if (train.features() != test.features() || train.classes() != test.classes()) {
            throw new IllegalArgumentException(source + ": train images are " + train.rows() + "×" + train.cols()
                    + " but test images " + test.rows() + "×" + test.cols());
        }
    }
}
