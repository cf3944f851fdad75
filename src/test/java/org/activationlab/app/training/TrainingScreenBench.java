package org.activationlab.app.training;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Benchmark (reports, never fails on speed): the same training job headless (as
 * {@code activation-lab train} configures it: no statistics) and with the training screen open
 * and its charts live; samples/s = median over the epochs after the first. Also the frame
 * timing while training (pulse-to-pulse interval and the layout/CSS part of each pulse, via
 * pulse listeners) and the used heap after a GC at 1 minute and at the end of a longer run.
 *
 * <p>Run: {@code ./mvnw -B -o test -Dgroups=bench -Dtest=TrainingScreenBench -Dsurefire.failIfNoSpecifiedTests=false
 * [-Dbench.minutes=5]} (0 skips the memory run). Results: stdout and target/bench/training-screen.txt.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "groups", matches = ".*bench.*")
@ExtendWith(ApplicationExtension.class)
class TrainingScreenBench {
    private static final int EPOCHS = Integer.getInteger("bench.epochs", 8);
    private static final double MINUTES = Double.parseDouble(System.getProperty("bench.minutes", "5"));
    private static final String ARCH = "mlp:784-128-10";
    private TrainingView view;
    private TrainingViewModel vm;
    private Scene scene;
    private final List<Long> intervals = new ArrayList<>();
    private final List<Long> layout = new ArrayList<>();
    private volatile boolean recording;
    private long lastPulse;
    private long pulseStart;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        vm = new TrainingViewModel();
        view = new TrainingView(vm, new StatusModel());
        scene = new Scene(view, 1280, 800);
        MainView.installStyles(scene);
        scene.addPreLayoutPulseListener(() -> {
            long now = System.nanoTime();
            if (recording && lastPulse != 0) {
                intervals.add(now - lastPulse);
            }
            lastPulse = now;
            pulseStart = now;
        });
        scene.addPostLayoutPulseListener(() -> {
            if (recording) {
                layout.add(System.nanoTime() - pulseStart);
            }
        });
        stage.setScene(scene);
        stage.show();
    }

    private static <T> T fx(Callable<T> c) {
        return WaitForAsyncUtils.waitForAsyncFx(20_000, c);
    }

    private static double median(List<EpochResult> eps) {
        double[] v = eps.stream().filter(e -> e.epoch() > 1).mapToDouble(EpochResult::samplesPerSecond).sorted().toArray();
        return v[v.length / 2];
    }

    private static double pct(List<Long> xs, double q) {
        long[] v = xs.stream().mapToLong(Long::longValue).sorted().toArray();
        return v.length == 0 ? Double.NaN : v[Math.min(v.length - 1, (int) Math.ceil(q * v.length) - 1)] / 1e6;
    }

    private static long usedHeapAfterGc() {
        System.gc();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    @Test
    void throughputFramesAndMemory() throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        TrainTestData data = MnistLoader.embedded();
        List<EpochResult> headless = new ArrayList<>();
        TrainConfig cfg = TrainConfig.defaults().withEpochs(EPOCHS).withBatchSize(128).withSeed(1).withThreads(threads)
                .withOptimizer(TrainConfig.OptimizerKind.ADAM, 1e-3, GradientClip.NONE).withStatsEvery(0);
        new Trainer(new ModelSpec(ARCH, ActivationKind.RELU, Double.NaN, 0, null).build(1), data, cfg)
                .run(new TrainingListener() {
                    @Override
                    public void onEpoch(EpochResult e) {
                        headless.add(e);
                    }
                }, new TrainingControl());
        double headlessSps = median(headless);

        fx(() -> {
            SetupViewModel s = vm.setup();
            s.layersProperty().set("784-128-10");
            s.selectOnly(List.of(ActivationChoice.of(ActivationKind.RELU)));
            s.epochsProperty().set(Integer.toString(EPOCHS));
            s.threadsProperty().set(Integer.toString(threads));
            s.batchProperty().set("128");
            vm.setRefreshPeriod(Long.getLong("bench.periodMs", 400) * 1_000_000L,
                    Long.getLong("bench.chartMs", 1000) * 1_000_000L);
            recording = true;
            return vm.start();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.MINUTES, () -> fx(() -> vm.runs().get(0).status().finished()));
        double screenSps = median(vm.runs().get(0).epochs());
        List<Long> iv;
        List<Long> lay;
        synchronized (this) {
            iv = fx(() -> {
                recording = false;
                return new ArrayList<>(intervals);
            });
            lay = fx(() -> new ArrayList<>(layout));
        }
        String report = String.format(Locale.ROOT, "refresh every %d ms, charts every %d ms; job %s relu adam batch 128, %d epochs of %d samples, %d threads%n"
                        + "headless: %.0f samples/s (median, epochs 2..%d)%n"
                        + "screen open, charts live: %.0f samples/s = %.1f%% of headless%n"
                        + "frames while training: %d pulses; interval p50 %.1f ms p99 %.1f ms max %.1f ms; layout+CSS p50 %.2f ms p99 %.2f ms%n",
                Long.getLong("bench.periodMs", 400), Long.getLong("bench.chartMs", 1000), ARCH, EPOCHS, data.train().count(), threads, headlessSps, EPOCHS, screenSps, 100 * screenSps / headlessSps,
                iv.size(), pct(iv, 0.5), pct(iv, 0.99), pct(iv, 1.0), pct(lay, 0.5), pct(lay, 0.99));
        System.out.print(report);
        if (MINUTES > 0) {
            report += memory();
        }
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("training-screen.txt"), report);
        System.out.print(report);
    }

    /** A long run with the screen live: used heap after GC at 1 minute and at the end. */
    private String memory() throws Exception {
        fx(() -> {
            vm.setup().epochsProperty().set("1000");
            return vm.start();
        });
        long t0 = System.nanoTime();
        StringBuilder sb = new StringBuilder();
        long[] marks = {60, Math.round(MINUTES * 60)};
        for (long m : marks) {
            long until = t0 + TimeUnit.SECONDS.toNanos(m);
            WaitForAsyncUtils.waitFor(m + 60, TimeUnit.SECONDS, () -> System.nanoTime() >= until);
            Run r = fx(() -> vm.runs().get(vm.runs().size() - 1));
            sb.append(String.format(Locale.ROOT, "heap after %.1f min of live training: %.1f MB used (epoch %d, %d loss points kept)%n",
                    m / 60.0, usedHeapAfterGc() / 1e6, r.latest() == null ? 0 : r.latest().epoch(), r.trainLoss().size()));
        }
        fx(() -> {
            vm.stop();
            return null;
        });
        return sb.toString();
    }
}
