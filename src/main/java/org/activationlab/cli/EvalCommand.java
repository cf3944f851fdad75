package org.activationlab.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntToDoubleFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.activationlab.core.activation.Activation;
import org.activationlab.core.activation.ActivationKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code activation-lab eval FUNCTION [--alpha A] (--x X1,X2,... | --range FROM:TO:COUNT)}: the
 * catalogue's value and derivative as CSV ({@code function,alpha,x,value,derivative}), every number
 * in shortest round-trip form ({@link Double#toString}), so scripts and other tools can check or
 * plot exactly what the app computes.
 *
 * <p>Input rules: x values are decimal numbers or {@code inf}/{@code -inf} (also {@code infinity});
 * NaN is refused, and so is a literal too large for a double (write {@code inf} instead). Range
 * bounds must be finite, FROM ≤ TO, 1 ≤ COUNT ≤ 10,000,000; COUNT = 1 yields FROM alone, otherwise
 * the points are evenly spaced and include both ends. {@code --alpha} is refused for a function
 * without a parameter. Every bad input ends with one line on stderr and exit status 2.
 */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        versionProvider = ActivationLabCommand.VersionProvider.class,
        description = {"Print f(x) and f'(x) of one activation function as CSV (header function,alpha,x,value,derivative).",
                "Numbers are printed in shortest round-trip form; x may be inf or -inf, never NaN."})
public final class EvalCommand implements Callable<Integer> {

    /** Largest COUNT accepted by {@code --range}. */
    static final int MAX_COUNT = 10_000_000;

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FUNCTION",
            description = "Function name, as listed by 'activation-lab functions'.")
    String function;

    @Option(names = "--alpha", paramLabel = "A",
            description = "The function's parameter (leaky-relu, elu only); default: the catalogue's.")
    String alpha;

    @Option(names = "--x", paramLabel = "X1,X2,...", description = "Comma-separated x values (inf, -inf allowed).")
    String xs;

    @Option(names = "--range", paramLabel = "FROM:TO:COUNT",
            description = "COUNT evenly spaced x values from FROM to TO inclusive (1..10000000).")
    String range;

    @Override
    public Integer call() {
        Activation f = activation();
        Points x = points();
        PrintWriter out = spec.commandLine().getOut();
        write(f, x, out);
        return 0;
    }

    /** The x values, generated on demand (a 10-million-point range needs no 80 MB array). */
    record Points(int count, IntToDoubleFunction at) {
        double[] toArray() {
            double[] x = new double[count];
            for (int i = 0; i < count; i++) {
                x[i] = at.applyAsDouble(i);
            }
            return x;
        }
    }

    private Activation activation() {
        if (function == null) {
            throw new IllegalArgumentException("missing FUNCTION; valid: " + ActivationKind.validNames());
        }
        ActivationKind kind = ActivationKind.require(function);
        if (alpha == null) {
            return kind.create();
        }
        ActivationKind.Parameter p = kind.parameter().orElseThrow(() -> new IllegalArgumentException(
                kind.cliName() + " has no parameter, so --alpha is not allowed; functions with one: "
                        + withParameter()));
        double a = parseNumber(alpha, "--alpha");
        if (!Double.isFinite(a) || a < p.min() || a > p.max()) {
            throw new IllegalArgumentException("--alpha " + alpha + " is out of range for " + kind.cliName()
                    + "; valid: a number in [" + p.min() + ", " + p.max() + "]");
        }
        return kind.create(a);
    }

    private Points points() {
        if ((xs == null) == (range == null)) {
            throw new IllegalArgumentException("give exactly one of --x X1,X2,... or --range FROM:TO:COUNT"
                    + (xs == null ? "" : " (both were given)"));
        }
        if (xs != null) {
            String[] parts = xs.split(",", -1);
            double[] x = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                x[i] = parseNumber(parts[i], "--x");
            }
            return new Points(x.length, i -> x[i]);
        }
        return parseRange(range);
    }

    /** FROM:TO:COUNT → the points, or an exception naming what is wrong. */
    static Points parseRange(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("bad --range '" + text + "'; expected FROM:TO:COUNT, e.g. -5:5:101");
        }
        double from = parseNumber(parts[0], "--range FROM");
        double to = parseNumber(parts[1], "--range TO");
        if (!Double.isFinite(from) || !Double.isFinite(to)) {
            throw new IllegalArgumentException("bad --range '" + text + "'; FROM and TO must be finite numbers");
        }
        if (from > to) {
            throw new IllegalArgumentException("bad --range '" + text + "'; FROM must not exceed TO");
        }
        int count;
        try {
            count = Integer.parseInt(parts[2].trim());
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("bad --range COUNT '" + parts[2] + "'; valid: a whole number from 1 to "
                    + MAX_COUNT);
        }
        return linspace(from, to, count);
    }

    /**
     * count points from..to inclusive, exact ends, x_i = from + (to − from)·i/n (so 0:1:11 hits
     * 0.3, not 0.30000000000000004); no overflow even for from = −MAX, to = MAX.
     */
    static Points linspace(double from, double to, int count) {
        int n = count - 1;
        double span = to - from;
        boolean direct = Double.isFinite(span * n);
        double step = n == 0 ? 0 : to / n - from / n;
        return new Points(count, i -> i == 0 ? from : i == n ? to : direct ? from + span * i / n : from + step * i);
    }

    /**
     * A decimal number, or inf/-inf/infinity (any case, optional sign). Refuses NaN, hex, type
     * suffixes (Java's "1d") and finite literals that overflow a double.
     */
    static double parseNumber(String raw, String what) {
        String s = raw.trim();
        String lower = s.toLowerCase(Locale.ROOT);
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            throw new IllegalArgumentException(what + ": NaN is not allowed; valid: a decimal number, inf or -inf");
        }
        if (!DECIMAL.matcher(s).matches()) {
            throw new IllegalArgumentException(what + ": '" + raw + "' is not a number; valid: a decimal number "
                    + "such as -2.5 or 1e-3, inf or -inf");
        }
        double v = Double.parseDouble(s);
        if (Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + ": '" + raw + "' is too large for a double; write inf or -inf "
                    + "for infinity, or a number of magnitude at most " + Double.MAX_VALUE);
        }
        return v;
    }

    private static void write(Activation f, Points x, PrintWriter out) {
        String prefix = f.name() + "," + (f.kind().hasParameter() ? Double.toString(f.alpha()) : "") + ",";
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("function,alpha,x,value,derivative\n");
        for (int i = 0; i < x.count(); i++) {
            double xi = x.at().applyAsDouble(i);
            sb.append(prefix).append(xi).append(',').append(f.value(xi)).append(',')
                    .append(f.derivative(xi)).append('\n');
            if (sb.length() > 60_000) {
                out.print(sb);
                sb.setLength(0);
            }
        }
        out.print(sb);
        out.flush();
    }

    private static String withParameter() {
        return Arrays.stream(ActivationKind.values()).filter(ActivationKind::hasParameter)
                .map(ActivationKind::cliName).collect(Collectors.joining(", "));
    }
}
