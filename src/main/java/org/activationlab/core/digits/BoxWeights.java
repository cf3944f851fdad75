package org.activationlab.core.digits;

/**
 * Area-averaging weights for one axis of an affine resampling {@code out = in * scale + offset}.
 * Output pixel i covers [i, i+1), i.e. the input interval [(i - offset)/scale, (i+1 - offset)/scale);
 * its weight for input pixel c (covering [c, c+1)) is the length of the overlap times
 * {@code scale}, so a uniform input of value v gives v wherever it covers the whole footprint.
 * Only input pixels in [from, to) (the ink's bounding box) are weighted; weights are indexed from
 * {@code from}.
 */
final class BoxWeights {
    private BoxWeights() {
    }

    static double[][] of(int from, int to, double offset, double scale, int outSize) {
        double[][] w = new double[outSize][to - from];
        for (int i = 0; i < outSize; i++) {
            double a = (i - offset) / scale;
            double b = (i + 1 - offset) / scale;
            int c0 = Math.max(from, (int) Math.floor(a));
            int c1 = Math.min(to - 1, (int) Math.ceil(b) - 1);
            for (int c = c0; c <= c1; c++) {
                double overlap = Math.min(b, c + 1) - Math.max(a, c);
                if (overlap > 0) {
                    w[i][c - from] = overlap * scale;
                }
            }
        }
        return w;
    }
}
