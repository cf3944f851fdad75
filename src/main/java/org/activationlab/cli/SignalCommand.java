package org.activationlab.cli;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.activationlab.core.activation.Activation;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.signal.Initializer;
import org.activationlab.core.signal.LayerStats;
import org.activationlab.core.signal.SignalConfig;
import org.activationlab.core.signal.SignalPropagation;
import org.activationlab.core.signal.SignalReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code activation-lab signal}: mean and standard deviation of activations (forward) and
 * gradients (backward) per layer of a wide, deep random network.
 */
@Command(name = "signal", mixinStandardHelpOptions = true,
        description = {"Sends a batch of N(0,1) inputs through a wide, deep random network and a random unit "
                + "gradient back, and prints per layer the mean and std of activations and gradients.",
                "Defaults: selu, LeCun-normal, scale 1, width 256, depth 100, batch 64, seed 1."},
        footer = {"", "Examples:", "  activation-lab signal --activation selu --init lecun",
                "  activation-lab signal --activation relu --init he --scale 1.5 --format csv"})
public final class SignalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--activation", paramLabel = "F", defaultValue = "selu", description = "activation of every layer")
    String activation;

    @Option(names = "--alpha", paramLabel = "A", description = "the activation's parameter (leaky-relu, elu)")
    Double alpha;

    @Option(names = "--init", paramLabel = "NAME", defaultValue = "lecun", description = "glorot, he or lecun (normal)")
    String init;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "1", description = "factor on the weights' std")
    double scale;

    @Option(names = "--width", paramLabel = "N", defaultValue = "256", description = "units per layer")
    int width;

    @Option(names = "--depth", paramLabel = "L", defaultValue = "100", description = "number of layers (max 200)")
    int depth;

    @Option(names = "--batch", paramLabel = "B", defaultValue = "64", description = "inputs per run")
    int batch;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "random seed")
    long seed;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table", description = "table, csv or json")
    String format;

    @Override
    public Integer call() throws IOException {
        String fmt = format.trim().toLowerCase(Locale.ROOT);
        if (!fmt.equals("table") && !fmt.equals("csv") && !fmt.equals("json")) {
            throw new IllegalArgumentException("unknown format '" + format + "'; valid: table, csv, json");
        }
        ActivationKind kind = ActivationKind.require(activation);
        if (alpha != null && !kind.hasParameter()) {
            throw new IllegalArgumentException(kind.cliName() + " has no parameter; drop --alpha");
        }
        Activation f = alpha == null ? kind.create() : kind.create(alpha);
        SignalConfig c = new SignalConfig(f, Initializer.require(init), scale, width, depth, batch, seed);
        SignalReport r = SignalPropagation.run(c);
        PrintWriter out = spec.commandLine().getOut();
        switch (fmt) {
            case "json" -> json(r, out);
            case "csv" -> {
                out.println("layer,activationMean,activationStd,zeroFraction,gradientMean,gradientStd");
                for (LayerStats s : r.layers()) {
                    out.println(s.layer() + "," + s.activationMean() + "," + s.activationStd() + "," + s.zeroFraction()
                            + "," + s.gradientMean() + "," + s.gradientStd());
                }
            }
            default -> table(r, out);
        }
        out.flush();
        return 0;
    }

    private static void table(SignalReport r, PrintWriter out) {
        SignalConfig c = r.config();
        out.printf(Locale.ROOT, "%s, %s x %s, width %d, depth %d, batch %d, seed %d%n", c.activation().label(),
                c.init().displayName(), c.scale(), c.width(), c.depth(), c.batch(), c.seed());
        out.printf(Locale.ROOT, "%5s %12s %12s %8s %12s %12s%n", "layer", "mean a", "std a", "zeros", "mean grad",
                "std grad");
        for (LayerStats s : r.layers()) {
            out.printf(Locale.ROOT, "%5d %12.4e %12.4e %8.3f %12.4e %12.4e%n", s.layer(), s.activationMean(),
                    s.activationStd(), s.zeroFraction(), s.gradientMean(), s.gradientStd());
        }
    }

    private static void json(SignalReport r, PrintWriter out) throws IOException {
        SignalConfig c = r.config();
        JsonWriter w = new JsonWriter(out);
        w.beginObject();
        w.name("activation").value(c.activation().name());
        w.name("alpha");
        if (Double.isNaN(c.activation().alpha())) {
            w.nullValue();
        } else {
            w.value(c.activation().alpha());
        }
        w.name("init").value(c.init().cliName()).name("scale").value(c.scale()).name("width").value(c.width())
                .name("depth").value(c.depth()).name("batch").value(c.batch()).name("seed").value(c.seed());
        w.name("layers").beginArray();
        for (LayerStats s : r.layers()) {
            w.beginObject().name("layer").value(s.layer()).name("activationMean").value(s.activationMean())
                    .name("activationStd").value(s.activationStd()).name("zeroFraction").value(s.zeroFraction())
                    .name("gradientMean").value(s.gradientMean()).name("gradientStd").value(s.gradientStd())
                    .endObject();
        }
        w.endArray().endObject();
        w.flush();
    }
}
