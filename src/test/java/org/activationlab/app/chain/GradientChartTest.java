package org.activationlab.app.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.activationlab.app.control.LegendPosition;
import org.activationlab.app.control.PlotRange;
import org.activationlab.core.chain.ChainPreset;
import org.junit.jupiter.api.Test;

class GradientChartTest {

    /** The range a plot fits to this chart: layers 1..L, and the curve with the "= 1" line at 0, 6% margin. */
    private static PlotRange fitted(ChainChart c) {
        double lo = 0;
        double hi = 0;
        for (double v : c.log10()) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double m = 0.06 * (hi - lo);
        return new PlotRange(1, c.layers().length, lo - m, hi + m);
    }

    private static LegendPosition cornerFor(ChainPreset preset) {
        ChainChart c = ChainChart.of(preset.chain().evaluate());
        return GradientChart.legendCorner(c, fitted(c));
    }

    @Test
    void theLegendGoesWhereNeitherTheCurveNorTheLineOfOneRuns() {
        // exploding: falls from layer 1 to L, so the top right is free
        assertEquals(LegendPosition.TOP_RIGHT, cornerFor(ChainPreset.EXPLODING));
        // vanishing: every |dC/db| is below 1, so the line of 1 runs along the top, and the curve
        // rises towards layer L: the bottom right is free
        assertEquals(LegendPosition.BOTTOM_RIGHT, cornerFor(ChainPreset.VANISHING));
        // healthy: the curve and the line of 1 both run along the top, so the legend goes below
        LegendPosition healthy = cornerFor(ChainPreset.HEALTHY);
        assertEquals(true, healthy == LegendPosition.BOTTOM_LEFT || healthy == LegendPosition.BOTTOM_RIGHT,
                "healthy chain: " + healthy);
    }
}
