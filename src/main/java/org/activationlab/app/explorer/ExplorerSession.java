package org.activationlab.app.explorer;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.activationlab.core.activation.ActivationKind;

/**
 * The explorer's part of a session: selected function and alpha, compared functions, what is
 * shown, the sampled x range and the derivative-check point. Restoring validates everything
 * before it changes anything, so a bad state leaves the explorer as it was.
 */
final class ExplorerSession {
    private ExplorerSession() {
    }

    static JsonObject save(ExplorerViewModel vm) {
        JsonObject o = new JsonObject();
        o.addProperty("function", vm.selectedProperty().get().cliName());
        if (vm.hasAlphaProperty().get()) {
            o.addProperty("alpha", vm.getAlpha());
        }
        JsonArray compared = new JsonArray();
        for (ActivationKind k : ActivationKind.values()) {
            if (vm.comparedProperty(k).get()) {
                compared.add(k.cliName());
            }
        }
        o.add("compared", compared);
        o.addProperty("showDerivative", vm.showDerivativeProperty().get());
        o.addProperty("showSaturation", vm.showSaturationProperty().get());
        o.addProperty("showDead", vm.showDeadProperty().get());
        o.addProperty("xMin", vm.xMinProperty().get());
        o.addProperty("xMax", vm.xMaxProperty().get());
        o.addProperty("checkX", vm.checkXProperty().get());
        return o;
    }

    static void restore(ExplorerViewModel vm, JsonObject o) {
        ActivationKind kind = o.has("function") ? ActivationKind.require(string(o, "function")) : vm.selectedProperty().get();
        Double alpha = null;
        if (o.has("alpha") && kind.hasParameter()) {
            alpha = number(o, "alpha");
            kind.parameter().orElseThrow().check(alpha);
        }
        java.util.List<ActivationKind> compared = new java.util.ArrayList<>();
        if (o.has("compared")) {
            if (!o.get("compared").isJsonArray()) {
                throw new IllegalArgumentException("explorer: \"compared\" must be a list of function names");
            }
            for (JsonElement e : o.getAsJsonArray("compared")) {
                compared.add(ActivationKind.require(e.getAsString()));
            }
        }
        double xMin = o.has("xMin") ? number(o, "xMin") : ExplorerViewModel.DEFAULT_X_MIN;
        double xMax = o.has("xMax") ? number(o, "xMax") : ExplorerViewModel.DEFAULT_X_MAX;
        if (!(xMin < xMax) || !Double.isFinite(xMax - xMin)) {
            throw new IllegalArgumentException("explorer: the x range must satisfy xMin < xMax, got " + xMin + " .. " + xMax);
        }
        double checkX = o.has("checkX") ? number(o, "checkX") : vm.checkXProperty().get();
        // everything is valid: apply
        vm.select(kind);
        if (alpha != null) {
            vm.setAlpha(alpha);
        }
        for (ActivationKind k : ActivationKind.values()) {
            vm.comparedProperty(k).set(compared.contains(k));
        }
        vm.showDerivativeProperty().set(!o.has("showDerivative") || o.get("showDerivative").getAsBoolean());
        vm.showSaturationProperty().set(!o.has("showSaturation") || o.get("showSaturation").getAsBoolean());
        vm.showDeadProperty().set(!o.has("showDead") || o.get("showDead").getAsBoolean());
        vm.setXRange(xMin, xMax);
        vm.checkXProperty().set(checkX);
    }

    private static String string(JsonObject o, String key) {
        try {
            return o.get(key).getAsString();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("explorer: \"" + key + "\" must be text");
        }
    }

    private static double number(JsonObject o, String key) {
        double v;
        try {
            v = o.get(key).getAsDouble();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("explorer: \"" + key + "\" must be a number");
        }
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("explorer: \"" + key + "\" must be a finite number, got " + v);
        }
        return v;
    }
}
