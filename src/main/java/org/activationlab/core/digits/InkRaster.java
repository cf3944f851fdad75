package org.activationlab.core.digits;

import java.util.Arrays;

/**
 * A square grey-scale sheet a pen draws on: values in [0,1], 1 = ink, row-major. The pen is round
 * and anti-aliased: a pixel whose centre lies at distance d from the stroke's centre line gets
 * coverage {@code clamp(r + 0.5 - d, 0, 1)} for pen radius r, and keeps the darker of old and new
 * value, so overlapping segments do not build up darker blobs.
 *
 * <p>It remembers the rectangle changed since {@link #takeDirty()} so a view repaints only that.
 * Plain Java (no JavaFX), so the drawing maths is tested without a display. Not thread-safe.
 */
public final class InkRaster {
    private final int side;
    private final float[] ink;
    private int dirtyMinX;
    private int dirtyMinY;
    private int dirtyMaxX;
    private int dirtyMaxY;
    private boolean empty = true;

    public InkRaster(int side) {
        if (side < 8) {
            throw new IllegalArgumentException("side must be at least 8, got " + side);
        }
        this.side = side;
        this.ink = new float[side * side];
        resetDirty();
    }

    public int side() {
        return side;
    }

    /** True when nothing has been drawn since construction or the last {@link #clear()}. */
    public boolean isEmpty() {
        return empty;
    }

    /** A copy of the sheet, row-major. */
    public float[] copy() {
        return ink.clone();
    }

    /** Value at (x, y). */
    public float get(int x, int y) {
        return ink[y * side + x];
    }

    public void clear() {
        Arrays.fill(ink, 0f);
        empty = true;
        dirtyMinX = 0;
        dirtyMinY = 0;
        dirtyMaxX = side - 1;
        dirtyMaxY = side - 1;
    }

    /** Draws a segment from (x0, y0) to (x1, y1) in pixel coordinates with a round pen of the given radius. */
    public void stroke(double x0, double y0, double x1, double y1, double radius) {
        double reach = radius + 1;
        int minX = Math.max(0, (int) Math.floor(Math.min(x0, x1) - reach));
        int maxX = Math.min(side - 1, (int) Math.ceil(Math.max(x0, x1) + reach));
        int minY = Math.max(0, (int) Math.floor(Math.min(y0, y1) - reach));
        int maxY = Math.min(side - 1, (int) Math.ceil(Math.max(y0, y1) + reach));
        if (minX > maxX || minY > maxY) {
            return;
        }
        double dx = x1 - x0;
        double dy = y1 - y0;
        double len2 = dx * dx + dy * dy;
        for (int y = minY; y <= maxY; y++) {
            double py = y + 0.5;
            for (int x = minX; x <= maxX; x++) {
                double px = x + 0.5;
                // distance from the pixel centre to the nearest point of the segment
                double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / len2));
                double ex = px - (x0 + t * dx);
                double ey = py - (y0 + t * dy);
                double cover = radius + 0.5 - Math.sqrt(ex * ex + ey * ey);
                if (cover > 0) {
                    int k = y * side + x;
                    ink[k] = Math.max(ink[k], (float) Math.min(1, cover));
                    empty = false;
                }
            }
        }
        dirtyMinX = Math.min(dirtyMinX, minX);
        dirtyMinY = Math.min(dirtyMinY, minY);
        dirtyMaxX = Math.max(dirtyMaxX, maxX);
        dirtyMaxY = Math.max(dirtyMaxY, maxY);
    }

    /**
     * The rectangle changed since the last call as {x, y, width, height}, or {@code null} if
     * nothing changed; resets it.
     */
    public int[] takeDirty() {
        if (dirtyMaxX < dirtyMinX) {
            return null;
        }
        int[] r = {dirtyMinX, dirtyMinY, dirtyMaxX - dirtyMinX + 1, dirtyMaxY - dirtyMinY + 1};
        resetDirty();
        return r;
    }

    private void resetDirty() {
        dirtyMinX = side;
        dirtyMinY = side;
        dirtyMaxX = -1;
        dirtyMaxY = -1;
    }
}
