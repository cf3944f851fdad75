package org.activationlab.app.training;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.activationlab.app.shell.MainView;
import org.activationlab.app.shell.StatusModel;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.data.MnistLoader;
import org.activationlab.core.data.TrainTestData;
import org.activationlab.core.nn.GradientClip;
import org.activationlab.core.nn.ModelSpec;
import org.activationlab.core.train.EpochResult;
import org.activationlab.core.train.TrainConfig;
import org.activationlab.core.train.Trainer;
import org.activationlab.core.train.TrainingControl;
import org.activationlab.core.train.TrainingListener;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Benchmark (reports, never fails on speed) of issue #5's three performance targets.
 *
 * <p><b>Throughput.</b> The same job — MLP 784-128-10, ReLU, Adam, batch 128, all cores, the
 * embedded 8,000 training digits — runs headless (configured as {@code activation-lab train}
 * configures it: no statistics) and with the training screen open at 1280×800 and its charts
 * live, alternately, {@code bench.rounds} times each (H S, S H, H S, …), so a load from other
 * processes that drifts in time hits both sides alike, after one warm-up round of each that is
 * not counted (the first screen run also pays for compiling the UI's code). Throughput =
 * training samples / training seconds summed over the epochs of each run after its first
 * {@code bench.skip} (5: a run's start-up — first charts, run list, buttons — is not the steady
 * state of a lecture's minutes-long run); a mean, so the epochs a redraw slows down count in
 * full (a median would hide them). This is the cheapest job per sample (an epoch takes 20–60 ms),
 * so the UI's share is the largest here.
 *
 * <p><b>Frame times.</b> Taken from the real pulses while the screen trains, using JavaFX's own
 * per-pulse phase events (see {@link PulseLog}): frame time = from the start of a pulse on the FX
 * thread to the end of its rendering on the render thread (software pipeline, headless Monocle).
 * Every pulse counts: the screen asks for one 8 times a second ({@link FrameClock}); some
 * of them change something and render, the others cost a tenth of a millisecond. The pulses that
 * rendered are also reported on their own, with their mean time per phase and the five slowest.
 * Frame times on two cores depend on what else runs: compare runs taken in one sitting, with
 * the load ({@code uptime}) beside them. {@code -Dbench.compareYield=true} also runs the screen
 * without the trainer yielding to frames in every round, to compare both in one sitting.
 *
 * <p><b>The frame-time target's own figure</b> ({@code bench.frameSeconds}, 30 by default, 0 to
 * skip): the short runs above last about a second each, so their frames are mostly a run's first
 * moments and its end; after them, one run of the same job trains for 30 s as it would in a
 * lecture, and its pulses are reported from Start to the end, and again from 5 s after Start.
 *
 * <p><b>Memory</b> ({@code bench.minutes} > 0): one long run with the screen live — the post's
 * CNN, ReLU, 1 thread (so it trains for hours and leaves a core to others) — and the used heap
 * after a full GC at 1 minute, every 5 minutes and at {@code bench.minutes}
 * ({@code -Dbench.rounds=0} skips the throughput part).
 *
 * <p>Run: {@code ./mvnw -B -o test -Dgroups=bench -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest=TrainingScreenBench [-Dbench.rounds=8] [-Dbench.epochs=60] [-Dbench.compareYield=true]
 * [-Dbench.minutes=30]}. Many short rounds average out a shared machine's load better than a few
 * long ones (one round of each side takes 1–4 s).
 * Results: stdout and target/bench/training-screen.txt.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "groups", matches = ".*bench.*")
@DisabledIfSystemProperty(named = "activationlab.gemm", matches = "java") // once is enough (the pom's plain-kernel pass)
@ExtendWith(ApplicationExtension.class)
class TrainingScreenBench {
    static {
        PulseLog.start(); // before the toolkit, so JavaFX emits its pulse events
    }

    private static final int EPOCHS = Integer.getInteger("bench.epochs", 60);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 8);
    private static final double MINUTES = Double.parseDouble(System.getProperty("bench.minutes", "0"));
    private static final String ARCH = "mlp:784-128-10";
    /** The screen's refresh periods (the app's own unless overridden to compare settings). */
    private static final long PERIOD_MS = Long.getLong("bench.periodMs", TrainingViewModel.REFRESH_PERIOD_NANOS / 1_000_000);
    /** Whether the trainer yields to frames being drawn (the app does; false to compare). */
    private static final boolean YIELD = Boolean.parseBoolean(System.getProperty("bench.yield", "true"));
    /** Also run the screen the other way (yielding or not) in every round, to compare. */
    private static final boolean COMPARE_YIELD = Boolean.getBoolean("bench.compareYield");
    private static final long CHART_MS = Long.getLong("bench.chartMs", TrainingViewModel.CHART_PERIOD_NANOS / 1_000_000);
    private TrainingViewModel vm;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        vm = new TrainingViewModel();
        TrainingView view = new TrainingView(vm, new StatusModel());
        Scene scene = new Scene(view, 1280, 800);
        MainView.installStyles(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static <T> T fx(Callable<T> c) {
        return WaitForAsyncUtils.waitForAsyncFx(20_000, c);
    }

    /** Epochs at the start of each run that are not counted (the run's start-up: first charts, run list, buttons). */
    private static final int SKIP = Integer.getInteger("bench.skip", 5);

    /** {samples, seconds} over the epochs after the first {@link #SKIP}. */
    private static double[] work(List<EpochResult> eps, int samples) {
        double s = 0;
        double t = 0;
        for (EpochResult e : eps) {
            if (e.epoch() > SKIP) {
                s += samples;
                t += e.epochSeconds();
            }
        }
        return new double[] {s, t};
    }

    private static double pct(double[] sorted, double q) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(q * sorted.length) - 1))];
    }

    private static long usedHeapAfterGc() {
        System.gc();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long wallNanos() {
        Instant t = Instant.now();
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    /** What one side of the comparison did: training work, the screen's time windows and UI CPU. */
    private static final class Side {
        final String name;
        double samples;
        double seconds;
        final List<long[]> windows = new ArrayList<>();
        final long[] cpu = new long[2];
        long wall;

        Side(String name) {
            this.name = name;
        }

        double rate() {
            return samples / seconds;
        }

        void add(double[] w) {
            samples += w[0];
            seconds += w[1];
        }
    }

    @Test
    void throughputFramesAndMemory() throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        TrainTestData data = MnistLoader.embedded();
        int n = data.train().count();
        UiCpu cpu = new UiCpu(fx(() -> Thread.currentThread().getId()));
        Side head = new Side("headless");
        List<Side> screens = new ArrayList<>(List.of(new Side(YIELD ? "screen (trainer yields to frames)" : "screen (no yielding)")));
        if (COMPARE_YIELD) {
            screens.add(new Side(YIELD ? "screen (no yielding)" : "screen (trainer yields to frames)"));
        }
        StringBuilder rounds = new StringBuilder();
        if (ROUNDS > 0) {
            // warm-up, not counted: the first screen run compiles the UI's code paths (JIT threads take CPU too)
            headless(data, threads);
            onScreen(threads, YIELD);
        }
        for (int round = 1; round <= ROUNDS; round++) {
            // A B, B A, A B, ...: a load that drifts in time from other processes hits every side alike
            List<Side> order = new ArrayList<>(screens);
            order.add(0, head);
            if (round % 2 == 0) {
                java.util.Collections.reverse(order);
            }
            rounds.append("  round ").append(round).append(':');
            for (Side side : order) {
                double[] w;
                if (side == head) {
                    w = work(headless(data, threads), n);
                } else {
                    long t0 = wallNanos();
                    long[] c0 = cpu.nanos();
                    w = work(onScreen(threads, side.name.contains("yields")), n);
                    long[] c1 = cpu.nanos();
                    long t1 = wallNanos();
                    side.windows.add(new long[] {t0, t1});
                    side.wall += t1 - t0;
                    side.cpu[0] += c1[0] - c0[0];
                    side.cpu[1] += c1[1] - c0[1];
                }
                side.add(w);
                rounds.append(String.format(Locale.ROOT, " %s %.0f;", side.name, w[0] / w[1]));
            }
            rounds.append(System.lineSeparator());
        }
        List<long[]> lecture = FRAME_SECONDS > 0 ? lectureRun(threads) : List.of();
        List<PulseLog.Pulse> pulses = PulseLog.stop();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "job %s relu adam batch 128, %d epochs of %d samples, %d threads, %d rounds; screen refresh every %d ms, "
                        + "charts every %d ms%n%s%s: %.0f samples/s%n",
                ARCH, EPOCHS, n, threads, ROUNDS, PERIOD_MS, CHART_MS, rounds, head.name, head.rate()));
        for (Side sc : screens) {
            report.append(String.format(Locale.ROOT, "%s, charts live: %.0f samples/s = %.1f%% of headless; "
                            + "UI threads' CPU: FX %.0f ms/s, render %.0f ms/s%n%s", sc.name, sc.rate(), 100 * sc.rate() / head.rate(),
                    1e3 * sc.cpu[0] / sc.wall, 1e3 * sc.cpu[1] / sc.wall, frames(pulses, sc.windows)));
        }
        if (!lecture.isEmpty()) {
            report.append(String.format(Locale.ROOT, "ONE LONG RUN on the screen (%d s, as in a lecture; the same job, "
                    + "%d epochs asked for, stopped after %d s), every pulse from Start to the end:%n", FRAME_SECONDS,
                    LECTURE_EPOCHS, FRAME_SECONDS)).append(frames(pulses, lecture.subList(0, 1)));
            report.append(String.format(Locale.ROOT, "the same run from %d s after Start (steady state):%n",
                    STEADY_AFTER_NANOS / 1_000_000_000L)).append(frames(pulses, lecture.subList(1, 2)));
        }
        if (MINUTES > 0) {
            report.append(memory());
        }
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("training-screen.txt"), report);
        System.out.print(report);
    }

    private List<EpochResult> headless(TrainTestData data, int threads) {
        List<EpochResult> out = new ArrayList<>();
        TrainConfig cfg = TrainConfig.defaults().withEpochs(EPOCHS).withBatchSize(128).withSeed(1).withThreads(threads)
                .withOptimizer(TrainConfig.OptimizerKind.ADAM, 1e-3, GradientClip.NONE).withStatsEvery(0);
        new Trainer(new ModelSpec(ARCH, ActivationKind.RELU, Double.NaN, 0, null).build(1), data, cfg)
                .run(new TrainingListener() {
                    @Override
                    public void onEpoch(EpochResult e) {
                        out.add(e);
                    }
                }, new TrainingControl());
        return out;
    }

    /** FX thread: the screen's set-up for this benchmark's job, the previous runs removed. */
    private void setUp(int epochs, int threads, boolean yield) {
        vm.runs().clear();
        SetupViewModel s = vm.setup();
        s.modelProperty().set(SetupViewModel.ModelKind.MLP);
        s.layersProperty().set("784-128-10");
        s.selectOnly(List.of(ActivationChoice.of(ActivationKind.RELU)));
        s.epochsProperty().set(Integer.toString(epochs));
        s.threadsProperty().set(Integer.toString(threads));
        s.batchProperty().set("128");
        vm.setRefreshPeriod(PERIOD_MS * 1_000_000L, CHART_MS * 1_000_000L);
        vm.setYieldToFrames(yield);
    }

    /** One run of the same job on the screen (the previous round's run is removed first). */
    private List<EpochResult> onScreen(int threads, boolean yield) throws Exception {
        fx(() -> {
            setUp(EPOCHS, threads, yield);
            return vm.start();
        });
        // Run.status() is volatile: read it from here, a few times a second. Polling through the FX
        // thread (TestFX's waitFor asks every 10 ms) woke it 100 times a second, a cost the screen
        // itself does not have but the screen's side of the comparison paid.
        Run run = fx(() -> vm.runs().get(0));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (!run.status().finished()) {
            if (System.nanoTime() > deadline) {
                throw new java.util.concurrent.TimeoutException("the screen's run did not finish in 10 minutes");
            }
            Thread.sleep(50);
        }
        return fx(run::epochs);
    }

    /** Frame-time percentiles of the pulses inside the screen's training windows. */
    private static String frames(List<PulseLog.Pulse> pulses, List<long[]> windows) {
        List<Double> all = new ArrayList<>();
        List<Double> rendered = new ArrayList<>();
        List<Double> intervals = new ArrayList<>();
        List<Double> afterStart = new ArrayList<>();
        java.util.Map<String, Double> phaseSum = new java.util.TreeMap<>();
        long last = 0;
        for (PulseLog.Pulse p : pulses) {
            boolean inside = windows.stream().anyMatch(w -> p.startNanos() >= w[0] && p.startNanos() <= w[1]);
            if (!inside) {
                last = 0;
                continue;
            }
            all.add(p.millis());
            if (windows.stream().anyMatch(w -> p.startNanos() >= w[0] + START_NANOS && p.startNanos() <= w[1])) {
                afterStart.add(p.millis());
            }
            if (p.rendered()) {
                rendered.add(p.millis());
                p.phases().forEach((k, v) -> phaseSum.merge(k, v, Double::sum));
            }
            if (last != 0) {
                intervals.add((p.startNanos() - last) / 1e6);
            }
            last = p.startNanos();
        }
        double[] a = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] r = rendered.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] iv = intervals.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] st = afterStart.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        StringBuilder ph = new StringBuilder("  mean ms per rendered pulse:");
        phaseSum.forEach((k, v) -> ph.append(String.format(Locale.ROOT, " %s %.2f;", k, v / Math.max(1, r.length))));
        pulses.stream().filter(p -> windows.stream().anyMatch(w -> p.startNanos() >= w[0] && p.startNanos() <= w[1]))
                .sorted((a1, b1) -> Double.compare(b1.millis(), a1.millis())).limit(5).forEach(p -> {
                    long into = windows.stream().filter(w -> p.startNanos() >= w[0] && p.startNanos() <= w[1])
                            .mapToLong(w -> p.startNanos() - w[0]).findFirst().orElse(0);
                    ph.append(String.format(Locale.ROOT, "%n  slow pulse %.1f ms, %.0f ms after its run's set-up began:",
                            p.millis(), into / 1e6));
                    p.phases().forEach((k, v) -> ph.append(String.format(Locale.ROOT, " %s %.1f;", k, v)));
                    // the wall-clock time, to find the frame in a GC log (-Xlog:gc:file=…:time) or a JFR recording
                    ph.append(" at ").append(Instant.ofEpochSecond(0, p.startNanos()));
                });
        long over = all.stream().filter(x -> x > 1000 / 60.0).count();
        return String.format(Locale.ROOT, "frames while training: %d pulses, frame time p50 %.1f ms p99 %.1f ms max %.1f ms; "
                        + "%d over 16.7 ms (%.2f%%)%n  the %d pulses that rendered: p50 %.1f ms p99 %.1f ms; pulse interval p50 %.1f ms p99 %.1f ms%n",
                a.length, pct(a, 0.5), pct(a, 0.99), pct(a, 1), over, 100.0 * over / Math.max(1, a.length),
                r.length, pct(r, 0.5), pct(r, 0.99), pct(iv, 0.5), pct(iv, 0.99))
                + String.format(Locale.ROOT, "  besides (not instead): the %d pulses from %d ms after each run's set-up began "
                        + "(this benchmark writes the set-up fields and starts the run inside the window): p99 %.1f ms max %.1f ms; "
                        + "%d over 16.7 ms%n", st.length, START_NANOS / 1_000_000, pct(st, 0.99), pct(st, 1),
                        afterStart.stream().filter(x -> x > 1000 / 60.0).count())
                + ph + System.lineSeparator();
    }

    /** The start of a screen run (set-up fields written, runs cleared, Start) that the extra figures leave out. */
    private static final long START_NANOS = 100_000_000L;

    /** CPU time of the FX thread and of the render thread (via java.management, by reflection: the module does not read it). */
    private static final class UiCpu {
        private final Object bean;
        private final java.lang.reflect.Method timeOf;
        private final long fx;
        private final long render;

        UiCpu(long fxThread) throws ReflectiveOperationException {
            bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
            timeOf = Class.forName("java.lang.management.ThreadMXBean").getMethod("getThreadCpuTime", long.class);
            fx = fxThread;
            render = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                    .findFirst().orElseThrow().getId();
        }

        long[] nanos() throws ReflectiveOperationException {
            return new long[] {(Long) timeOf.invoke(bean, fx), (Long) timeOf.invoke(bean, render)};
        }
    }

    /** Seconds of the long run whose frames are measured ({@code -Dbench.frameSeconds}, 0 = none). */
    private static final int FRAME_SECONDS = Integer.getInteger("bench.frameSeconds", 30);
    /** Epochs the long run asks for: more than it has time for, so it is still training when it is stopped. */
    private static final int LECTURE_EPOCHS = 1000;
    /** Where the long run's steady state begins: after its start-up (first charts, JIT of the run's code). */
    private static final long STEADY_AFTER_NANOS = 5_000_000_000L;

    /**
     * The frame-time target's own measurement: one run of the same job on the screen for
     * {@link #FRAME_SECONDS}, as a teacher would let it run, then Stop. The short runs of the
     * throughput comparison last about a second each, so their frames are mostly a run's first
     * moments (Start, the first charts); here those are a small part, as on a lecture's screen.
     * @return {whole run window}, {window from {@link #STEADY_AFTER_NANOS} on}
     */
    private List<long[]> lectureRun(int threads) throws Exception {
        fx(() -> {
            setUp(LECTURE_EPOCHS, threads, YIELD);
            return null;
        });
        long t0 = wallNanos();
        Run run = fx(() -> {
            if (!vm.start()) {
                throw new IllegalStateException("the long run did not start");
            }
            return vm.runs().get(0);
        });
        Thread.sleep(FRAME_SECONDS * 1000L);
        fx(() -> {
            vm.stop();
            return null;
        });
        while (!run.status().finished()) {
            Thread.sleep(20);
        }
        Thread.sleep(500); // the frames that show the run stopped
        long t1 = wallNanos();
        return List.of(new long[] {t0, t1}, new long[] {t0 + STEADY_AFTER_NANOS, t1});
    }

    /** A long run with the screen live: used heap after GC at 1 minute and at the end. */
    private String memory() throws Exception {
        fx(() -> {
            vm.runs().clear();
            SetupViewModel s = vm.setup();
            s.modelProperty().set(SetupViewModel.ModelKind.POST_CNN);
            s.selectOnly(List.of(ActivationChoice.of(ActivationKind.RELU)));
            s.epochsProperty().set("1000");
            s.threadsProperty().set(Integer.getInteger("bench.memoryThreads", 1).toString());
            return vm.start();
        });
        long t0 = System.nanoTime();
        StringBuilder sb = new StringBuilder();
        List<Long> marks = new ArrayList<>(List.of(60L));
        for (long m = 300; m < Math.round(MINUTES * 60); m += 300) {
            marks.add(m);
        }
        marks.add(Math.round(MINUTES * 60));
        for (long m : marks) {
            long until = t0 + TimeUnit.SECONDS.toNanos(m);
            WaitForAsyncUtils.waitFor(m + 60, TimeUnit.SECONDS, () -> System.nanoTime() >= until);
            Run r = fx(() -> vm.runs().get(0));
            String line = String.format(Locale.ROOT, "heap after %.1f min of live training (post CNN, relu): %.1f MB used "
                            + "(run %s, epoch %d, batch %d, %d loss points kept)%n", m / 60.0, usedHeapAfterGc() / 1e6,
                    r.status().name().toLowerCase(Locale.ROOT), r.latest() == null ? 0 : r.latest().epoch(),
                    r.latest() == null ? 0 : r.latest().batch(), r.trainLoss().size());
            System.out.print(line);
            sb.append(line);
        }
        fx(() -> {
            vm.stop();
            return null;
        });
        return sb.toString();
    }
}
