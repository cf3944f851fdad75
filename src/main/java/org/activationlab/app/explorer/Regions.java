package org.activationlab.app.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoublePredicate;

/**
 * Finds the x-intervals where sampled derivative values meet a condition (|f′| tiny, f′ = 0).
 * Edges lie halfway between the last sample inside and the first outside; a region touching
 * the end of the samples is open (±∞), since it goes on beyond them.
 */
final class Regions {
    private Regions() {
    }

    static List<ExplorerPlot.Interval> where(double[] x, double[] df, DoublePredicate inside) {
        List<ExplorerPlot.Interval> out = new ArrayList<>();
        int n = x.length;
        int start = -1;
        for (int i = 0; i <= n; i++) {
            boolean in = i < n && inside.test(df[i]);
            if (in && start < 0) {
                start = i;
            } else if (!in && start >= 0) {
                double from = start == 0 ? Double.NEGATIVE_INFINITY : 0.5 * (x[start - 1] + x[start]);
                double to = i == n ? Double.POSITIVE_INFINITY : 0.5 * (x[i - 1] + x[i]);
                out.add(new ExplorerPlot.Interval(from, to));
                start = -1;
            }
        }
        return List.copyOf(out);
    }
}
