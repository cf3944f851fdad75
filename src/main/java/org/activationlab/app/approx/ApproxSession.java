package org.activationlab.app.approx;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.activationlab.app.approx.ApproxViewModel.Method;
import org.activationlab.core.approx.Hinge;
import org.activationlab.core.approx.Interval;
import org.activationlab.core.approx.Preset;
import org.activationlab.core.approx.Target;
import org.activationlab.core.approx.TargetFunction;

/**
 * The approximation screen's part of a session file (key {@code "approx"}): target (a preset's
 * name, or an expression and its interval), N, method, hinges edited by hand and the training
 * settings. Restoring checks every value before changing anything, so a bad file leaves the screen
 * as it was.
 */
final class ApproxSession {
    private ApproxSession() {
    }

    static JsonObject save(ApproxViewModel vm) {
        JsonObject o = new JsonObject();
        Target t = vm.targetProperty().get();
        if (vm.presetProperty().get() != null) {
            o.addProperty("preset", vm.presetProperty().get().cliName());
        } else {
            o.addProperty("expression", t.function().formula());
        }
        JsonArray iv = new JsonArray();
        iv.add(t.interval().a());
        iv.add(t.interval().b());
        o.add("interval", iv);
        o.addProperty("width", vm.width());
        o.addProperty("method", vm.methodProperty().get().name().toLowerCase(Locale.ROOT));
        JsonArray edits = new JsonArray();
        vm.edits().forEach((i, h) -> {
            JsonObject e = new JsonObject();
            e.addProperty("unit", i);
            e.addProperty("w", h.w());
            e.addProperty("b", h.b());
            e.addProperty("v", h.v());
            edits.add(e);
        });
        o.add("edits", edits);
        ApproxTraining tr = vm.training();
        o.addProperty("learningRate", tr.learningRateProperty().get());
        o.addProperty("seed", tr.seedProperty().get());
        o.addProperty("steps", tr.stepsProperty().get());
        o.addProperty("fast", tr.fastProperty().get());
        return o;
    }

    /** @throws IllegalArgumentException naming the first value that makes no sense */
    static void restore(ApproxViewModel vm, JsonObject o) {
        Preset preset = o.has("preset") ? Preset.byName(string(o, "preset")).orElseThrow(() ->
                new IllegalArgumentException("approx: unknown preset '" + string(o, "preset") + "' (known: "
                        + Preset.names() + ")")) : null;
        String expression = o.has("expression") ? string(o, "expression") : null;
        Interval interval = o.has("interval") ? interval(o.get("interval")) : null;
        Target typed = null;
        if (preset == null && expression != null) {
            try {
                TargetFunction f = TargetFunction.parse(expression);
                typed = Target.of(f, interval != null ? interval : f.defaultInterval());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("approx: " + e.getMessage(), e);
            }
        }
        int width = o.has("width") ? integer(o, "width", ApproxViewModel.MIN_WIDTH, ApproxViewModel.MAX_WIDTH) : vm.width();
        Method method = o.has("method") ? method(string(o, "method")) : vm.methodProperty().get();
        double lr = o.has("learningRate") ? number(o, "learningRate") : vm.training().learningRateProperty().get();
        if (!(lr > 0) || lr > 1) {
            throw new IllegalArgumentException("approx: learning rate must be in (0, 1], got " + lr);
        }
        long seed = o.has("seed") ? seed(o) : vm.training().seedProperty().get();
        int steps = o.has("steps") ? integer(o, "steps", 1, ApproxTraining.MAX_STEPS) : vm.training().stepsProperty().get();
        Map<Integer, Hinge> edits = o.has("edits") ? edits(o.get("edits"), width) : Map.of();

        vm.methodProperty().set(Method.CONSTRUCTIVE);
        if (preset != null) {
            vm.choosePreset(preset);
        } else if (typed != null) {
            vm.expressionTextProperty().set(expression);
            vm.intervalTextProperty().set(ApproxViewModel.formatInterval(typed.interval()));
            vm.applyTypedTarget();
        }
        vm.setWidth(width);
        vm.clearEdits();
        edits.forEach(vm::editHinge);
        ApproxTraining tr = vm.training();
        tr.setLearningRate(lr);
        tr.setSeed(seed);
        tr.setSteps(steps);
        if (o.has("fast")) {
            tr.fastProperty().set(o.get("fast").getAsBoolean());
        }
        vm.methodProperty().set(method);
    }

    private static Method method(String s) {
        for (Method m : Method.values()) {
            if (m.name().equalsIgnoreCase(s)) {
                return m;
            }
        }
        throw new IllegalArgumentException("approx: method must be 'constructive' or 'trained', got '" + s + "'");
    }

    private static Interval interval(JsonElement e) {
        if (!e.isJsonArray() || e.getAsJsonArray().size() != 2) {
            throw new IllegalArgumentException("approx: interval must be a pair [a, b], got " + e);
        }
        try {
            return new Interval(e.getAsJsonArray().get(0).getAsDouble(), e.getAsJsonArray().get(1).getAsDouble());
        } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException ex) {
            throw new IllegalArgumentException("approx: " + ex.getMessage(), ex);
        }
    }

    private static Map<Integer, Hinge> edits(JsonElement e, int width) {
        if (!e.isJsonArray()) {
            throw new IllegalArgumentException("approx: edits must be a list, got " + e);
        }
        Map<Integer, Hinge> map = new TreeMap<>();
        for (JsonElement item : e.getAsJsonArray()) {
            if (!item.isJsonObject()) {
                throw new IllegalArgumentException("approx: each edit must be an object {unit, w, b, v}, got " + item);
            }
            JsonObject h = item.getAsJsonObject();
            int unit = integer(h, "unit", 0, width - 1);
            try {
                map.put(unit, new Hinge(number(h, "w"), number(h, "b"), number(h, "v")));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("approx: edited hinge " + unit + ": " + ex.getMessage(), ex);
            }
        }
        return map;
    }

    private static long seed(JsonObject o) {
        double d = number(o, "seed");
        if (d != Math.rint(d)) {
            throw new IllegalArgumentException("approx: 'seed' must be a whole number, got " + o.get("seed"));
        }
        return o.get("seed").getAsLong();
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonPrimitive()) {
            throw new IllegalArgumentException("approx: '" + key + "' must be text, got " + e);
        }
        return e.getAsString();
    }

    private static double number(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new IllegalArgumentException("approx: '" + key + "' must be a number, got " + e);
        }
        return e.getAsDouble();
    }

    private static int integer(JsonObject o, String key, int min, int max) {
        double d = number(o, key);
        if (d != Math.rint(d) || d < min || d > max) {
            throw new IllegalArgumentException("approx: '" + key + "' must be a whole number in " + min + ".." + max
                    + ", got " + o.get(key));
        }
        return (int) d;
    }
}
