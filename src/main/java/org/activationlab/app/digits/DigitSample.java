package org.activationlab.app.digits;

/**
 * One test image with what the network made of it, for {@link DigitGridView}.
 *
 * @param pixels     side×side values in [0,1], row-major, 1 = ink (784 for MNIST); copied
 * @param label      the true class
 * @param predicted  the class the network chose
 * @param confidence the probability it gave that class, in [0,1]
 */
public record DigitSample(float[] pixels, int label, int predicted, double confidence) {

    public DigitSample {
        if (pixels == null) {
            throw new IllegalArgumentException("pixels must not be null");
        }
        int side = (int) Math.round(Math.sqrt(pixels.length));
        if (side == 0 || side * side != pixels.length) {
            throw new IllegalArgumentException("pixels must be a square image, got " + pixels.length + " values");
        }
        if (label < 0 || predicted < 0) {
            throw new IllegalArgumentException("classes must be non-negative: label " + label + ", predicted " + predicted);
        }
        pixels = pixels.clone();
    }

    /** The image's side in pixels. */
    public int side() {
        return (int) Math.round(Math.sqrt(pixels.length));
    }

    /** True when the prediction is wrong. */
    public boolean isMistake() {
        return label != predicted;
    }

    /** A copy of the pixels (the record keeps its own). */
    @Override
    public float[] pixels() {
        return pixels.clone();
    }

    /** Pixel value without copying. */
    public float pixel(int i) {
        return pixels[i];
    }
}
