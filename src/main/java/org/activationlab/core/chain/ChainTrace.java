package org.activationlab.core.chain;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.List;

/**
 * The product dC/db_1 = f'(z_1) · w_2 f'(z_2) · … · w_L f'(z_L) · dC/da_L built one factor at a
 * time, walking backward from the cost, for the screen's Next / Back / Play.
 *
 * <pre>
 * step 0        start with dC/da_L                        running = dC/da_L
 * step k        multiply in w_j f'(z_j), j = L − k + 1    running = dC/da_(j−1)      k = 1..L−1
 * step L        multiply in f'(z_1)                       running = dC/db_1
 * </pre>
 * So a chain of depth L has L + 1 steps (0..L); the running product of the last step is exactly
 * {@link ChainResult#dCdb1()}. Steps are made on demand (cheap at any depth). Immutable.
 */
public final class ChainTrace {
    private final ChainResult result;

    ChainTrace(ChainResult result) {
        this.result = result;
    }

    public ChainResult result() {
        return result;
    }

    /** L + 1. */
    public int stepCount() {
        return result.depth() + 1;
    }

    /** Step k in 0..L. */
    public TraceStep step(int k) {
        int depth = result.depth();
        if (k < 0 || k > depth) {
            throw new IndexOutOfBoundsException("step " + k + " is outside 0.." + depth);
        }
        if (k == 0) {
            BigMag start = result.dCdaL();
            return new TraceStep(0, depth, TraceStep.Kind.COST_DERIVATIVE, Double.NaN, Double.NaN, start, start,
                    "\\frac{\\partial C}{\\partial a_{" + depth + "}}",
                    "\\frac{\\partial C}{\\partial a_{" + depth + "}}");
        }
        if (k == depth) {
            double d1 = result.derivative(1);
            return new TraceStep(k, 1, TraceStep.Kind.FIRST_DERIVATIVE, Double.NaN, d1, BigMag.of(d1), result.dCdb1(),
                    "f'(z_{1})", "\\frac{\\partial C}{\\partial b_{1}}");
        }
        int j = depth - k + 1;
        return new TraceStep(k, j, TraceStep.Kind.LAYER_FACTOR, result.chain().weight(j), result.derivative(j),
                result.factor(j), result.dCda(j - 1),
                "w_{" + j + "}f'(z_{" + j + "})", "\\frac{\\partial C}{\\partial a_{" + (j - 1) + "}}");
    }

    /** All steps as an unmodifiable list built on demand. */
    public List<TraceStep> steps() {
        return new AbstractList<>() {
            @Override
            public TraceStep get(int index) {
                return step(index);
            }

            @Override
            public int size() {
                return stepCount();
            }
        };
    }

    /**
     * The equation after step k, for typesetting: the symbols, then the numbers substituted, then
     * the running product, e.g. {@code \frac{\partial C}{\partial a_{2}} = w_{3}f'(z_{3}) \cdot
     * \frac{\partial C}{\partial a_{4}} = (100 \times 0.09) \cdot 1 = 9.00\times10^{0}}. Long
     * products show the first and last {@code maxTerms / 2} terms around a {@code \cdots}.
     */
    public String equationLatex(int k, int maxTerms, int digits) {
        TraceStep last = step(k);
        StringBuilder sym = new StringBuilder();
        StringBuilder num = new StringBuilder();
        int terms = k + 1;
        int keep = Math.max(2, maxTerms);
        for (int t = k; t >= 0; t--) { // left to right: newest factor first, dC/da_L last
            int pos = k - t; // 0-based position from the left
            boolean elide = terms > keep && pos >= keep / 2 && pos < terms - keep / 2;
            if (elide) {
                if (pos == keep / 2) {
                    sym.append(" \\cdots");
                    num.append(" \\cdots");
                }
                continue;
            }
            TraceStep s = step(t);
            if (sym.length() > 0) {
                sym.append(" \\cdot ");
                num.append(" \\cdot ");
            }
            sym.append(s.termLatex());
            num.append(numberLatex(s, digits));
        }
        return last.runningLatex() + " = " + sym + " = " + num + " = " + latex(last.running(), digits);
    }

    private static String numberLatex(TraceStep s, int digits) {
        return switch (s.kind()) {
            case COST_DERIVATIVE -> latex(s.factor(), digits);
            case FIRST_DERIVATIVE -> latex(BigMag.of(s.derivative()), digits);
            case LAYER_FACTOR -> "(" + latex(BigMag.of(s.weight()), digits) + " \\times "
                    + latex(BigMag.of(s.derivative()), digits) + ")";
        };
    }

    /**
     * A number for LaTeX: {@code 3.44\times10^{2}}, {@code -1.23\times10^{-2410}}, {@code 0}; values
     * between 0.001 and 10^6 in plain decimals with {@code digits} significant digits.
     */
    public static String latex(BigMag v, int digits) {
        if (v.isZero()) {
            return "0";
        }
        String s = v.toScientific(digits);
        int ePos = s.indexOf('e');
        String mant = s.substring(0, ePos);
        long exp = Long.parseLong(s.substring(ePos + 1));
        if (exp >= -3 && exp < 6) {
            return new BigDecimal(s).stripTrailingZeros().toPlainString();
        }
        return mant + "\\times10^{" + exp + "}";
    }
}
