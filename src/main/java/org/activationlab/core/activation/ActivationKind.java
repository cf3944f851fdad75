package org.activationlab.core.activation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The catalogue: every activation the app knows, with its CLI name, display name and parameter.
 * Defaults live here and only here.
 */
public enum ActivationKind {
    SIGMOID("sigmoid", "Sigmoid", null),
    TANH("tanh", "Tanh", null),
    RELU("relu", "ReLU", null),
    /** Default 0.2 as in the post (0.1–0.3 are common; PyTorch's default is 0.01). */
    LEAKY_RELU("leaky-relu", "Leaky ReLU", new Parameter("alpha", 0.2, 0.0, 1.0,
            "slope for x ≤ 0; the post uses 0.2, PyTorch defaults to 0.01")),
    /** Default 1.0 as in Keras (the post plots 0.2). */
    ELU("elu", "ELU", new Parameter("alpha", 1.0, 0.0, 10.0,
            "value approached as x → −∞ is −alpha; Keras's default is 1.0, the post plots 0.2")),
    SELU("selu", "SELU", null),
    GELU("gelu", "GELU (exact)", null),
    GELU_TANH("gelu-tanh", "GELU (tanh form)", null),
    SILU("silu", "SiLU / Swish", null),
    SOFTPLUS("softplus", "Softplus", null),
    MISH("mish", "Mish", null),
    LINEAR("linear", "Linear", null);

    /** SELU's fixed alpha (Klambauer et al. 2017), as published, to full precision. */
    public static final String SELU_ALPHA_DIGITS = "1.6732632423543772848170429916717";
    /** SELU's fixed lambda (scale), as published, to full precision. */
    public static final String SELU_LAMBDA_DIGITS = "1.0507009873554804934193349852946";

    private final String cliName;
    private final String displayName;
    private final Parameter parameter;

    ActivationKind(String cliName, String displayName, Parameter parameter) {
        this.cliName = cliName;
        this.displayName = displayName;
        this.parameter = parameter;
    }

    public String cliName() {
        return cliName;
    }

    public String displayName() {
        return displayName;
    }

    public boolean hasParameter() {
        return parameter != null;
    }

    /** The parameter, if the function has one. */
    public Optional<Parameter> parameter() {
        return Optional.ofNullable(parameter);
    }

    /** The function with its default parameter. */
    public Activation create() {
        return create(parameter == null ? Double.NaN : parameter.defaultValue());
    }

    /**
     * The function with the given parameter; ignored (may be NaN) for functions without one.
     *
     * @throws IllegalArgumentException if the parameter is not a finite number in range
     */
    public Activation create(double alpha) {
        if (parameter != null) {
            parameter.check(alpha);
        }
        return switch (this) {
            case SIGMOID -> Functions.SIGMOID;
            case TANH -> Functions.TANH;
            case RELU -> Functions.RELU;
            case LEAKY_RELU -> new Functions.LeakyRelu(alpha);
            case ELU -> new Functions.Elu(alpha);
            case SELU -> Functions.SELU;
            case GELU -> GatedFunctions.GELU;
            case GELU_TANH -> GatedFunctions.GELU_TANH;
            case SILU -> GatedFunctions.SILU;
            case SOFTPLUS -> Functions.SOFTPLUS;
            case MISH -> GatedFunctions.MISH;
            case LINEAR -> Functions.LINEAR;
        };
    }

    /** Looks a function up by CLI name (case-insensitive; "swish" is accepted for silu). */
    public static Optional<ActivationKind> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (n.equals("swish")) {
            n = "silu";
        }
        for (ActivationKind k : values()) {
            if (k.cliName.equals(n)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Looks a function up by name, or throws with the list of valid names. */
    public static ActivationKind require(String name) {
        return byName(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown function '" + name + "'; valid: " + validNames()));
    }

    /** "sigmoid, tanh, relu, ..." */
    public static String validNames() {
        return Arrays.stream(values()).map(ActivationKind::cliName).collect(Collectors.joining(", "));
    }

    static String formatAlpha(double a) {
        String s = Double.toString(a);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** A function's adjustable parameter: name, default and allowed closed range. */
    public record Parameter(String name, double defaultValue, double min, double max, String description) {
        /** @throws IllegalArgumentException naming the allowed range */
        public void check(double v) {
            if (!Double.isFinite(v) || v < min || v > max) {
                throw new IllegalArgumentException(name + " must be a number in [" + formatAlpha(min) + ", "
                        + formatAlpha(max) + "], got " + v);
            }
        }
    }
}
