package org.activationlab.app.chain;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import org.activationlab.app.control.CrosshairFormatter;
import org.activationlab.app.control.LegendPosition;
import org.activationlab.app.control.NiceTicks;
import org.activationlab.app.control.Palette;
import org.activationlab.app.control.PlotBand;
import org.activationlab.app.control.PlotSeries;
import org.activationlab.app.control.PlotView;

/**
 * Fills the per-layer chart: log10 |dC/db_j| against the layer j, as log10 values on a linear
 * axis (so 10^−6000 and 10^+20000 plot as they are, never as Infinity). A vanishing gradient is a
 * line sloping down towards layer 1; layers with |dC/db_j| &gt; 1 are drawn over in red; layers
 * whose gradient is exactly 0 (dead ReLU) are shaded grey, since their logarithm does not exist.
 */
final class GradientChart {
    static final String MAIN = "every layer";
    static final String EXPLODING = "> 1: exploding";
    static final String DEAD = "dC/db_j = 0 exactly";
    private static final Color DEAD_FILL = Color.web("#57606a", 0.25);

    private final PlotView plot;
    private ChainChart data;

    GradientChart(PlotView plot) {
        this.plot = plot;
        plot.setId("chain-gradient-chart");
        plot.setTitle("Gradient per layer");
        plot.setXLabel("layer j");
        plot.setYLabel("log10 |dC/db_j|");
        plot.legendPositionProperty().set(LegendPosition.TOP_LEFT);
        plot.crosshairFormatterProperty().set(readout());
    }

    void show(ChainChart c) {
        data = c;
        int n = c.layers().length;
        List<PlotSeries> series = new ArrayList<>(3);
        series.add(PlotSeries.dashed("= 1", new double[] {1, Math.max(1.0001, n)},
                new double[] {0, 0}, Colors.MUTED, 2));
        series.add(PlotSeries.solid(MAIN, c.layers(), c.log10(), Palette.color(0), 3));
        boolean anyExploding = false;
        for (double v : c.log10()) {
            anyExploding |= v > 0;
        }
        if (anyExploding) {
            series.add(PlotSeries.solid(EXPLODING, c.layers(), c.explodingOnly(), Colors.GROWS, 5));
        }
        plot.getSeries().setAll(series);
        plot.getBands().setAll(deadBands(c));
        plot.legendPositionProperty().set(legendCorner(c, plot.effectiveRange()));
    }

    /**
     * The corner where the legend covers the fewest points of the curve and of the "= 1" line:
     * a falling curve leaves the top right free, a rising one the top left, and a flat one near
     * 1 (a healthy chain) runs along the top, where the legend would hide it.
     */
    static LegendPosition legendCorner(ChainChart c, org.activationlab.app.control.PlotRange r) {
        double first = firstFinite(c.log10(), 1);
        double last = firstFinite(c.log10(), -1);
        LegendPosition[] order = first > last
                ? new LegendPosition[] {LegendPosition.TOP_RIGHT, LegendPosition.TOP_LEFT,
                    LegendPosition.BOTTOM_RIGHT, LegendPosition.BOTTOM_LEFT}
                : new LegendPosition[] {LegendPosition.TOP_LEFT, LegendPosition.TOP_RIGHT,
                    LegendPosition.BOTTOM_LEFT, LegendPosition.BOTTOM_RIGHT};
        LegendPosition best = order[0];
        int fewest = Integer.MAX_VALUE;
        for (LegendPosition p : order) {
            int n = covered(c, r, p);
            if (n < fewest) {
                fewest = n;
                best = p;
            }
        }
        return best;
    }

    /** Points (of the curve, and 50 along the "= 1" line) inside the corner's box: 40% of the width, 30% of the height. */
    private static int covered(ChainChart c, org.activationlab.app.control.PlotRange r, LegendPosition p) {
        boolean left = p == LegendPosition.TOP_LEFT || p == LegendPosition.BOTTOM_LEFT;
        boolean top = p == LegendPosition.TOP_LEFT || p == LegendPosition.TOP_RIGHT;
        double w = r.xMax() - r.xMin();
        double h = r.yMax() - r.yMin();
        double x0 = left ? r.xMin() : r.xMax() - 0.4 * w;
        double x1 = left ? r.xMin() + 0.4 * w : r.xMax();
        double y0 = top ? r.yMax() - 0.3 * h : r.yMin();
        double y1 = top ? r.yMax() : r.yMin() + 0.3 * h;
        int n = 0;
        double[] xs = c.layers();
        double[] ys = c.log10();
        for (int i = 0; i < xs.length; i++) {
            n += xs[i] >= x0 && xs[i] <= x1 && ys[i] >= y0 && ys[i] <= y1 ? 1 : 0;
        }
        int perLine = Math.max(1, xs.length / 50);
        for (int k = 0; k <= 50; k++) {
            double x = r.xMin() + w * k / 50;
            n += x >= x0 && x <= x1 && 0 >= y0 && 0 <= y1 ? perLine : 0;
        }
        return n;
    }

    private static double firstFinite(double[] y, int direction) {
        int n = y.length;
        for (int k = 0; k < n; k++) {
            double v = y[direction > 0 ? k : n - 1 - k];
            if (Double.isFinite(v)) {
                return v;
            }
        }
        return 0;
    }

    private static List<PlotBand> deadBands(ChainChart c) {
        List<PlotBand> bands = new ArrayList<>();
        boolean[] dead = c.dead();
        int i = 0;
        while (i < dead.length) {
            if (!dead[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < dead.length && dead[j + 1]) {
                j++;
            }
            bands.add(new PlotBand(i + 0.5, j + 1.5, DEAD_FILL, DEAD));
            i = j + 1;
        }
        return bands;
    }

    private CrosshairFormatter readout() {
        return (x, y) -> {
            if (data == null || data.layers().length == 0) {
                return List.of();
            }
            int j = (int) Math.max(1, Math.min(data.layers().length, Math.round(x)));
            double l = data.log10()[j - 1];
            String g = data.dead()[j - 1] ? "exactly 0" : "10^" + NiceTicks.formatValue(l, 4);
            return List.of("layer " + j, "|dC/db| = " + g);
        };
    }
}
