package org.activationlab.cli;

import com.google.gson.GsonBuilder;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.activationlab.core.approx.AdamTrainer;
import org.activationlab.core.approx.ApproxError;
import org.activationlab.core.approx.Constructive;
import org.activationlab.core.approx.Interval;
import org.activationlab.core.approx.ReluNetwork;
import org.activationlab.core.approx.Target;
import org.activationlab.core.approx.TargetFunction;
import org.activationlab.core.approx.TrainingConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code activation-lab approx}: approximates a function on an interval with a 1 → N (→ M) → 1
 * ReLU network, built constructively or trained with Adam, and prints the max and mean absolute
 * error on a grid of 10,001 points.
 *
 * <p>A preset name ({@code sin}, {@code abs}, {@code square}, {@code step}, {@code nielsen}) uses
 * the preset's own interval unless {@code --interval} is given; a typed expression uses [−1, 1]
 * unless {@code --interval} is given. A trained run decays its learning rate by a cosine over its
 * {@code --steps}. JSON keys: function, formula, interval, hidden (always an array: [N] or [N, M]),
 * method, maxError, meanError, worstX, gridPoints, and for a trained run also steps,
 * learningRate, seed, batchSize, finalLoss.
 */
@Command(name = "approx",
        mixinStandardHelpOptions = true,
        description = {"Approximates a function on an interval with a ReLU network (one input,",
                "one or two hidden ReLU layers, one linear output) and prints the max and mean",
                "absolute error on a grid of 10,001 points.",
                "  constructive  the piecewise-linear interpolant at N+1 even knots, as N hinges",
                "  trained       Adam on 512 even sample points, seeded, decaying learning rate",
                "A preset uses its own interval unless --interval is given;",
                "an expression uses -1:1 unless --interval is given."})
public final class ApproxCommand implements Callable<Integer> {
    static final int MAX_WIDTH = 4096;
    static final int MAX_STEPS = 1_000_000;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--function", required = true, paramLabel = "EXPR|PRESET",
            description = "an expression in x such as 'sin(3*x)+x^2' (functions sin, cos, exp, log, "
                    + "sqrt, abs, ...; constants pi, e) or a preset: sin, abs, square, step, nielsen")
    String function;

    @Option(names = "--interval", paramLabel = "A:B",
            description = "the interval, e.g. -1:1 or -pi:pi (default: the preset's own; -1:1 for an expression)")
    String interval;

    @Option(names = "--hidden", paramLabel = "N[,M]", defaultValue = "32",
            description = "hidden ReLU units: N, or N,M for two layers (each 1..4096; default ${DEFAULT-VALUE})")
    String hidden;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "constructive",
            description = "constructive or trained (default ${DEFAULT-VALUE})")
    String method;

    @Option(names = "--steps", paramLabel = "S", description = "Adam steps, 1..1000000 (trained; default 5000)")
    Integer steps;

    @Option(names = "--lr", paramLabel = "LR", description = "initial learning rate, (0, 10] (trained; default 0.02)")
    Double learningRate;

    @Option(names = "--seed", paramLabel = "K", description = "random seed (trained; default 1)")
    Long seed;

    @Option(names = "--batch", paramLabel = "B", description = "mini-batch size, 0 = full batch (trained; default 0)")
    Integer batch;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    private String batchText = "";

    @Override
    public Integer call() {
        TargetFunction f = TargetFunction.presetOrExpression(function);
        Interval iv = interval == null ? f.defaultInterval() : Interval.parse(interval);
        Target target = Target.of(f, iv);
        int[] widths = parseHidden(hidden);
        boolean trained = parseMethod(method);
        if (!trained && (steps != null || learningRate != null || seed != null || batch != null)) {
            throw new IllegalArgumentException("--steps, --lr, --seed and --batch apply to --method trained only");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("function", f.name());
        result.put("formula", f.formula());
        result.put("interval", new double[] {iv.a(), iv.b()});
        result.put("hidden", widths);
        result.put("method", trained ? "trained" : "constructive");
        ReluNetwork network = trained ? train(target, widths, result) : construct(target, widths);
        ApproxError error = ApproxError.of(target, network);
        result.put("maxError", error.maxError());
        result.put("meanError", error.meanError());
        result.put("worstX", error.worstX());
        result.put("gridPoints", Target.GRID_POINTS);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new GsonBuilder().setPrettyPrinting().create().toJson(result));
        } else {
            printText(out, target, widths, trained, result, error);
        }
        out.flush();
        return 0;
    }

    private static ReluNetwork construct(Target target, int[] widths) {
        if (widths.length == 1) {
            return Constructive.interpolant(target, widths[0]);
        }
        if (widths[1] > widths[0]) {
            throw new IllegalArgumentException("constructive with two layers needs M <= N (the second layer regroups the N"
                    + " hinges), got --hidden " + widths[0] + "," + widths[1]);
        }
        return Constructive.interpolantTwoLayers(target, widths[0], widths[1]);
    }

    private ReluNetwork train(Target target, int[] widths, Map<String, Object> result) {
        int s = steps == null ? 5000 : steps;
        if (s < 1 || s > MAX_STEPS) {
            throw new IllegalArgumentException("--steps must be in 1.." + MAX_STEPS + ", got " + s);
        }
        double lr = learningRate == null ? TrainingConfig.DEFAULT_RUN_LEARNING_RATE : learningRate;
        long k = seed == null ? 1 : seed;
        int b = batch == null ? 0 : batch;
        TrainingConfig config = TrainingConfig.forRun(widths[0], s)
                .withSecondWidth(widths.length > 1 ? widths[1] : 0)
                .withLearningRate(lr)
                .withBatchSize(b);
        AdamTrainer trainer = new AdamTrainer(target, config, new SplittableRandom(k));
        trainer.steps(s);
        result.put("steps", s);
        result.put("learningRate", lr);
        result.put("seed", k);
        result.put("batchSize", config.effectiveBatchSize());
        result.put("finalLoss", trainer.lastLoss());
        batchText = config.fullBatch() ? "full batch of " + config.samples() + " points"
                : "mini-batches of " + config.batchSize() + " from " + config.samples() + " points";
        return trainer.network();
    }

    static int[] parseHidden(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("--hidden takes N or N,M (at most two hidden layers), got '" + text + "'");
        }
        int[] widths = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                widths[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException("--hidden takes whole numbers N or N,M, got '" + text + "'", ex);
            }
            if (widths[i] < 1 || widths[i] > MAX_WIDTH) {
                throw new IllegalArgumentException("--hidden widths must be in 1.." + MAX_WIDTH + ", got " + widths[i]);
            }
        }
        return widths;
    }

    private static boolean parseMethod(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "constructive" -> false;
            case "trained" -> true;
            default -> throw new IllegalArgumentException("--method must be constructive or trained, got '" + text + "'");
        };
    }

    private void printText(PrintWriter out, Target target, int[] widths, boolean trained,
            Map<String, Object> r, ApproxError error) {
        String presetNote = target.function().preset().map(p -> "  (preset " + p.cliName() + ")").orElse("");
        out.println("target     " + target.function().formula() + " on " + target.interval() + presetNote);
        StringBuilder net = new StringBuilder("network    1 -> ").append(widths[0]).append(" ReLU");
        if (widths.length > 1) {
            net.append(" -> ").append(widths[1]).append(" ReLU");
        }
        net.append(" -> 1 linear, ");
        if (trained) {
            net.append(String.format(Locale.ROOT, "trained: %d Adam steps, lr %s (cosine decay), seed %d, %s",
                    (Integer) r.get("steps"), r.get("learningRate"), (Long) r.get("seed"), batchText));
        } else {
            net.append("constructive: interpolant at ").append(widths[0] + 1).append(" even knots");
        }
        out.println(net);
        if (trained) {
            out.println(String.format(Locale.ROOT, "finalLoss  %.6g  (mean squared error of the last step)", (Double) r.get("finalLoss")));
        }
        out.println(String.format(Locale.ROOT, "maxError   %.6g  (at x = %.6g)", error.maxError(), error.worstX()));
        out.println(String.format(Locale.ROOT, "meanError  %.6g  (grid of %d points)", error.meanError(), Target.GRID_POINTS));
    }

}
