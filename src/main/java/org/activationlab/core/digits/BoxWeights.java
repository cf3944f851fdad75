package org.activationlab.core.digits;

/**
 * Area-averaging weights for one axis of an affine resampling {@code out = in * scale + offset}.
 * Output pixel i covers [i, i+1), i.e. the input interval [(i - offset)/scale, (i+1 - offset)/scale);
 * its weight for input pixel c (covering [c, c+1)) is the length of the overlap times
 * {@code scale}, so a uniform input of value v gives v wherever it covers the whole footprint.
 * Only input pixels in [from, to) (the ink's bounding box) take part.
 *
 * <p>Stored sparsely: output i uses inputs {@code first[i] .. first[i] + weights[i].length - 1}
 * (indices relative to {@code from}), about 1/scale + 1 of them, not the whole box.
 */
final class BoxWeights {
    final int[] first;
    final double[][] weights;

    private BoxWeights(int[] first, double[][] weights) {
        this.first = first;
        this.weights = weights;
    }

    static BoxWeights of(int from, int to, double offset, double scale, int outSize) {
        int[] first = new int[outSize];
        double[][] w = new double[outSize][];
        for (int i = 0; i < outSize; i++) {
            double a = (i - offset) / scale;
            double b = (i + 1 - offset) / scale;
            int c0 = Math.max(from, (int) Math.floor(a));
            int c1 = Math.min(to - 1, (int) Math.ceil(b) - 1);
            first[i] = c0 - from;
            w[i] = new double[Math.max(0, c1 - c0 + 1)];
            for (int c = c0; c <= c1; c++) {
                double overlap = Math.min(b, c + 1) - Math.max(a, c);
                w[i][c - c0] = overlap > 0 ? overlap * scale : 0;
            }
        }
        return new BoxWeights(first, w);
    }
}
