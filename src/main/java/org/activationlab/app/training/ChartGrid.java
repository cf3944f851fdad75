package org.activationlab.app.training;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.activationlab.app.control.AxisScale;
import org.activationlab.app.control.LegendPosition;
import org.activationlab.app.control.PlotSeries;
import org.activationlab.app.control.PlotView;

/**
 * The training screen's four live charts (loss, accuracy, per-layer gradient norms on a log axis,
 * dead and saturated units) in a 2 × 2 grid.
 *
 * <p>New curves are not drawn at once: {@link #show} only notes, per chart, what changed (a chart
 * whose data is the same as drawn is left alone), and each {@link #drawNext(int)} redraws at most
 * a given number of charts, round-robin. In the software pipeline a chart costs about 2 ms of CPU
 * to draw (0.4 ms building its canvas commands, 1.4 ms painting them): while training the screen
 * draws one per frame, where four at once made one long frame every second.
 */
final class ChartGrid extends GridPane {
    /** With more runs than this, the run list is the charts' legend. */
    static final int MAX_LEGEND_RUNS = 3;
    private final PlotView loss = plot("training-loss", "Loss", "loss", LegendPosition.TOP_RIGHT);
    private final PlotView accuracy = plot("training-accuracy", "Test accuracy", "accuracy", LegendPosition.BOTTOM_RIGHT);
    private final PlotView gradients = plot("training-gradients", "Gradient size per layer", "gradient norm (log)",
            LegendPosition.BOTTOM_RIGHT);
    private final PlotView health = plot("training-health", "Dead / saturated units", "share of units", LegendPosition.TOP_RIGHT);
    private final PlotView[] plots = {loss, accuracy, gradients, health};
    private final Pending[] pending = new Pending[plots.length];
    private int next;

    /** Curves (and a title) waiting to be drawn on one chart. */
    private record Pending(List<PlotSeries> series, String title) {
    }

    ChartGrid() {
        gradients.yScaleProperty().set(AxisScale.LOG10);
        setHgap(6);
        setVgap(6);
        setPadding(new Insets(0, 6, 6, 6));
        for (int i = 0; i < plots.length; i++) {
            add(plots[i], i % 2, i / 2);
            GridPane.setHgrow(plots[i], Priority.ALWAYS);
            GridPane.setVgrow(plots[i], Priority.ALWAYS);
            plots[i].setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        }
    }

    private static PlotView plot(String id, String title, String yLabel, LegendPosition legend) {
        PlotView p = new PlotView();
        p.legendPositionProperty().set(legend);
        p.setId(id);
        p.setTitle(title);
        p.setXLabel("epoch");
        p.setYLabel(yLabel);
        p.setMinSize(200, 150);
        p.setPrefSize(400, 300);
        return p;
    }

    PlotView loss() { return loss; }
    PlotView accuracy() { return accuracy; }
    PlotView gradients() { return gradients; }
    PlotView health() { return health; }
    List<PlotView> all() { return List.of(plots); }

    /** Notes new curves; they are drawn by the next {@link #drawNext()} calls, one chart each. */
    void show(ChartBuilder.Charts c, int runs) {
        // many runs: their colours are listed in the run list; a legend that big would hide the curves
        boolean fewRuns = runs <= MAX_LEGEND_RUNS;
        loss.legendPositionProperty().set(fewRuns ? LegendPosition.TOP_RIGHT : LegendPosition.HIDDEN);
        accuracy.legendPositionProperty().set(fewRuns ? LegendPosition.BOTTOM_RIGHT : LegendPosition.HIDDEN);
        String who = c.selectedLabel().isEmpty() ? "" : " · " + c.selectedLabel();
        note(0, c.loss(), loss.titleProperty().get());
        note(1, c.accuracy(), accuracy.titleProperty().get());
        note(2, c.gradients(), "Gradients" + who);
        note(3, c.health(), "Dead / saturated" + who);
    }

    private void note(int i, List<PlotSeries> series, String title) {
        PlotView p = plots[i];
        boolean same = title.equals(p.titleProperty().get()) && sameCurves(p.getSeries(), series);
        pending[i] = same ? null : new Pending(series, title);
    }

    /** Draws the next charts with new curves, at most {@code max}. @return how many were drawn */
    int drawNext(int max) {
        int drawn = 0;
        for (int k = 0; k < plots.length && drawn < max; k++) {
            int i = (next + k) % plots.length;
            Pending p = pending[i];
            if (p != null) {
                pending[i] = null;
                plots[i].setTitle(p.title());
                plots[i].getSeries().setAll(p.series());
                next = (i + 1) % plots.length; // round-robin: no chart waits behind the others
                drawn++;
            }
        }
        return drawn;
    }

    /** Whether every chart shows its latest curves. */
    boolean settled() {
        return Arrays.stream(pending).allMatch(Objects::isNull);
    }

    /** Same lines with the same points (the builder makes new arrays every time). */
    static boolean sameCurves(List<PlotSeries> a, List<PlotSeries> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            PlotSeries p = a.get(i);
            PlotSeries q = b.get(i);
            if (!Objects.equals(p.label(), q.label()) || !p.color().equals(q.color()) || p.width() != q.width()
                    || !Arrays.equals(p.dashes(), q.dashes()) || !Arrays.equals(p.x(), q.x()) || !Arrays.equals(p.y(), q.y())) {
                return false;
            }
        }
        return true;
    }
}
