package org.activationlab.core.digits;

/**
 * Bounding box (inclusive pixel indices) and centre of mass (continuous coordinates, a pixel's
 * centre is at index + 0.5) of the ink in a row-major image; {@code null} from {@link #of} when
 * there is no ink.
 */
record InkStats(int minX, int minY, int maxX, int maxY, double comX, double comY) {

    int boxWidth() {
        return maxX - minX + 1;
    }

    int boxHeight() {
        return maxY - minY + 1;
    }

    static InkStats of(float[] ink, int width, int height) {
        int minX = width;
        int minY = height;
        int maxX = -1;
        int maxY = -1;
        double mass = 0;
        double mx = 0;
        double my = 0;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                float v = DigitPreprocessor.clamp(ink[row + x]);
                if (v > 0) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                    mass += v;
                    mx += v * (x + 0.5);
                    my += v * (y + 0.5);
                }
            }
        }
        if (maxX < 0) {
            return null;
        }
        return new InkStats(minX, minY, maxX, maxY, mx / mass, my / mass);
    }
}
