package org.activationlab.app.chain;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.activationlab.core.activation.Activation;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.chain.Chain;
import org.activationlab.core.chain.ChainPreset;
import org.activationlab.core.chain.Clipping;
import org.activationlab.core.chain.CostFunction;

/**
 * The chain screen's part of a session file: the whole configuration (every weight and bias, so
 * a solved preset comes back to the last digit) and the step-mode position.
 *
 * <pre>
 * {"activation": "sigmoid", "alpha": 0.2 (only for functions with a parameter), "cost": "quadratic",
 *  "input": 1.0, "target": 0.0, "learningRate": 0.5, "clipping": "none" | "value" | "norm",
 *  "threshold": 0.5, "weights": [...], "biases": [...], "step": 0, "preset": "exploding" (optional)}
 * </pre>
 * Missing keys keep the current value; a value that makes no sense is an IllegalArgumentException
 * with a message naming the key.
 */
final class ChainSession {
    private ChainSession() {
    }

    static JsonObject save(ChainViewModel vm) {
        ChainState s = vm.state();
        Chain c = s.chain();
        JsonObject o = new JsonObject();
        o.addProperty("activation", c.activation().name());
        if (c.activation().kind().hasParameter()) {
            o.addProperty("alpha", c.activation().alpha());
        }
        o.addProperty("cost", c.cost().cliName());
        o.addProperty("input", c.input());
        o.addProperty("target", c.target());
        o.addProperty("learningRate", s.learningRate());
        o.addProperty("clipping", switch (s.clipping().mode()) {
            case NONE -> "none";
            case BY_VALUE -> "value";
            case BY_NORM -> "norm";
        });
        if (!s.clipping().isNone()) {
            o.addProperty("threshold", s.clipping().threshold());
        }
        o.add("weights", array(c.weights()));
        o.add("biases", array(c.biases()));
        o.addProperty("step", vm.step());
        if (s.preset() != null) {
            o.addProperty("preset", s.preset().cliName());
        }
        return o;
    }

    private static JsonArray array(double[] v) {
        JsonArray a = new JsonArray(v.length);
        for (double x : v) {
            a.add(x);
        }
        return a;
    }

    /** Applies a saved state, all or nothing. @throws IllegalArgumentException naming the bad key */
    static void restore(ChainViewModel vm, JsonObject o) {
        Chain c = vm.chain();
        ActivationKind kind = o.has("activation") ? ActivationKind.require(string(o, "activation"))
                : c.activation().kind();
        double alpha = o.has("alpha") ? number(o, "alpha")
                : kind == c.activation().kind() ? c.activation().alpha()
                : kind.parameter().map(ActivationKind.Parameter::defaultValue).orElse(Double.NaN);
        Activation f = kind.hasParameter() ? kind.create(alpha) : kind.create();
        CostFunction cost = o.has("cost") ? CostFunction.require(string(o, "cost")) : c.cost();
        double input = o.has("input") ? number(o, "input") : c.input();
        double target = o.has("target") ? number(o, "target") : c.target();
        double eta = o.has("learningRate") ? number(o, "learningRate") : vm.learningRate();
        Clipping clip = clipping(o, vm.clipping());
        double[] w = o.has("weights") ? numbers(o, "weights") : c.weights();
        double[] b = o.has("biases") ? numbers(o, "biases") : c.biases();
        Chain restored = Chain.of(f, w, b, input, target, cost);
        ChainPreset preset = o.has("preset") ? ChainPreset.require(string(o, "preset")) : null;
        int step = o.has("step") ? (int) wholeNumber(o, "step") : 0;
        vm.restore(restored, eta, clip, preset, step);
    }

    private static Clipping clipping(JsonObject o, Clipping current) {
        if (!o.has("clipping")) {
            return current;
        }
        String m = string(o, "clipping");
        return switch (m) {
            case "none" -> Clipping.NONE;
            case "value" -> Clipping.byValue(number(o, "threshold"));
            case "norm" -> Clipping.byNorm(number(o, "threshold"));
            default -> throw new IllegalArgumentException("chain: clipping must be none, value or norm, got '" + m + "'");
        };
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new IllegalArgumentException("chain: '" + key + "' must be a text, got " + e);
        }
        return e.getAsString();
    }

    private static double number(JsonObject o, String key) {
        return toNumber(key, o.get(key));
    }

    private static double toNumber(String key, JsonElement e) {
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new IllegalArgumentException("chain: '" + key + "' must be a number, got " + e);
        }
        double v = e.getAsDouble();
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("chain: '" + key + "' must be a finite number, got " + e);
        }
        return v;
    }

    private static long wholeNumber(JsonObject o, String key) {
        double v = number(o, key);
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("chain: '" + key + "' must be a whole number, got " + o.get(key));
        }
        return (long) v;
    }

    private static double[] numbers(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonArray()) {
            throw new IllegalArgumentException("chain: '" + key + "' must be a list of numbers, got " + e);
        }
        JsonArray a = e.getAsJsonArray();
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = toNumber(key + "[" + i + "]", a.get(i));
        }
        return v;
    }
}
