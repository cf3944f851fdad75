package org.activationlab.app.control;

/**
 * Polyline simplification in pixel space (Zhao and Saalfeld's sleeve-fitting, O(n)): a point is
 * dropped when the line from the last kept point can pass within {@code tol} pixels of it. A
 * smooth curve of 2,000 samples across 700 pixels shrinks to a few hundred points, a straight
 * stretch to its two ends, so stroking (and dashing) costs far less and looks the same.
 */
final class Simplify {
    private Simplify() {
    }

    /**
     * Simplifies the first {@code n} points of (x, y) in place.
     *
     * @return the number of points kept (the first and the last are always kept)
     */
    static int sleeve(double[] x, double[] y, int n, double tol) {
        if (n < 3) {
            return n;
        }
        int out = 1;
        double ax = x[0];
        double ay = y[0];
        boolean hasRef = false;
        double rx = 0;
        double ry = 0;
        double lo = 0;
        double hi = 0;
        int last = 0;
        for (int i = 1; i < n; i++) {
            double dx = x[i] - ax;
            double dy = y[i] - ay;
            double d = Math.sqrt(dx * dx + dy * dy);
            if (d <= tol) {
                last = i;
                continue;
            }
            double delta = Math.asin(tol / d);
            if (!hasRef) {
                // the first point clear of the anchor sets the reference direction
                rx = dx / d;
                ry = dy / d;
                lo = -delta;
                hi = delta;
                hasRef = true;
                last = i;
                continue;
            }
            double rel = Math.atan2(rx * dy - ry * dx, rx * dx + ry * dy);
            if (rel >= lo && rel <= hi) {
                lo = Math.max(lo, rel - delta);
                hi = Math.min(hi, rel + delta);
                last = i;
                continue;
            }
            // the point leaves the sleeve: keep the previous point and start again from it
            x[out] = x[last];
            y[out] = y[last];
            out++;
            ax = x[last];
            ay = y[last];
            hasRef = false;
            i = last;
        }
        x[out] = x[n - 1];
        y[out] = y[n - 1];
        return out + 1;
    }
}
