package org.activationlab.app.digits;

/**
 * Where tile i sits in an image that holds many small square images: rows of {@link #COLUMNS}
 * tiles, so the image stays far below texture size limits even for hundreds of tiles.
 */
final class Atlas {
    static final int COLUMNS = 16;

    private Atlas() {
    }

    static int x(int i, int side) {
        return (i % COLUMNS) * side;
    }

    static int y(int i, int side) {
        return (i / COLUMNS) * side;
    }

    static int width(int n, int side) {
        return Math.min(Math.max(1, n), COLUMNS) * side;
    }

    static int height(int n, int side) {
        return Math.max(1, (n + COLUMNS - 1) / COLUMNS) * side;
    }
}
