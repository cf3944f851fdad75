package org.activationlab.core.activation;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes the golden file {@code reference-values.csv}: f and f' of every catalogue function on a
 * grid of x (tails to ±10000, tiny |x|, subnormals, kinks, zeros of f'), computed with
 * {@link BigMath} at 40 significant digits.
 *
 * <p>Proof of precision: every row is computed twice, at 40 and at 60 digits (each with 20 guard
 * digits); the file is written only if the two agree to {@value #AGREE_DIGITS} digits relative to
 * max(|value|, scale), and the worst disagreement is recorded in the header.
 *
 * <p>Regenerate from the project root (about 5 s; deterministic, so an unchanged generator
 * reproduces the committed file byte for byte):
 * <pre>
 *   ./mvnw -B -o -q test-compile
 *   java -cp target/classes:target/test-classes org.activationlab.core.activation.ReferenceValuesGenerator
 * </pre>
 * An optional argument names another output file.
 */
public final class ReferenceValuesGenerator {
    static final String RESOURCE = "reference-values.csv";
    static final int DIGITS = 40;
    static final int CHECK_DIGITS = 60;
    static final int AGREE_DIGITS = 36;
    static final int PRINTED_DIGITS = 25;

    private ReferenceValuesGenerator() {
    }

    /** One row of the file: function, alpha (NaN if none), x. */
    record Case(ActivationKind kind, double alpha, double x) {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0]
                : "src/test/resources/org/activationlab/core/activation/" + RESOURCE);
        BigMath lo = new BigMath(DIGITS);
        BigMath hi = new BigMath(CHECK_DIGITS);
        List<String> rows = new ArrayList<>();
        double worst = 0;
        for (Case c : cases()) {
            ReferenceFunctions.Ref a = ReferenceFunctions.eval(lo, c.kind(), c.alpha(), new BigDecimal(c.x()));
            ReferenceFunctions.Ref b = ReferenceFunctions.eval(hi, c.kind(), c.alpha(), new BigDecimal(c.x()));
            worst = Math.max(worst, disagreement(a.value(), b.value(), b.value().abs()));
            worst = Math.max(worst, disagreement(a.derivative(), b.derivative(), b.derivativeScale()));
            worst = Math.max(worst, disagreement(a.derivativeScale(), b.derivativeScale(), b.derivativeScale()));
            rows.add(c.kind().cliName() + "," + (Double.isNaN(c.alpha()) ? "" : Double.toString(c.alpha())) + ","
                    + c.x() + "," + format(a.value()) + "," + format(a.derivative()) + "," + format(a.derivativeScale()));
        }
        if (!(worst <= Math.pow(10, -AGREE_DIGITS))) {
            throw new IllegalStateException("40- and 60-digit evaluations disagree by " + worst + " (relative)");
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String line : header(worst, rows.size())) {
                w.write("# " + line + "\n");
            }
            w.write("function,alpha,x,value,derivative,derivative_scale\n");
            for (String r : rows) {
                w.write(r + "\n");
            }
        }
        System.out.println("wrote " + rows.size() + " rows to " + out + "; worst 40/60-digit disagreement " + worst);
    }

    private static List<String> header(double worst, int rows) {
        return List.of(
                "Reference values of every activation function and its derivative (" + rows + " rows).",
                "Made by src/test/java/org/activationlab/core/activation/ReferenceValuesGenerator.java",
                "with BigDecimal series/continued fractions (BigMath.java) at " + DIGITS + " significant digits,",
                "printed to " + PRINTED_DIGITS + ". Each row was also computed at " + CHECK_DIGITS
                        + " digits; worst relative disagreement: " + String.format("%.1e", worst) + ".",
                "x and alpha are exact doubles (Double.toString). derivative_scale = sum of |terms| of f'",
                "(= |f'| for a single term): near a zero of f' errors are measured relative to it.",
                "Regenerate (from the project root): ./mvnw -B -o -q test-compile && java -cp "
                        + "target/classes:target/test-classes org.activationlab.core.activation.ReferenceValuesGenerator");
    }

    private static double disagreement(BigDecimal a, BigDecimal b, BigDecimal scale) {
        BigDecimal s = scale.max(b.abs());
        if (s.signum() == 0) {
            return a.signum() == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return a.subtract(b).abs().divide(s, MathContext.DECIMAL64).doubleValue();
    }

    static String format(BigDecimal v) {
        if (v.signum() == 0) {
            return "0";
        }
        return v.round(new MathContext(PRINTED_DIGITS, RoundingMode.HALF_EVEN)).toString();
    }

    /** Every function (parameterised ones at several alphas) at every grid point. */
    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (ActivationKind k : ActivationKind.values()) {
            double[] alphas = switch (k) {
                case LEAKY_RELU -> new double[] {0.2, 0.01, 0.0, 1.0};
                case ELU -> new double[] {1.0, 0.2, 10.0};
                default -> new double[] {Double.NaN};
            };
            for (double a : alphas) {
                for (double x : grid()) {
                    // gelu-tanh's exponent 2u ~ 0.07x³ leaves BigDecimal's range beyond |x| = 1000
                    if (k != ActivationKind.GELU_TANH || Math.abs(x) <= 1000) {
                        cases.add(new Case(k, a, x));
                    }
                }
            }
        }
        return cases;
    }

    /** x values: both signs of tiny, moderate, tail and underflow-boundary magnitudes. */
    static TreeSet<Double> grid() {
        double[] magnitudes = {Double.MIN_VALUE, 1e-310, Double.MIN_NORMAL, 1e-300, 1e-100, 1e-20, 1e-15, 1e-10,
            1e-8, 1e-5, 1e-3, 0.01, 0.1, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3, 3.5, 4, 5, 5.5, 6, 7, 8, 9, 10,
            12, 15, 17.5, 20, 22, 25, 30, 35, 37, 37.5, 38, 38.5, 39, 40, 45, 50, 60, 80, 100, 150, 200, 300, 400,
            500, 600, 700, 705, 708, 709, 710, 712, 715, 720, 730, 740, 744, 745, 746, 750, 800, 1000, 2000, 10000};
        TreeSet<Double> xs = new TreeSet<>();
        xs.add(0.0);
        for (double m : magnitudes) {
            xs.add(m);
            xs.add(-m);
        }
        // near the minima of GELU, GELU-tanh, SiLU and Mish (zeros of f')
        for (double x : new double[] {-0.7518, -0.75179, -0.7528, -1.2785, -1.27846, -1.1924, -1.19, -0.9, -1.1}) {
            xs.add(x);
        }
        // a sweep with awkward binary fractions
        for (int i = -40; i <= 40; i++) {
            xs.add(i * 0.37 + 0.013);
        }
        return xs;
    }
}
