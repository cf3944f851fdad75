package org.activationlab.app.explorer;

import org.activationlab.app.control.PlotExport;

/** The explorer's data as CSV: x, then f and f′ per shown function; numbers in round-trip form. */
final class ExplorerCsv {
    private ExplorerCsv() {
    }

    static String format(ExplorerPlot p) {
        StringBuilder sb = new StringBuilder(64 * p.x().length);
        sb.append('x');
        for (ExplorerPlot.Curve c : p.curves()) {
            String name = c.function().name() + (c.function().kind().hasParameter()
                    ? "(alpha=" + AlphaInput.format(c.function().alpha()) + ")" : "");
            sb.append(',').append(PlotExport.quote("f " + name)).append(',').append(PlotExport.quote("df " + name));
        }
        sb.append('\n');
        for (int i = 0; i < p.x().length; i++) {
            sb.append(p.x()[i]);
            for (ExplorerPlot.Curve c : p.curves()) {
                sb.append(',').append(c.f()[i]).append(',').append(c.df()[i]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
