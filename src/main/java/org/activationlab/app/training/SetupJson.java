package org.activationlab.app.training;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.nn.GradientClip;
import org.activationlab.core.train.TrainConfig;

/** The set-up fields as JSON (for sessions): texts as typed, choices by name. */
final class SetupJson {
    private SetupJson() {
    }

    static JsonObject save(SetupViewModel s) {
        JsonObject o = new JsonObject();
        DataChoice d = s.dataProperty().get();
        o.addProperty("data", d.kind().name());
        o.addProperty("folder", d.folder());
        o.addProperty("dataTitle", d.title());
        o.addProperty("model", s.modelProperty().get().name());
        o.addProperty("layers", s.layersProperty().get());
        o.addProperty("dropout", s.dropoutProperty().get());
        o.addProperty("optimizer", s.optimizerProperty().get().name());
        o.addProperty("learningRate", s.learningRateProperty().get());
        o.addProperty("momentum", s.momentumProperty().get());
        o.addProperty("batch", s.batchProperty().get());
        o.addProperty("epochs", s.epochsProperty().get());
        o.addProperty("clip", s.clipModeProperty().get().name());
        o.addProperty("clipThreshold", s.clipThresholdProperty().get());
        o.addProperty("init", s.initProperty().get().name());
        o.addProperty("seed", s.seedProperty().get());
        o.addProperty("threads", s.threadsProperty().get());
        o.addProperty("share", s.shareProperty().get());
        JsonArray acts = new JsonArray();
        for (ActivationKind k : ActivationKind.values()) {
            if (s.selectedProperty(k).get()) {
                acts.add(k.cliName());
            }
        }
        o.add("activations", acts);
        JsonObject alphas = new JsonObject();
        for (ActivationKind k : ActivationKind.values()) {
            if (k.hasParameter()) {
                alphas.addProperty(k.cliName(), s.alphaProperty(k).get());
            }
        }
        o.add("alphas", alphas);
        return o;
    }

    /** Restores what is present; unknown names are refused with a readable message. */
    static void restore(SetupViewModel s, JsonObject o) {
        try {
            if (o.has("data")) {
                DataChoice.Kind k = DataChoice.Kind.valueOf(o.get("data").getAsString());
                s.dataProperty().set(k == DataChoice.Kind.EMBEDDED ? DataChoice.EMBEDDED
                        : DataChoice.folder(o.get("folder").getAsString(), text(o, "dataTitle", "")));
            }
            if (o.has("model")) {
                s.modelProperty().set(SetupViewModel.ModelKind.valueOf(o.get("model").getAsString()));
            }
            if (o.has("optimizer")) {
                s.optimizerProperty().set(TrainConfig.OptimizerKind.valueOf(o.get("optimizer").getAsString()));
            }
            if (o.has("clip")) {
                s.clipModeProperty().set(GradientClip.Mode.valueOf(o.get("clip").getAsString()));
            }
            if (o.has("init")) {
                s.initProperty().set(SetupViewModel.InitChoice.valueOf(o.get("init").getAsString()));
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IllegalArgumentException("training set-up: unknown choice (" + e.getMessage() + ")", e);
        }
        s.layersProperty().set(text(o, "layers", s.layersProperty().get()));
        s.dropoutProperty().set(text(o, "dropout", s.dropoutProperty().get()));
        s.learningRateProperty().set(text(o, "learningRate", s.learningRateProperty().get()));
        s.momentumProperty().set(text(o, "momentum", s.momentumProperty().get()));
        s.batchProperty().set(text(o, "batch", s.batchProperty().get()));
        s.epochsProperty().set(text(o, "epochs", s.epochsProperty().get()));
        s.clipThresholdProperty().set(text(o, "clipThreshold", s.clipThresholdProperty().get()));
        s.seedProperty().set(text(o, "seed", s.seedProperty().get()));
        s.threadsProperty().set(text(o, "threads", s.threadsProperty().get()));
        s.shareProperty().set(text(o, "share", s.shareProperty().get()));
        if (o.has("activations")) {
            for (ActivationKind k : ActivationKind.values()) {
                s.selectedProperty(k).set(false);
            }
            for (JsonElement e : o.getAsJsonArray("activations")) {
                ActivationKind k = ActivationKind.byName(e.getAsString()).orElseThrow(
                        () -> new IllegalArgumentException("training set-up: unknown activation '" + e.getAsString() + "'"));
                s.selectedProperty(k).set(true);
            }
        }
        if (o.has("alphas")) {
            for (var e : o.getAsJsonObject("alphas").entrySet()) {
                ActivationKind.byName(e.getKey()).filter(ActivationKind::hasParameter)
                        .ifPresent(k -> s.alphaProperty(k).set(e.getValue().getAsString()));
            }
        }
    }

    private static String text(JsonObject o, String key, String fallback) {
        return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsString() : fallback;
    }
}
