package org.activationlab.core.approx;

import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;
import net.objecthunter.exp4j.ValidationResult;

/**
 * A real function of one variable x to approximate: a {@link Preset} or a typed expression.
 *
 * <p>Expressions are parsed with exp4j (functions such as sin, cos, exp, log, sqrt, abs, pow;
 * constants pi, π, e; the only variable is {@code x}). Parsing refuses, with a reason, text that
 * does not parse, names an unknown variable or function, or is incomplete ({@code x^}).
 * Whether the expression is finite is a property of an interval, checked by {@link Target#of}.
 *
 * <p>Threads: exp4j's {@code Expression} is mutable (setting x writes into it) and not
 * thread-safe. This class never exposes it: {@link #value} evaluates under a lock on a private
 * copy, and {@link #values} works on a fresh copy per call, so instances are safe to share. Prefer
 * {@code values} for many points. A division by exactly zero (exp4j throws for it) counts as a
 * non-finite value, NaN.
 */
public final class TargetFunction {
    private final String name;
    private final String formula;
    private final Interval defaultInterval;
    private final Preset preset;
    private final DoubleUnaryOperator java;
    private final Expression prototype;
    private final Expression working;

    private TargetFunction(String name, String formula, Interval defaultInterval, Preset preset,
            DoubleUnaryOperator java, Expression prototype) {
        this.name = name;
        this.formula = formula;
        this.defaultInterval = defaultInterval;
        this.preset = preset;
        this.java = java;
        this.prototype = prototype;
        this.working = prototype == null ? null : new Expression(prototype);
    }

    static TargetFunction ofPreset(Preset preset, DoubleUnaryOperator f) {
        return new TargetFunction(preset.cliName(), preset.formula(), preset.interval(), preset, f, null);
    }

    /** The interval used for a typed expression when none is given. */
    public static Interval defaultExpressionInterval() {
        return new Interval(-1, 1);
    }

    /**
     * Parses an expression in x.
     *
     * @throws IllegalArgumentException naming what is wrong (empty, unknown name, syntax)
     */
    public static TargetFunction parse(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("the function is empty; type an expression in x such as sin(3*x)");
        }
        String text = expression.trim();
        Expression e;
        try {
            e = new ExpressionBuilder(text).variable("x").build();
        } catch (net.objecthunter.exp4j.tokenizer.UnknownFunctionOrVariableException ex) {
            throw new IllegalArgumentException("'" + text + "' uses unknown name '" + ex.getToken()
                    + "' (the only variable is x; functions are e.g. sin, cos, exp, log, sqrt, abs)", ex);
        } catch (RuntimeException ex) {
            // exp4j reports syntax errors as IllegalArgumentException, some as EmptyStackException
            throw new IllegalArgumentException("'" + text + "' does not parse: " + describe(ex), ex);
        }
        ValidationResult v = e.validate(false);
        if (!v.isValid()) {
            throw new IllegalArgumentException("'" + text + "' is incomplete: " + String.join("; ", v.getErrors()));
        }
        return new TargetFunction(text, text, defaultExpressionInterval(), null, null, e);
    }

    /** A preset by its CLI name, otherwise the text parsed as an expression. */
    public static TargetFunction presetOrExpression(String text) {
        Optional<Preset> p = Preset.byName(text);
        return p.isPresent() ? p.get().function() : parse(text);
    }

    private static String describe(RuntimeException ex) {
        if (ex instanceof java.util.EmptyStackException) {
            return "unbalanced parentheses";
        }
        String m = ex.getMessage();
        return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m;
    }

    /** The preset's name, or the expression text. */
    public String name() {
        return name;
    }

    /** The formula in expression syntax. */
    public String formula() {
        return formula;
    }

    /** The preset's own interval, or [−1, 1] for a typed expression. */
    public Interval defaultInterval() {
        return defaultInterval;
    }

    /** The preset this function is, if any. */
    public Optional<Preset> preset() {
        return Optional.ofNullable(preset);
    }

    /** f(x); NaN where the expression divides by zero. Thread-safe. */
    public double value(double x) {
        if (java != null) {
            return java.applyAsDouble(x);
        }
        synchronized (working) {
            return evaluate(working, x);
        }
    }

    /** out[i] = f(xs[i]) for every i. Thread-safe; one parser copy per call. */
    public void values(double[] xs, double[] out) {
        if (out.length < xs.length) {
            throw new IllegalArgumentException("out has length " + out.length + ", needs " + xs.length);
        }
        if (java != null) {
            for (int i = 0; i < xs.length; i++) {
                out[i] = java.applyAsDouble(xs[i]);
            }
            return;
        }
        Expression copy = new Expression(prototype);
        for (int i = 0; i < xs.length; i++) {
            out[i] = evaluate(copy, xs[i]);
        }
    }

    private static double evaluate(Expression e, double x) {
        try {
            return e.setVariable("x", x).evaluate();
        } catch (ArithmeticException divisionByZero) {
            return Double.NaN;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TargetFunction t && t.formula.equals(formula) && Objects.equals(t.preset, preset);
    }

    @Override
    public int hashCode() {
        return formula.hashCode();
    }

    @Override
    public String toString() {
        return preset != null ? preset.cliName() + " (" + formula + ")" : formula;
    }
}
