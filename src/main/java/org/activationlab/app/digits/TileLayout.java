package org.activationlab.app.digits;

/**
 * Lays n equal tiles out in a grid that fills a w×h area best: tries every column count and keeps
 * the one giving the largest tile. {@code extraH} is added below each tile (a label row).
 */
record TileLayout(int columns, int rows, double tile) {

    static TileLayout fit(int n, double w, double h, double gap, double extraH, double minTileWidth) {
        int bestCols = 1;
        double best = -1;
        for (int cols = 1; cols <= Math.max(1, n); cols++) {
            int rows = (int) Math.ceil((double) n / cols);
            double byW = (w - gap * (cols - 1)) / cols;
            double byH = (h - gap * (rows - 1)) / rows - extraH;
            double tile = Math.min(byW, byH);
            if (byW < minTileWidth) {
                continue;
            }
            if (tile > best) {
                best = tile;
                bestCols = cols;
            }
        }
        int rows = (int) Math.ceil((double) Math.max(1, n) / bestCols);
        return new TileLayout(bestCols, rows, Math.max(1, Math.floor(best)));
    }
}
