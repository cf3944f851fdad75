package org.activationlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.data.Dataset;
import org.activationlab.core.data.TrainTestData;
import org.activationlab.core.nn.ModelSpec;
import org.activationlab.core.tensor.Gemm;
import org.activationlab.core.tensor.Parallel;
import org.activationlab.core.train.TrainConfig;
import org.activationlab.core.train.Trainer;
import org.activationlab.core.train.TrainingControl;
import org.activationlab.core.train.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code activation-lab bench}: training throughput and matrix-kernel speed, measured with the
 * conventions of the PyTorch peer benchmark ({@code bench_torch.py}) so the figures compare
 * directly: float32, ReLU, Glorot uniform, Adam 1e-3, batch 128, inputs /255, epoch time =
 * shuffle + forward + backward + update (no evaluation), reported value = median over the timed
 * epochs after a warm-up on a throw-away model.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure training throughput (samples/s) and matrix-multiply GFLOP/s.",
            "Jobs: mlp:784-128-10, mlp:784-256-256-10, post-cnn (ReLU, Adam 1e-3, batch 128, float32)."})
public final class BenchCommand implements Callable<Integer> {
    static final List<String> ALL_JOBS = List.of("mlp:784-128-10", "mlp:784-256-256-10", ModelSpec.POST_CNN);
    private static final int BATCH = 128;

    @Spec
    CommandSpec spec;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: all cores).")
    Integer threads;

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    @Option(names = "--jobs", split = ",", paramLabel = "JOBS",
            description = "Subset of: mlp:784-128-10, mlp:784-256-256-10, post-cnn, gemm. Default: all.")
    List<String> jobs;

    @Option(names = "--data", paramLabel = "DIR", description = "IDX folder to train on (default: the embedded digits, repeated).")
    String data;

    // 5, not 3: on two threads a job's first timed epoch often runs slower (new buffers, the
    // second core settling), and with 3 epochs one more slow epoch decided the median
    @Option(names = "--epochs", defaultValue = "5", description = "Timed epochs per job (median reported). Default: ${DEFAULT-VALUE}.")
    int epochs;

    @Option(names = "--samples", defaultValue = "60000", description = "Samples per MLP epoch. Default: ${DEFAULT-VALUE}.")
    int samples;

    @Option(names = "--cnn-samples", defaultValue = "6000",
            description = "Samples per post-cnn epoch (6,000, as the PyTorch peer's CNN job). Default: ${DEFAULT-VALUE}.")
    int cnnSamples;

    @Option(names = "--warmup-batches", defaultValue = "30", description = "Warm-up batches on a throw-away model (at least). Default: ${DEFAULT-VALUE}.")
    int warmupBatches;

    /**
     * The warm-up also lasts at least this long: 30 batches of the small MLP take ~15 ms, too short
     * for the JIT to compile the multi-threaded (data-parallel) path, whose first timed epoch then
     * ran at about single-thread speed and pulled the 3-epoch median down. After that it goes on
     * while the training speed still rises (the JIT still compiling), up to --warmup-max-seconds:
     * see {@link BenchWarmUp}.
     */
    @Option(names = "--warmup-seconds", defaultValue = "1.5",
            description = "Warm-up lasts at least this long (s), then while the speed still rises. Default: ${DEFAULT-VALUE}.")
    double warmupSeconds;

    @Option(names = "--warmup-max-seconds", defaultValue = "20",
            description = "Warm-up lasts at most this long (s), or --warmup-seconds if longer. Default: ${DEFAULT-VALUE}.")
    double warmupMaxSeconds;

    @Override
    public Integer call() throws IOException {
        List<String> selected = selectedJobs();
        if (epochs < 1 || samples < BATCH || cnnSamples < BATCH || warmupBatches < 0
                || !(warmupSeconds >= 0 && warmupSeconds <= 600) || !(warmupMaxSeconds >= 0 && warmupMaxSeconds <= 600)) {
            throw new IllegalArgumentException("--epochs must be >= 1, --samples and --cnn-samples >= " + BATCH
                    + ", --warmup-batches >= 0, 0 <= --warmup-seconds and --warmup-max-seconds <= 600");
        }
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1 || t > 256) {
            throw new IllegalArgumentException("--threads must be in [1, 256], got " + t);
        }
        PrintWriter o = spec.commandLine().getOut();
        Gemm.warmUp(1500); // the Vector API kernel is ~100x slower until the JIT has compiled it
        List<String> jobJson = new ArrayList<>();
        List<String> gemmJson = new ArrayList<>();
        Dataset base = null;
        for (String job : selected) {
            if (job.equals("gemm")) {
                for (int[] mkn : new int[][] {{1024, 1024, 1024}, {128, 784, 128}}) {
                    double gf = gemmGflops(mkn[0], mkn[1], mkn[2], t);
                    gemmJson.add(String.format(Locale.ROOT, "{\"m\":%d,\"k\":%d,\"n\":%d,\"threads\":%d,\"gflops\":%.2f}",
                            mkn[0], mkn[1], mkn[2], t, gf));
                    if (!json) {
                        o.printf(Locale.ROOT, "gemm %d×%d×%d  threads %d  %.1f GFLOP/s%n", mkn[0], mkn[1], mkn[2], t, gf);
                        o.flush();
                    }
                }
                continue;
            }
            if (base == null) {
                base = TrainCommand.loadData(data == null ? "embedded" : data).train();
            }
            int n = job.equals(ModelSpec.POST_CNN) ? cnnSamples : samples;
            double[] rates = trainRates(job, base.repeatedTo(n), t);
            double median = median(rates);
            jobJson.add(String.format(Locale.ROOT, "{\"job\":\"%s\",\"threads\":%d,\"samples_per_second\":%.1f,"
                    + "\"epoch_samples\":%d,\"epochs\":%s}", job, t, median, n, Arrays.toString(round(rates))));
            if (!json) {
                o.printf(Locale.ROOT, "%-20s threads %d  %10.0f samples/s  (median of %d epochs of %d samples: %s)%n",
                        job, t, median, rates.length, n, Arrays.toString(round(rates)));
                o.flush();
            }
        }
        if (json) {
            o.println("{\"jobs\":[" + String.join(",", jobJson) + "],\"gemm\":[" + String.join(",", gemmJson) + "]}");
        }
        return 0;
    }

    private List<String> selectedJobs() {
        if (jobs == null || jobs.isEmpty()) {
            List<String> all = new ArrayList<>(ALL_JOBS);
            all.add("gemm");
            return all;
        }
        for (String j : jobs) {
            if (!ALL_JOBS.contains(j) && !j.equals("gemm")) {
                throw new IllegalArgumentException("unknown job '" + j + "'; valid: " + String.join(", ", ALL_JOBS) + ", gemm");
            }
        }
        return jobs;
    }

    /**
     * Samples/s of each timed epoch, after a warm-up on two throw-away models, one after the
     * other, each until its speed has settled (see {@link BenchWarmUp}).
     *
     * <p>Why two: the JIT compiles the hot training methods while they only ever see the first
     * model's buffers, optimiser state and thread pool already in place, and leaves out the code
     * that creates them. A new model's first batch then takes those branches, the compiled code
     * is thrown away ("unstable if" deoptimisation of Dense.forward, DataParallel's shard, Adam's
     * step, ...) and runs slower until it is compiled again: on two threads, where the compiler
     * gets little CPU, the first one or two timed epochs of the small MLP (e.g. 280k and 500k,
     * then 550k samples/s). The second throw-away model takes that hit, so the timed one starts
     * with code that already handles a fresh model. For the same reason the timed run has a
     * listener of the same class as the warm-up's, one that stops nothing
     * ({@link BenchWarmUp#passive}): the training loop then takes the same branches and calls
     * the same listener code as during the warm-up.
     */
    private double[] trainRates(String job, Dataset train, int t) {
        ModelSpec ms = new ModelSpec(job, ActivationKind.RELU, Double.NaN, 0, null);
        TrainTestData d = new TrainTestData("bench", train, train.repeatedTo(BATCH));
        TrainConfig c = TrainConfig.defaults().withThreads(t).withSeed(0).withStatsEvery(0).withEvaluate(false);
        for (int round = 1; round <= 2 && (warmupBatches > 0 || warmupSeconds > 0); round++) {
            TrainingControl stop = new TrainingControl();
            BenchWarmUp warm = new BenchWarmUp(stop, warmupBatches, warmupSeconds, warmupMaxSeconds, System::nanoTime);
            new Trainer(ms.build(round), d, c.withEpochs(100_000)).run(warm, stop);
        }
        TrainingControl timed = new TrainingControl();
        TrainingResult r = new Trainer(ms.build(0), d, c.withEpochs(epochs))
                .run(BenchWarmUp.passive(timed, System::nanoTime), timed);
        return r.epochs().stream().mapToDouble(e -> e.samplesPerSecond()).toArray();
    }

    /** Best GFLOP/s of C = A·B (m×k · k×n) over repeated calls for at least ~0.5 s. */
    static double gemmGflops(int m, int k, int n, int t) {
        float[] a = new float[m * k];
        float[] b = new float[k * n];
        float[] c = new float[m * n];
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) r.nextDouble();
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = (float) r.nextDouble();
        }
        double best = Double.MAX_VALUE;
        try (Parallel par = Parallel.of(t)) {
            Gemm.sgemm(false, false, m, n, k, 1f, a, 0, k, b, 0, n, 0f, c, 0, n, par); // warm-up
            long start = System.nanoTime();
            int reps = 0;
            while (reps < 3 || System.nanoTime() - start < 500_000_000L) {
                long t0 = System.nanoTime();
                Gemm.sgemm(false, false, m, n, k, 1f, a, 0, k, b, 0, n, 0f, c, 0, n, par);
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                reps++;
                if (reps > 10_000) {
                    break;
                }
            }
        }
        return 2.0 * m * n * k / best / 1e9;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static long[] round(double[] v) {
        long[] r = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = Math.round(v[i]);
        }
        return r;
    }
}
