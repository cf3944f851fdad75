package org.activationlab.app.training;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.settings.AtomicFiles;
import org.activationlab.core.train.EpochResult;

/**
 * Saves and loads run results. JSON, versioned:
 * <pre>
 * { "format": "activation-lab-runs", "version": 1,
 *   "runs": [ { "label", "activation", "alpha", "setup", "status", "message",
 *               "epochs": [ {epoch, trainLoss, trainAccuracy, testLoss, testAccuracy, seconds, samplesPerSecond} ],
 *               "trainLoss": {"x": [...], "y": [...]},
 *               "gradients" | "dead" | "saturated": { layer: {"x": [...], "y": [...]} } } ] }
 * </pre>
 * Epoch 0 holds the test figures before training. NaN is written as null. Also writes the
 * per-epoch table as CSV. Files are written atomically.
 */
public final class RunFiles {
    static final String FORMAT = "activation-lab-runs";
    static final int VERSION = 1;
    static final String CSV_HEADER = "run,activation,epoch,train_loss,train_accuracy,test_loss,test_accuracy,epoch_seconds,samples_per_second";

    private RunFiles() {
    }

    /** The runs as JSON; {@code maxPoints} caps each curve (0 = all points). */
    public static JsonObject toJson(List<Run> runs, int maxPoints) {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("version", VERSION);
        JsonArray arr = new JsonArray();
        for (Run r : runs) {
            JsonObject o = new JsonObject();
            o.addProperty("label", r.label());
            o.addProperty("activation", r.activation().kind().cliName());
            o.add("alpha", num(r.activation().alpha()));
            o.addProperty("setup", r.setupText());
            o.addProperty("status", r.status().name());
            o.addProperty("message", r.message());
            JsonArray ep = new JsonArray();
            for (EpochResult e : r.epochs()) {
                JsonObject x = new JsonObject();
                x.addProperty("epoch", e.epoch());
                x.add("trainLoss", num(e.trainLoss()));
                x.add("trainAccuracy", num(e.trainAccuracy()));
                x.add("testLoss", num(e.testLoss()));
                x.add("testAccuracy", num(e.testAccuracy()));
                x.add("seconds", num(e.epochSeconds()));
                x.add("samplesPerSecond", num(e.samplesPerSecond()));
                ep.add(x);
            }
            o.add("epochs", ep);
            o.add("trainLoss", curve(r.trainLoss().snapshot(), maxPoints));
            for (Run.Kind k : Run.Kind.values()) {
                JsonObject layers = new JsonObject();
                r.curves(k).forEach((name, xy) -> layers.add(name, curve(xy, maxPoints)));
                o.add(k.name().toLowerCase(Locale.ROOT), layers);
            }
            arr.add(o);
        }
        root.add("runs", arr);
        return root;
    }

    /** Runs read back from {@link #toJson}; colours are taken from {@code colors}. */
    public static List<Run> fromJson(JsonObject root, java.util.function.IntSupplier colors) {
        if (!root.has("format") || !FORMAT.equals(root.get("format").getAsString())) {
            throw new IllegalArgumentException("not an Activation Lab run file (no \"format\": \"" + FORMAT + "\")");
        }
        int v = root.get("version").getAsInt();
        if (v != VERSION) {
            throw new IllegalArgumentException("run file version " + v + " is not supported (this build reads " + VERSION + ")");
        }
        List<Run> out = new ArrayList<>();
        for (JsonElement el : root.getAsJsonArray("runs")) {
            JsonObject o = el.getAsJsonObject();
            ActivationKind k = ActivationKind.require(o.get("activation").getAsString());
            ActivationChoice a = new ActivationChoice(k, dbl(o.get("alpha")));
            Run r = new Run(o.get("label").getAsString(), a, str(o, "setup"), colors.getAsInt(), true);
            for (JsonElement e : o.getAsJsonArray("epochs")) {
                JsonObject x = e.getAsJsonObject();
                r.onEpoch(new EpochResult(x.get("epoch").getAsInt(), dbl(x.get("trainLoss")), dbl(x.get("trainAccuracy")),
                        dbl(x.get("testLoss")), dbl(x.get("testAccuracy")), dbl(x.get("seconds")), dbl(x.get("samplesPerSecond"))));
            }
            double[][] tl = readCurve(o.getAsJsonObject("trainLoss"));
            r.trainLoss().load(tl[0], tl[1]);
            for (Run.Kind kind : Run.Kind.values()) {
                JsonObject layers = o.getAsJsonObject(kind.name().toLowerCase(Locale.ROOT));
                if (layers != null) {
                    for (Map.Entry<String, JsonElement> e : layers.entrySet()) {
                        double[][] xy = readCurve(e.getValue().getAsJsonObject());
                        r.loadCurve(kind, e.getKey(), xy[0], xy[1]);
                    }
                }
            }
            r.set(Run.Status.valueOf(o.get("status").getAsString()), str(o, "message"));
            out.add(r);
        }
        return out;
    }

    public static void save(List<Run> runs, Path file) throws IOException {
        AtomicFiles.writeString(file, toJson(runs, 0).toString());
    }

    public static List<Run> load(Path file, java.util.function.IntSupplier colors) throws IOException {
        try {
            JsonObject root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
            return fromJson(root, colors);
        } catch (RuntimeException e) {
            throw new IOException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** The per-epoch table of every run. */
    public static String csv(List<Run> runs) {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        for (Run r : runs) {
            for (EpochResult e : r.epochs()) {
                sb.append(String.format(Locale.ROOT, "%s,%s,%d,%s,%s,%s,%s,%s,%s%n", quote(r.label()),
                        r.activation().kind().cliName(), e.epoch(), n(e.trainLoss()), n(e.trainAccuracy()),
                        n(e.testLoss()), n(e.testAccuracy()), n(e.epochSeconds()), n(e.samplesPerSecond())));
            }
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String n(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "";
    }

    private static JsonElement num(double v) {
        return Double.isFinite(v) ? new JsonPrimitive(v) : JsonNull.INSTANCE;
    }

    private static double dbl(JsonElement e) {
        return e == null || e.isJsonNull() ? Double.NaN : e.getAsDouble();
    }

    private static String str(JsonObject o, String key) {
        return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsString() : "";
    }

    private static JsonObject curve(double[][] xy, int maxPoints) {
        int n = xy[0].length;
        int step = maxPoints > 0 && n > maxPoints ? (int) Math.ceil(n / (double) maxPoints) : 1;
        JsonArray x = new JsonArray();
        JsonArray y = new JsonArray();
        for (int i = 0; i < n; i += step) {
            x.add(Math.round(xy[0][i] * 1e5) / 1e5);
            y.add(xy[1][i]);
        }
        JsonObject o = new JsonObject();
        o.add("x", x);
        o.add("y", y);
        return o;
    }

    private static double[][] readCurve(JsonObject o) {
        if (o == null) {
            return new double[][] {new double[0], new double[0]};
        }
        JsonArray x = o.getAsJsonArray("x");
        JsonArray y = o.getAsJsonArray("y");
        if (x.size() != y.size()) {
            throw new IllegalArgumentException("a curve has " + x.size() + " x values but " + y.size() + " y values");
        }
        double[] xs = new double[x.size()];
        double[] ys = new double[y.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = x.get(i).getAsDouble();
            ys[i] = y.get(i).getAsDouble();
        }
        return new double[][] {xs, ys};
    }
}
