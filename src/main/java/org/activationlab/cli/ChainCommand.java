package org.activationlab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.activationlab.core.activation.Activation;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.chain.Chain;
import org.activationlab.core.chain.ChainBenchmark;
import org.activationlab.core.chain.ChainExport;
import org.activationlab.core.chain.ChainPreset;
import org.activationlab.core.chain.ChainResult;
import org.activationlab.core.chain.ChainTraining;
import org.activationlab.core.chain.ChainUpdate;
import org.activationlab.core.chain.Clipping;
import org.activationlab.core.chain.ParamUpdate;
import org.activationlab.core.chain.CostFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code activation-lab chain}: the one-neuron-per-layer chain, forward and backward, with the
 * gradient of every layer and one gradient-descent step, as a table, CSV or JSON.
 * Gradients are printed in scientific notation with any exponent (never Infinity or a silent 0).
 */
@Command(name = "chain", mixinStandardHelpOptions = true,
        description = {"Builds a chain of one neuron per layer, runs it forward and backward and shows how "
                + "dC/db1 = f'(z1)·w2 f'(z2)·…·wL f'(zL)·dC/daL vanishes or explodes, plus one gradient-descent step.",
                "Without --preset: sigmoid, 4 layers, weights 1, biases 0, input 1, target 0, quadratic cost, "
                        + "learning rate 0.5. Options given after a preset change it."},
        footer = {"", "Examples:", "  activation-lab chain --preset exploding",
                "  activation-lab chain --activation sigmoid --depth 10000 --weights 1 --format json",
                "  activation-lab chain --preset exploding --clip-norm 1"})
public final class ChainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--preset", paramLabel = "NAME",
            description = "vanishing, exploding, dead-relu or healthy: the post's worked examples")
    String preset;

    @Option(names = "--activation", paramLabel = "F", description = "activation for every layer (default sigmoid)")
    String activation;

    @Option(names = "--alpha", paramLabel = "A", description = "the activation's parameter (leaky-relu, elu)")
    Double alpha;

    @Option(names = "--depth", paramLabel = "L", description = "number of layers, 1..10000")
    Integer depth;

    @Option(names = "--weights", paramLabel = "w1,...", description = "one value for every layer, or one per layer")
    String weights;

    @Option(names = "--biases", paramLabel = "b1,...", description = "one value for every layer, or one per layer")
    String biases;

    @Option(names = "--input", paramLabel = "A0", description = "the input a0")
    Double input;

    @Option(names = "--target", paramLabel = "Y", description = "the target y")
    Double target;

    @Option(names = "--cost", paramLabel = "NAME", description = "quadratic (default) or cross-entropy")
    String cost;

    @Option(names = "--learning-rate", paramLabel = "ETA", description = "step size of the descent step (default 0.5)")
    Double learningRate;

    @Option(names = "--clip-value", paramLabel = "T", description = "clip each gradient component to [-T, T]")
    Double clipValue;

    @Option(names = "--clip-norm", paramLabel = "T", description = "rescale the whole gradient to L2 norm <= T")
    Double clipNorm;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table", description = "table (default), csv or json")
    String format;

    @Option(names = "--train", paramLabel = "N",
            description = "train for N descent steps and print the cost and every |dC/db_j| per step")
    Integer train;

    @Option(names = "--bench", description = "measure forward + backward of the chain (default 10000 sigmoid layers)")
    boolean bench;

    @Override
    public Integer call() {
        String fmt = format.trim().toLowerCase(Locale.ROOT);
        if (!fmt.equals("table") && !fmt.equals("csv") && !fmt.equals("json")) {
            throw new IllegalArgumentException("unknown format '" + format + "'; valid: table, csv, json");
        }
        ChainPreset p = preset == null ? null : ChainPreset.require(preset);
        Chain chain = buildChain(p);
        Clipping clipping = clipping();
        double eta = learningRate != null ? learningRate : p != null ? p.learningRate() : 0.5;
        PrintWriter out = spec.commandLine().getOut();
        if (bench) {
            bench(depth == null && weights == null && biases == null && p == null
                    ? chain.withDepth(Chain.MAX_DEPTH) : chain, out);
            return 0;
        }
        if (train != null) {
            ChainTraining t = ChainTraining.run(chain, train, eta, clipping);
            switch (fmt) {
                case "json" -> ChainExport.writeTrainingJson(t, out);
                case "csv" -> ChainExport.writeTrainingCsv(t, out);
                default -> trainingTable(t, eta, clipping, out);
            }
            out.flush();
            return 0;
        }
        ChainResult result = chain.evaluate();
        ChainUpdate update = result.update(eta, clipping);
        switch (fmt) {
            case "json" -> ChainExport.writeJson(update, p, out);
            case "csv" -> ChainExport.writeCsv(update, out);
            default -> table(p, update, out);
        }
        out.flush();
        return 0;
    }

    private static void bench(Chain chain, PrintWriter out) {
        ChainBenchmark.Timing t = ChainBenchmark.measure(chain, 3000, 2000);
        out.printf(Locale.ROOT, "forward + backward, %d layers of %s: median %.3f ms, p99 %.3f ms, min %.3f ms "
                + "(%d runs after %d warm-up runs)%n", t.depth(), chain.activation().label(), t.medianMillis(),
                t.p99Millis(), t.minMillis(), t.runs(), t.warmup());
        out.flush();
    }

    private static void table(ChainPreset p, ChainUpdate u, PrintWriter out) {
        ChainResult r = u.result();
        Chain c = r.chain();
        out.printf(Locale.ROOT, "chain: %s, %d layer(s), %s cost, a0 = %s, y = %s, learning rate %s, %s%n",
                c.activation().label(), c.depth(), c.cost().cliName(), num(c.input()), num(c.target()),
                num(u.learningRate()), u.clipping());
        if (p != null) {
            out.println(p.title() + ": " + p.caption());
        }
        String row = "%5s %12s %12s %12s %12s %12s %12s %12s %12s %14s %14s%n";
        out.printf(Locale.ROOT, row, "layer", "w", "b", "z", "a", "f'(z)", "w*f'(z)", "dC/db", "dC/dw",
                "new b", "new w");
        for (int j = 1; j <= c.depth(); j++) {
            ChainResult.LayerState s = r.layer(j);
            out.printf(Locale.ROOT, row, j, num(s.weight()), num(s.bias()), num(s.z()), num(s.a()),
                    num(s.derivative()), s.factor().toScientific(6), s.dCdb().toScientific(6),
                    s.dCdw().toScientific(6), newValue(u.bias(j)), newValue(u.weight(j)));
        }
        out.println("dC/da" + c.depth() + " = " + ChainExport.sci(r.dCdaL()));
        out.println("dC/db1 = f'(z1)" + (c.depth() > 1 ? " * w2 f'(z2) * ... * w" + c.depth() + " f'(z"
                + c.depth() + ")" : "") + " * dC/da" + c.depth() + " = " + ChainExport.sci(r.dCdb1()));
        out.println("cost C = " + ChainExport.sci(r.cost()));
        ParamUpdate b1 = u.bias(1);
        out.println("step on b1: " + num(b1.old()) + " - " + num(u.learningRate()) + " * (" + b1.gradient().toScientific(6)
                + ") = " + newValue(b1) + (b1.clipped() ? "   (raw gradient " + b1.rawGradient().toScientific(6)
                + ", raw step " + b1.rawStep().toScientific(6) + ")" : ""));
    }

    private static void trainingTable(ChainTraining t, double eta, Clipping clipping, PrintWriter out) {
        Chain c = t.startChain();
        out.printf(Locale.ROOT, "training: %s, %d layer(s), %s cost, learning rate %s, %s%n", c.activation().label(),
                c.depth(), c.cost().cliName(), num(eta), clipping);
        int columns = Math.min(c.depth(), 8);
        int[] shown = new int[columns];
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%5s %13s", "step", "cost"));
        for (int i = 0; i < columns; i++) {
            shown[i] = columns == 1 ? 1 : 1 + (int) Math.round((double) i * (c.depth() - 1) / (columns - 1));
            head.append(String.format(Locale.ROOT, " %13s", "|dC/db" + shown[i] + "|"));
        }
        out.println(head);
        for (int s = 0; s < t.steps(); s++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%5d %13s", s, t.cost(s).toScientific(6)));
            for (int layer : shown) {
                line.append(String.format(Locale.ROOT, " %13s", t.biasGradientMagnitude(s, layer).toScientific(6)));
            }
            out.println(line);
        }
        t.stopReason().ifPresent(out::println);
    }

    private static String newValue(ParamUpdate u) {
        String v = u.overflow() ? u.newValue().toScientific(6) + " overflow" : num(u.newValueAsDouble());
        return u.belowResolution() ? v + " (unchanged)" : v;
    }

    /** Up to 10 significant digits, trailing zeros dropped. */
    static String num(double x) {
        String s = String.format(Locale.ROOT, "%.10g", x);
        int e = s.indexOf('e');
        String mant = e < 0 ? s : s.substring(0, e);
        String exp = e < 0 ? "" : s.substring(e);
        if (mant.contains(".")) {
            mant = mant.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mant + exp;
    }

    Chain buildChain(ChainPreset p) {
        Chain c = p != null ? p.chain()
                : Chain.uniform(ActivationKind.SIGMOID.create(), 4, 1.0, 0.0, 1.0, 0.0, CostFunction.QUADRATIC);
        if (activation != null || alpha != null) {
            c = c.withActivation(activation(c.activation()));
        }
        double[] ws = weights == null ? null : parseList("--weights", weights);
        double[] bs = biases == null ? null : parseList("--biases", biases);
        int layers = depth != null ? depth
                : ws != null && ws.length > 1 ? ws.length
                : bs != null && bs.length > 1 ? bs.length : c.depth();
        Chain.checkDepth(layers);
        if (layers != c.depth()) {
            c = c.withDepth(layers);
        }
        c = c.withParameters(fill("--weights", ws, c.weights()), fill("--biases", bs, c.biases()));
        if (input != null) {
            c = c.withInput(input);
        }
        if (target != null) {
            c = c.withTarget(target);
        }
        if (cost != null) {
            c = c.withCost(CostFunction.require(cost));
        }
        return c;
    }

    private Activation activation(Activation current) {
        ActivationKind kind = activation != null ? ActivationKind.require(activation) : current.kind();
        if (alpha == null) {
            return kind.create();
        }
        if (!kind.hasParameter()) {
            throw new IllegalArgumentException(kind.cliName() + " has no parameter; drop --alpha");
        }
        return kind.create(alpha);
    }

    private Clipping clipping() {
        if (clipValue != null && clipNorm != null) {
            throw new IllegalArgumentException("give either --clip-value or --clip-norm, not both");
        }
        return clipValue != null ? Clipping.byValue(clipValue)
                : clipNorm != null ? Clipping.byNorm(clipNorm) : Clipping.NONE;
    }

    static double[] parseList(String option, String text) {
        String[] parts = text.split(",", -1);
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + ": '" + parts[i].trim() + "' is not a number");
            }
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException(option + ": value " + (i + 1) + " must be a finite number, got "
                        + parts[i].trim());
            }
        }
        return v;
    }

    private static double[] fill(String option, double[] given, double[] current) {
        if (given == null) {
            return current;
        }
        if (given.length == 1) {
            java.util.Arrays.fill(current, given[0]);
            return current;
        }
        if (given.length != current.length) {
            throw new IllegalArgumentException(option + " has " + given.length + " values but the chain has "
                    + current.length + " layers; give one value or " + current.length);
        }
        return given;
    }
}
