package org.activationlab.app.training;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.stage.Stage;
import org.activationlab.app.control.PlotExport;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.train.EpochResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Benchmark (reports, never fails): the CPU one chart redraw of the training screen costs, on the
 * FX thread (building the canvas commands) and on the render thread (painting them), measured as
 * thread CPU time, so it holds on a shared, loaded machine where wall-clock frame times do not.
 * The four charts hold what a long run shows (two runs, 300-point curves, two layers), and a new
 * point is added before every redraw, as in training.
 *
 * <p>Run: {@code ./mvnw -B -o test -Dgroups=bench -Dbench=true -DplainJava.skip=true
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtest=ChartDrawCostBench}. Results: stdout,
 * target/bench/chart-draw-cost.txt and target/bench/chart-draw-cost.png (the charts as drawn).
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "groups", matches = ".*bench.*")
@DisabledIfSystemProperty(named = "activationlab.gemm", matches = "java")
@ExtendWith(ApplicationExtension.class)
class ChartDrawCostBench {
    private static final int REDRAWS = Integer.getInteger("bench.redraws", 60);
    private static final int PER_PULSE = Integer.getInteger("bench.perPulse", 1);
    private ChartGrid grid;
    private final List<Run> runs = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        grid = new ChartGrid();
        Scene scene = new Scene(grid, 940, 740); // the chart area of a 1280×800 window while training
        stage.setScene(scene);
        stage.show();
    }

    private static <T> T fx(Callable<T> c) {
        return WaitForAsyncUtils.waitForAsyncFx(20_000, c);
    }

    /** A run 60 epochs long (what its curve buffers hold at the end), with noisy curves. */
    private static Run run(String label, int color, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Run r = new Run(label, ActivationChoice.of(ActivationKind.RELU), "probe", color, true);
        int n = Run.CURVE_POINTS;
        double[] x = new double[n];
        double[] loss = new double[n];
        double[] g1 = new double[n];
        double[] g2 = new double[n];
        double[] dead = new double[n];
        double[] sat = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 60.0 * i / n;
            loss[i] = 2.3 * Math.exp(-x[i] / 3) + 0.05 + 0.08 * rnd.nextDouble();
            g1[i] = 0.5 * Math.exp(-x[i] / 20) * (0.5 + rnd.nextDouble());
            g2[i] = 0.05 * Math.exp(-x[i] / 20) * (0.5 + rnd.nextDouble());
            dead[i] = 0.1 + 0.05 * rnd.nextDouble();
            sat[i] = 0.2 + 0.05 * rnd.nextDouble();
        }
        r.trainLoss().load(x, loss);
        r.loadCurve(Run.Kind.GRADIENT, "dense1", x, g1);
        r.loadCurve(Run.Kind.GRADIENT, "dense2", x, g2);
        r.loadCurve(Run.Kind.DEAD, "act1", x, dead);
        r.loadCurve(Run.Kind.SATURATED, "act1", x, sat);
        for (int e = 0; e <= 60; e++) {
            double l = 2.3 * Math.exp(-e / 3.0) + 0.1;
            r.onEpoch(new EpochResult(e, e == 0 ? Double.NaN : l, 1 - l / 2.5, l * 1.1, 1 - l / 2.4, 0.04, 2e5));
        }
        return r;
    }

    /** New figures on every chart: a loss point, an epoch, fresh layer curves. */
    private static void touch(Run r, SplittableRandom rnd) {
        r.trainLoss().add(60, 0.1 + 0.05 * rnd.nextDouble());
        r.trainLoss().add(60, 0.1 + 0.05 * rnd.nextDouble());
        r.onEpoch(new EpochResult(61, 0.1, 0.96, 0.1 + 0.01 * rnd.nextDouble(), 0.96, 0.04, 2e5));
        Run fresh = run(r.label(), r.colorIndex(), rnd.nextLong());
        for (Run.Kind k : Run.Kind.values()) {
            fresh.curves(k).forEach((layer, xy) -> r.loadCurve(k, layer, xy[0], xy[1]));
        }
    }

    @Test
    void cpuPerChartRedraw() throws Exception {
        runs.add(run("relu", 0, 1));
        runs.add(run("sigmoid", 1, 2));
        Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
        java.lang.reflect.Method cpu = Class.forName("java.lang.management.ThreadMXBean").getMethod("getThreadCpuTime", long.class);
        long fxId = fx(() -> Thread.currentThread().getId());
        long renderId = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .findFirst().orElseThrow().getId();
        SplittableRandom rnd = new SplittableRandom(7);
        // warm-up (JIT), then measured
        for (int pass = 0; pass < 2; pass++) {
            long fx0 = (Long) cpu.invoke(bean, fxId);
            long r0 = (Long) cpu.invoke(bean, renderId);
            int drawn = 0;
            for (int i = 0; i < REDRAWS; i++) {
                for (Run r : runs) {
                    touch(r, rnd);
                }
                fx(() -> {
                    grid.show(ChartBuilder.build(List.copyOf(runs), runs.get(0)), runs.size());
                    return null;
                });
                boolean any = true;
                while (any) {
                    int k = fx(() -> grid.drawNext(PER_PULSE));
                    any = k > 0;
                    drawn += k;
                    Thread.sleep(40); // a pulse lays out (draws the canvas) and renders
                }
            }
            long fx1 = (Long) cpu.invoke(bean, fxId);
            long r1 = (Long) cpu.invoke(bean, renderId);
            if (pass == 1) {
                String line = String.format(Locale.ROOT, "%d chart redraws: CPU per redraw FX %.2f ms, render %.2f ms%n",
                        drawn, (fx1 - fx0) / 1e6 / drawn, (r1 - r0) / 1e6 / drawn);
                Path dir = Path.of("target", "bench");
                Files.createDirectories(dir);
                Files.writeString(dir.resolve("chart-draw-cost.txt"), line);
                PlotExport.writePng(fx(() -> grid.snapshot(new SnapshotParameters(), null)), dir.resolve("chart-draw-cost.png"));
                System.out.print(line);
            }
        }
    }
}
