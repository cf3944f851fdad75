package org.activationlab.app.explorer;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import org.activationlab.app.control.CrosshairFormatter;
import org.activationlab.app.control.NiceTicks;
import org.activationlab.app.control.Palette;
import org.activationlab.app.control.PlotBand;
import org.activationlab.app.control.PlotSeries;
import org.activationlab.app.control.PlotView;

/**
 * Turns the ViewModel's data snapshot into what the {@link PlotView} draws: f solid and f′
 * dashed in the function's colour, shaded saturated and dead regions, and a crosshair read-out
 * of x, f(x), f′(x). Keeps the plot's zoomed x range and the sampling range in step.
 */
final class PlotBinder {
    static final double F_WIDTH = 3.5;
    static final double DF_WIDTH = 3.0;
    static final Color SATURATED = Color.web("#E69F00", 0.24);
    static final Color DEAD = Color.web("#57606a", 0.26);
    static final String SATURATED_LABEL = "saturated: |f′| < " + ExplorerViewModel.SATURATION;
    static final String DEAD_LABEL = "dead: f′ = 0";

    private final ExplorerViewModel vm;
    private final PlotView plot;

    PlotBinder(ExplorerViewModel vm, PlotView plot) {
        this.vm = vm;
        this.plot = plot;
        plot.setXLabel("x");
        plot.crosshairFormatterProperty().set(readout());
        vm.plotProperty().addListener(o -> update());
        vm.showSaturationProperty().addListener(o -> update());
        vm.showDeadProperty().addListener(o -> update());
        plot.crosshairXProperty().addListener((o, was, x) -> {
            if (Double.isFinite(x.doubleValue())) {
                vm.checkXProperty().set(x.doubleValue());
            }
        });
        plot.viewRangeProperty().addListener((o, was, r) -> {
            if (r == null) {
                vm.resetXRange();
            } else {
                vm.setXRange(r.xMin(), r.xMax());
            }
        });
        update();
    }

    /** Rebuilds series and bands from the current snapshot (one list change each). */
    void update() {
        ExplorerPlot p = vm.getPlot();
        boolean df = vm.showDerivativeProperty().get();
        List<PlotSeries> series = new ArrayList<>();
        for (ExplorerPlot.Curve c : p.curves()) {
            Color col = Palette.color(c.colorIndex());
            if (df) {
                series.add(PlotSeries.dashed(null, p.x(), c.df(), col, DF_WIDTH));
            }
            series.add(PlotSeries.solid(c.label(), p.x(), c.f(), col, F_WIDTH));
        }
        List<PlotBand> bands = new ArrayList<>();
        if (vm.showSaturationProperty().get()) {
            p.saturated().forEach(i -> bands.add(new PlotBand(i.from(), i.to(), SATURATED, SATURATED_LABEL)));
        }
        if (vm.showDeadProperty().get()) {
            p.dead().forEach(i -> bands.add(new PlotBand(i.from(), i.to(), DEAD, DEAD_LABEL)));
        }
        plot.setTitle(title(p));
        plot.setYLabel(df ? "f(x) solid,  f′(x) dashed" : "f(x)");
        plot.getSeries().setAll(series);
        plot.getBands().setAll(bands);
    }

    private static String title(ExplorerPlot p) {
        String t = p.selected().label();
        if (p.curves().size() > 1) {
            t += " compared with " + (p.curves().size() - 1) + (p.curves().size() == 2 ? " other" : " others");
        }
        return t;
    }

    private CrosshairFormatter readout() {
        return (x, y) -> {
            List<String> lines = new ArrayList<>();
            lines.add("x = " + NiceTicks.formatValue(x, 4));
            ExplorerPlot p = vm.getPlot();
            for (ExplorerPlot.Curve c : p.curves()) {
                lines.add(c.label() + ":  f = " + NiceTicks.formatValue(c.function().value(x), 4)
                        + ",  f′ = " + NiceTicks.formatValue(c.function().derivative(x), 4));
            }
            return lines;
        };
    }
}
