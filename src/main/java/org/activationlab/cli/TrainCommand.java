package org.activationlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.data.MnistLoader;
import org.activationlab.core.data.TrainTestData;
import org.activationlab.core.nn.GradientClip;
import org.activationlab.core.nn.Initializer;
import org.activationlab.core.nn.ModelFile;
import org.activationlab.core.nn.ModelSpec;
import org.activationlab.core.nn.Network;
import org.activationlab.core.settings.AtomicFiles;
import org.activationlab.core.train.EpochResult;
import org.activationlab.core.train.TrainConfig;
import org.activationlab.core.train.Trainer;
import org.activationlab.core.train.TrainingControl;
import org.activationlab.core.train.TrainingListener;
import org.activationlab.core.train.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code activation-lab train}: trains a network on MNIST-style data once per activation, with
 * the same seed, the same initial weight draws and the same batch order for each (a controlled
 * comparison), printing one line per epoch and optionally writing CSV and model files.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a network on MNIST digits, once per activation function, and report loss and "
                + "accuracy per epoch.",
            "Every activation starts from the same seed: same weight draws, same batch order."})
public final class TrainCommand implements Callable<Integer> {
    static final String CSV_HEADER =
            "activation,epoch,train_loss,train_accuracy,test_loss,test_accuracy,epoch_seconds,samples_per_second";

    @Spec
    CommandSpec spec;

    @Option(names = "--data", defaultValue = "embedded", paramLabel = "embedded|DIR",
            description = "'embedded' (10,000 real digits built in) or a folder with train-/t10k- IDX files. Default: ${DEFAULT-VALUE}.")
    String data;

    @Option(names = "--model", defaultValue = "mlp:784-128-10", paramLabel = "mlp:SIZES|post-cnn",
            description = "mlp:784-128-10 (any sizes) or post-cnn (the post's CNN). Default: ${DEFAULT-VALUE}.")
    String model;

    @Option(names = "--activations", defaultValue = "relu", split = ",", paramLabel = "NAMES",
            description = "Comma-separated hidden activations, trained one after another. Default: ${DEFAULT-VALUE}.")
    List<String> activations;

    @Option(names = "--alpha", paramLabel = "A", description = "Parameter of ELU / Leaky ReLU (default: the catalogue's).")
    Double alpha;

    @Option(names = "--epochs", defaultValue = "3", description = "Epochs. Default: ${DEFAULT-VALUE}.")
    int epochs;

    @Option(names = "--batch", defaultValue = "128", description = "Batch size. Default: ${DEFAULT-VALUE}.")
    int batch;

    @Option(names = "--optimizer", defaultValue = "adam", paramLabel = "adam|sgd",
            description = "Optimiser (sgd uses momentum 0.9). Default: ${DEFAULT-VALUE}.")
    String optimizer;

    @Option(names = "--lr", defaultValue = "0.001", description = "Learning rate. Default: ${DEFAULT-VALUE}.")
    double lr;

    @Option(names = "--clip-value", paramLabel = "T", description = "Clip each gradient component to [-T, T].")
    Double clipValue;

    @Option(names = "--clip-norm", paramLabel = "T", description = "Rescale the whole gradient to L2 norm <= T.")
    Double clipNorm;

    @Option(names = "--dropout", defaultValue = "0", paramLabel = "P",
            description = "Dropout after each hidden activation of an mlp (AlphaDropout for SELU). Default: ${DEFAULT-VALUE}.")
    double dropout;

    @Option(names = "--init", paramLabel = "glorot|he|he-uniform|lecun",
            description = "Weight initialiser (default: glorot; lecun for SELU).")
    String init;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for weights, dropout and batch order. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: all cores; 1 = bit-identical reruns).")
    Integer threads;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Write the per-epoch results as CSV.")
    Path out;

    @Option(names = "--save-model", paramLabel = "FILE.almodel",
            description = "Save the trained model (with several activations: FILE-<activation>.<ext>).")
    Path saveModel;

    @Override
    public Integer call() throws IOException {
        List<ModelSpec> specs = specs();
        TrainConfig config = config();
        PrintWriter o = spec.commandLine().getOut();
        TrainTestData d = loadData(data);
        o.printf(Locale.ROOT, "data: %s (%d train, %d test); model %s; %d thread(s)%n", d.source(),
                d.train().count(), d.test().count(), model, config.threads());
        List<String> csv = new ArrayList<>();
        csv.add(CSV_HEADER);
        int exit = 0;
        for (ModelSpec s : specs) {
            Network net = s.build(seed);
            String label = s.activationFunction().name();
            TrainingListener printer = new TrainingListener() {
                @Override
                public void onEpoch(EpochResult e) {
                    o.printf(Locale.ROOT, "%-10s epoch %d  train loss %.4f acc %.4f  test loss %.4f acc %.4f  %.1f s  %.0f samples/s%n",
                            label, e.epoch(), e.trainLoss(), e.trainAccuracy(), e.testLoss(), e.testAccuracy(),
                            e.epochSeconds(), e.samplesPerSecond());
                    o.flush();
                    csv.add(String.format(Locale.ROOT, "%s,%d,%.6f,%.6f,%.6f,%.6f,%.3f,%.1f", label, e.epoch(),
                            e.trainLoss(), e.trainAccuracy(), e.testLoss(), e.testAccuracy(), e.epochSeconds(),
                            e.samplesPerSecond()));
                }
            };
            TrainingResult r = new Trainer(net, d, config).run(printer, new TrainingControl());
            if (out != null) {
                AtomicFiles.writeString(out, String.join("\n", csv) + "\n"); // after each activation: long runs keep partial results
            }
            if (r.status() != TrainingResult.Status.COMPLETED) {
                o.println(label + ": " + r.message());
                exit = 1;
            }
            if (saveModel != null) {
                Path target = specs.size() == 1 ? saveModel : withSuffix(saveModel, label);
                ModelFile.save(net, target);
                o.println("saved " + target);
            }
        }
        if (out != null) {
            o.println("wrote " + out);
        }
        return exit;
    }

    private List<ModelSpec> specs() {
        if (clipValue != null && clipNorm != null) {
            throw new IllegalArgumentException("give --clip-value or --clip-norm, not both");
        }
        Initializer in = init == null ? null : Initializer.byName(init);
        List<ModelSpec> specs = new ArrayList<>();
        for (String a : activations) {
            ActivationKind k = ActivationKind.require(a);
            double al = alpha == null || !k.hasParameter() ? Double.NaN : alpha;
            specs.add(new ModelSpec(model, k, al, dropout, in));
        }
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("--activations needs at least one name");
        }
        return specs;
    }

    private TrainConfig config() {
        TrainConfig.OptimizerKind kind = switch (optimizer.toLowerCase(Locale.ROOT)) {
            case "adam" -> TrainConfig.OptimizerKind.ADAM;
            case "sgd" -> TrainConfig.OptimizerKind.SGD;
            default -> throw new IllegalArgumentException("unknown optimizer '" + optimizer + "'; valid: adam, sgd");
        };
        GradientClip clip = clipValue != null ? GradientClip.byValue(clipValue)
                : clipNorm != null ? GradientClip.byNorm(clipNorm) : GradientClip.NONE;
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        return TrainConfig.defaults().withEpochs(epochs).withBatchSize(batch).withSeed(seed).withThreads(t)
                .withOptimizer(kind, lr, clip).withStatsEvery(0);
    }

    /** 'embedded' or a folder; a missing folder is bad input (exit 2). */
    static TrainTestData loadData(String data) throws IOException {
        if (data.equalsIgnoreCase("embedded")) {
            return MnistLoader.embedded();
        }
        Path dir = Path.of(data);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--data: '" + data + "' is neither 'embedded' nor a folder");
        }
        try {
            return MnistLoader.fromDirectory(dir);
        } catch (IOException e) {
            throw new IllegalArgumentException("--data: " + e.getMessage(), e);
        }
    }

    static Path withSuffix(Path p, String suffix) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String n = dot > 0 ? name.substring(0, dot) + "-" + suffix + name.substring(dot) : name + "-" + suffix;
        return p.resolveSibling(n);
    }
}
