package org.activationlab.app.digits;

import java.util.function.IntUnaryOperator;

/**
 * Many small square images in one image: rows of {@link #COLUMNS} cells (so the image stays far
 * below texture size limits even for hundreds of tiles). Each cell has a one-pixel border that
 * repeats the tile's edge, so scaling a tile by a fractional factor never samples its neighbour
 * (which showed as a stray line at the tile's edge).
 */
final class Atlas {
    static final int COLUMNS = 16;

    private Atlas() {
    }

    /** Left edge of tile i's pixels (inside its border). */
    static int x(int i, int side) {
        return (i % COLUMNS) * (side + 2) + 1;
    }

    static int y(int i, int side) {
        return (i / COLUMNS) * (side + 2) + 1;
    }

    static int width(int n, int side) {
        return Math.min(Math.max(1, n), COLUMNS) * (side + 2);
    }

    static int height(int n, int side) {
        return Math.max(1, (n + COLUMNS - 1) / COLUMNS) * (side + 2);
    }

    /**
     * Writes tile i into {@code argb} (an image {@code width} wide): {@code pixel} maps a row-major
     * index in the tile to its colour; the border copies the nearest edge pixel.
     */
    static void put(int[] argb, int width, int i, int side, IntUnaryOperator pixel) {
        int ox = x(i, side);
        int oy = y(i, side);
        for (int yy = -1; yy <= side; yy++) {
            int sy = Math.max(0, Math.min(side - 1, yy));
            for (int xx = -1; xx <= side; xx++) {
                int sx = Math.max(0, Math.min(side - 1, xx));
                argb[(oy + yy) * width + ox + xx] = pixel.applyAsInt(sy * side + sx);
            }
        }
    }
}
