package org.activationlab.app.training;

/**
 * One test digit and what a model made of it.
 *
 * @param pixels     784 values in [0, 1]
 * @param label      the true class
 * @param predicted  the model's class
 * @param confidence the model's probability for its class
 */
public record Prediction(float[] pixels, int label, int predicted, double confidence) {
    public boolean correct() {
        return label == predicted;
    }
}
