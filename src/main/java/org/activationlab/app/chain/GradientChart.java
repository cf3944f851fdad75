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
        double first = firstFinite(c.log10(), 1);
        double last = firstFinite(c.log10(), -1);
        plot.legendPositionProperty().set(first > last ? LegendPosition.TOP_RIGHT : LegendPosition.TOP_LEFT);
        plot.getSeries().setAll(series);
        plot.getBands().setAll(deadBands(c));
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
