package org.activationlab.core.approx;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Collectors;
import org.activationlab.core.activation.Activation;
import org.activationlab.core.activation.ActivationKind;

/**
 * The ready-made targets, each with its own interval and a formula in the expression syntax (so a
 * screen can show it in its text field and a user can edit it from there).
 *
 * <p>The smooth step is the logistic sigmoid σ(10x) on [−1, 1]: it rises from about 0 to about 1
 * around x = 0 like a step, but is smooth, so the constructive error still falls as 1/N² once the
 * knots resolve the rise (|f″| peaks near 9.6, so it needs more knots than sin). It reuses the
 * sigmoid from the activation catalogue, the same code the rest of the app plots.
 *
 * <p>The presets are evaluated in plain Java (not through the expression parser): immutable and
 * thread-safe.
 */
public enum Preset {
    SIN("sin", "sine", "sin(x)", -Math.PI, Math.PI, Math::sin),
    ABS("abs", "absolute value", "abs(x)", -1, 1, Math::abs),
    SQUARE("square", "square", "x^2", -1, 1, x -> x * x),
    STEP("step", "smooth step σ(10x)", "1/(1+exp(-10*x))", -1, 1, Preset::smoothStep),
    NIELSEN("nielsen", "Nielsen's wiggly function", "0.2+0.4*x^2+0.3*x*sin(15*x)+0.05*cos(50*x)", 0, 1,
            x -> 0.2 + 0.4 * x * x + 0.3 * x * Math.sin(15 * x) + 0.05 * Math.cos(50 * x));

    private static final Activation SIGMOID = ActivationKind.SIGMOID.create();

    private final String cliName;
    private final String displayName;
    private final String formula;
    private final double a;
    private final double b;
    private final DoubleUnaryOperator function;

    Preset(String cliName, String displayName, String formula, double a, double b, DoubleUnaryOperator function) {
        this.cliName = cliName;
        this.displayName = displayName;
        this.formula = formula;
        this.a = a;
        this.b = b;
        this.function = function;
    }

    /** The name used on the command line, e.g. {@code sin}. */
    public String cliName() {
        return cliName;
    }

    /** A short name for people, e.g. {@code smooth step σ(10x)}. */
    public String displayName() {
        return displayName;
    }

    /** The formula in the expression syntax, e.g. {@code x^2}. */
    public String formula() {
        return formula;
    }

    /** The interval the preset is meant for. */
    public Interval interval() {
        return new Interval(a, b);
    }

    /** The preset as a target function (evaluated in Java, thread-safe). */
    public TargetFunction function() {
        return TargetFunction.ofPreset(this, function);
    }

    /** The preset with this CLI name (case-insensitive). */
    public static Optional<Preset> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.cliName.equals(n)).findFirst();
    }

    /** The CLI names, comma separated, for help and error messages. */
    public static String names() {
        return Arrays.stream(values()).map(Preset::cliName).collect(Collectors.joining(", "));
    }

    private static double smoothStep(double x) {
        return SIGMOID.value(10 * x);
    }
}
