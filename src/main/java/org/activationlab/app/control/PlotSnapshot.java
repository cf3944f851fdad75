package org.activationlab.app.control;

import java.util.List;

/**
 * Everything one frame of a plot is drawn from, taken from the control's properties at draw
 * time. Both the canvas and the SVG export draw a snapshot, so they cannot disagree.
 */
record PlotSnapshot(String title, String xLabel, String yLabel, List<PlotSeries> series, List<PlotBand> bands,
                    AxisScale xScale, AxisScale yScale, PlotRange range, LegendPosition legend, double textScale) {
    /** The fonts and text spaces of this frame. */
    PlotText text() {
        return PlotText.of(textScale);
    }
}
