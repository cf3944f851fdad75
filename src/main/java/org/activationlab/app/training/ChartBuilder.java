package org.activationlab.app.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;
import org.activationlab.app.control.Palette;
import org.activationlab.app.control.PlotSeries;
import org.activationlab.core.train.EpochResult;

/**
 * Turns runs into plot series: one colour per run; training solid, test dashed; per-layer
 * curves of one run coloured by layer (earlier layers darker blue to later orange).
 */
final class ChartBuilder {
    static final double WIDTH = 3.0;
    private static final Color[] LAYER_COLORS = {Color.web("#08306B"), Color.web("#2171B5"), Color.web("#6BAED6"),
        Color.web("#41AB5D"), Color.web("#E69F00"), Color.web("#D55E00"), Color.web("#CC79A7"), Color.web("#000000")};

    private ChartBuilder() {
    }

    /** All runs' curves, immutable. */
    record Charts(List<PlotSeries> loss, List<PlotSeries> accuracy, List<PlotSeries> gradients, List<PlotSeries> health,
                  String selectedLabel) {
        static final Charts EMPTY = new Charts(List.of(), List.of(), List.of(), List.of(), "");
    }

    static Charts build(List<Run> runs, Run selected) {
        List<PlotSeries> loss = new ArrayList<>();
        List<PlotSeries> acc = new ArrayList<>();
        for (Run r : runs) {
            Color c = Palette.color(r.colorIndex());
            double[][] tl = r.trainLoss().snapshot();
            List<EpochResult> ep = r.epochs();
            loss.add(PlotSeries.solid(r.label(), tl[0], tl[1], c, WIDTH));
            loss.add(PlotSeries.dashed(null, xs(ep, false), ys(ep, false, true), c, WIDTH));
            acc.add(PlotSeries.solid(r.label(), xs(ep, false), ys(ep, false, false), c, WIDTH));
            acc.add(PlotSeries.dashed(null, xs(ep, true), ys(ep, true, false), c, WIDTH));
        }
        if (!runs.isEmpty()) {
            loss.add(PlotSeries.legendOnly("dashed: test set", Color.GRAY, WIDTH, PlotSeries.dashesFor(WIDTH)));
            acc.add(PlotSeries.legendOnly("dashed: training set", Color.GRAY, WIDTH, PlotSeries.dashesFor(WIDTH)));
        }
        List<PlotSeries> grads = new ArrayList<>();
        List<PlotSeries> health = new ArrayList<>();
        if (selected != null) {
            perLayer(selected.curves(Run.Kind.GRADIENT), grads, false, "");
            perLayer(selected.curves(Run.Kind.DEAD), health, false, "");
            perLayer(selected.curves(Run.Kind.SATURATED), health, true, selected.curves(Run.Kind.DEAD).isEmpty() ? "" : null);
            if (!health.isEmpty()) {
                // keeps the y axis at 0..1 (a share) even while every unit is healthy
                health.add(new PlotSeries(null, new double[] {0, 0}, new double[] {0, 1}, Color.TRANSPARENT, 0.1, null));
                health.add(PlotSeries.legendOnly("solid: dead, dashed: saturated", Color.GRAY, WIDTH, PlotSeries.dashesFor(WIDTH)));
            }
        }
        return new Charts(List.copyOf(loss), List.copyOf(acc), List.copyOf(grads), List.copyOf(health),
                selected == null ? "" : selected.label());
    }

    private static void perLayer(Map<String, double[][]> curves, List<PlotSeries> out, boolean dashed, String prefix) {
        int i = 0;
        for (Map.Entry<String, double[][]> e : curves.entrySet()) {
            Color c = LAYER_COLORS[Math.min(i, LAYER_COLORS.length - 1)];
            double[][] xy = e.getValue();
            String label = prefix == null ? null : prefix + e.getKey();
            out.add(dashed ? PlotSeries.dashed(label, xy[0], xy[1], c, WIDTH) : PlotSeries.solid(label, xy[0], xy[1], c, WIDTH));
            i++;
        }
    }

    /** Epoch numbers (training figures start at epoch 1; test figures at 0, before training). */
    private static double[] xs(List<EpochResult> ep, boolean train) {
        return ep.stream().filter(e -> !train || e.epoch() > 0).mapToDouble(EpochResult::epoch).toArray();
    }

    private static double[] ys(List<EpochResult> ep, boolean train, boolean loss) {
        return ep.stream().filter(e -> !train || e.epoch() > 0)
                .mapToDouble(e -> train ? (loss ? e.trainLoss() : e.trainAccuracy()) : (loss ? e.testLoss() : e.testAccuracy()))
                .toArray();
    }
}
