package org.activationlab.core.digits;

/**
 * Turns a free-hand drawing into a 28×28 image prepared the way the MNIST digits were (LeCun,
 * Cortes and Burges: the NIST strokes were size-normalised to fit a 20×20 box keeping their aspect
 * ratio, anti-aliased, and centred in a 28×28 field by their centre of mass). A network trained on
 * MNIST only recognises a drawing well when it sees it in that same form.
 *
 * <p>Steps: (1) the bounding box of the ink; (2) a scale {@code s = 20 / longer side}, the same on
 * both axes; (3) a translation that puts the ink's centre of mass at the centre of the field,
 * (14, 14) in continuous coordinates, i.e. pixel (13.5, 13.5) counting pixel centres; (4) one
 * resampling pass in which every output pixel is the exact area average of the input it covers
 * (a box filter, anti-aliased when shrinking). Steps 2–4 are one affine map, so the image is
 * resampled once and the sub-pixel part of the shift is kept instead of rounded away. Ink that
 * the shift pushes past the 28×28 edge (only for very lopsided shapes) is cut off, as in MNIST.
 *
 * <p>Coordinates: an input pixel (x, y) covers [x, x+1) × [y, y+1); arrays are row-major.
 */
public final class DigitPreprocessor {
    /** Side of the output field. */
    public static final int SIDE = 28;
    /** Side of the box the longer side of the ink is scaled to. */
    public static final int BOX = 20;
    /** Values at or below this count as paper, not ink (pen anti-aliasing leaves faint fringes). */
    static final float INK_THRESHOLD = 1e-3f;

    private DigitPreprocessor() {
    }

    /**
     * @param ink row-major {@code width*height} values in [0,1], 1 = ink (values outside are clamped)
     * @return 784 floats in [0,1], row-major 28×28; all zeros for an empty drawing
     * @throws IllegalArgumentException if the sizes do not match
     */
    public static float[] toMnist(float[] ink, int width, int height) {
        if (ink == null) {
            throw new IllegalArgumentException("ink must not be null");
        }
        if (width <= 0 || height <= 0 || (long) width * height != ink.length) {
            throw new IllegalArgumentException("ink has " + ink.length + " values, expected width*height = "
                    + width + "*" + height);
        }
        float[] out = new float[SIDE * SIDE];
        InkStats st = InkStats.of(ink, width, height);
        if (st == null) {
            return out;
        }
        double scale = (double) BOX / Math.max(st.boxWidth(), st.boxHeight());
        // output = (input - com) * scale + centre, so the centre of mass lands on the centre
        double offX = SIDE / 2.0 - st.comX() * scale;
        double offY = SIDE / 2.0 - st.comY() * scale;
        BoxWeights wx = BoxWeights.of(st.minX(), st.maxX() + 1, offX, scale, SIDE);
        BoxWeights wy = BoxWeights.of(st.minY(), st.maxY() + 1, offY, scale, SIDE);
        resample(ink, width, st, wx, wy, out);
        return out;
    }

    /** out[j][i] = Σ_r wy[j][r] Σ_c wx[i][c] ink[r][c], horizontal pass first (rows of the box only). */
    private static void resample(float[] ink, int width, InkStats st, BoxWeights wx, BoxWeights wy, float[] out) {
        int rows = st.maxY() - st.minY() + 1;
        double[] tmp = new double[rows * SIDE];
        for (int r = 0; r < rows; r++) {
            int rowStart = (st.minY() + r) * width + st.minX();
            for (int i = 0; i < SIDE; i++) {
                double[] w = wx.weights[i];
                int c0 = rowStart + wx.first[i];
                double acc = 0;
                for (int c = 0; c < w.length; c++) {
                    acc += w[c] * clamp(ink[c0 + c]);
                }
                tmp[r * SIDE + i] = acc;
            }
        }
        for (int j = 0; j < SIDE; j++) {
            double[] w = wy.weights[j];
            int r0 = wy.first[j];
            for (int i = 0; i < SIDE; i++) {
                double acc = 0;
                for (int r = 0; r < w.length; r++) {
                    acc += w[r] * tmp[(r0 + r) * SIDE + i];
                }
                out[j * SIDE + i] = (float) Math.min(1.0, Math.max(0.0, acc));
            }
        }
    }

    static float clamp(float v) {
        if (!(v > INK_THRESHOLD)) {
            return 0f; // also maps NaN to paper
        }
        return Math.min(1f, v);
    }
}
