package org.activationlab.app.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;

/**
 * The legend box: one row per labelled series (a line sample in its colour and dash) and one per
 * distinct band label (a swatch). It wraps into columns when one column would cover too much of
 * the data.
 */
final class PlotLegend {
    private static final double ROW = 24;
    private static final double SAMPLE = 38;
    private static final double INSET = 10;
    private static final Color BACKGROUND = Color.rgb(255, 255, 255, 0.88);

    private record Entry(String label, PlotSeries series, PlotBand band) {
    }

    void draw(PlotSnapshot s, PlotFrame f, PlotGraphics g) {
        if (s.legend() == LegendPosition.HIDDEN) {
            return;
        }
        List<Entry> entries = entries(s);
        if (entries.isEmpty()) {
            return;
        }
        PlotText t = s.text();
        double row = t.px(ROW);
        int rows = Math.max(1, Math.min(entries.size(), (int) ((f.height() * 0.6 - 12) / row)));
        int cols = (entries.size() + rows - 1) / rows;
        double colW = 0;
        for (Entry e : entries) {
            colW = Math.max(colW, SAMPLE + 10 + g.textWidth(e.label(), t.legend()));
        }
        colW += 16;
        double boxW = cols * colW + 8;
        double boxH = Math.min(rows, entries.size()) * row + 12;
        LegendPosition p = s.legend();
        boolean left = p == LegendPosition.TOP_LEFT || p == LegendPosition.BOTTOM_LEFT;
        boolean top = p == LegendPosition.TOP_LEFT || p == LegendPosition.TOP_RIGHT;
        double bx = left ? f.left() + INSET : f.right() - INSET - boxW;
        double by = top ? f.top() + INSET : f.bottom() - INSET - boxH;
        g.fillRect(bx, by, boxW, boxH, BACKGROUND);
        g.strokeRect(bx, by, boxW, boxH, PlotRenderer.GRID, 1);
        for (int i = 0; i < entries.size(); i++) {
            double x = bx + 10 + (i / rows) * colW;
            double y = by + 6 + (i % rows) * row + row / 2;
            drawEntry(entries.get(i), x, y, t, g);
        }
    }

    private static void drawEntry(Entry e, double x, double y, PlotText t, PlotGraphics g) {
        if (e.series() != null) {
            PlotSeries s = e.series();
            g.polyline(new double[] {x, x + SAMPLE}, new double[] {y, y}, 2, s.color(), s.width(), s.dashes());
        } else {
            g.fillRect(x, y - 8, SAMPLE, 16, e.band().fill());
            g.strokeRect(x, y - 8, SAMPLE, 16, e.band().fill().deriveColor(0, 1, 0.7, 1 / Math.max(0.2, e.band().fill().getOpacity())), 1);
        }
        g.text(e.label(), x + SAMPLE + 10, y, t.legend(), PlotRenderer.TEXT, PlotGraphics.Align.START, 0);
    }

    private static List<Entry> entries(PlotSnapshot s) {
        List<Entry> list = new ArrayList<>();
        for (PlotSeries ser : s.series()) {
            if (!PlotRenderer.blank(ser.label())) {
                list.add(new Entry(ser.label(), ser, null));
            }
        }
        Map<String, PlotBand> bands = new LinkedHashMap<>();
        for (PlotBand b : s.bands()) {
            if (!PlotRenderer.blank(b.label())) {
                bands.putIfAbsent(b.label(), b);
            }
        }
        bands.forEach((label, b) -> list.add(new Entry(label, null, b)));
        return list;
    }
}
