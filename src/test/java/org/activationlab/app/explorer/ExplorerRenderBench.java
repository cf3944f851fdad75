package org.activationlab.app.explorer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.activationlab.app.shell.MainView;
import org.activationlab.app.shell.StatusModel;
import org.activationlab.core.activation.ActivationKind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Render benchmark (not a timed test; it measures and reports, it does not pass or fail on speed).
 * Re-rendering after an alpha change with 4 overlaid functions at 2,000 samples each, f and f′
 * shown, in the software pipeline (prism.order=sw, Monocle headless — the pom's test flags).
 *
 * <p>One frame = set alpha (the ViewModel resamples all curves) + CSS/layout pass (the plot's
 * skin redraws its canvas once) and then, to include rasterisation, a snapshot of the plot node
 * (renders the canvas through Prism's software pipeline). Also reported: the same with a
 * snapshot of the whole explorer, an upper bound that re-renders every control.
 *
 * <p>Run: {@code ./mvnw -B -o test -Dgroups=bench -Dtest=ExplorerRenderBench -Dsurefire.failIfNoSpecifiedTests=false}
 * (skipped unless {@code groups} names bench). Results: stdout and target/bench/explorer-render.txt.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "groups", matches = ".*bench.*")
@ExtendWith(ApplicationExtension.class)
class ExplorerRenderBench {
    private static final int WARMUP = Integer.getInteger("bench.warmup", 200);
    private static final int FRAMES = Integer.getInteger("bench.frames", 400);
    private ExplorerView view;
    private ExplorerViewModel vm;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        vm = new ExplorerViewModel(2000);
        vm.select(ActivationKind.ELU);
        vm.comparedProperty(ActivationKind.SIGMOID).set(true);
        vm.comparedProperty(ActivationKind.GELU).set(true);
        vm.comparedProperty(ActivationKind.LEAKY_RELU).set(true);
        vm.showDerivativeProperty().set(true);
        view = new ExplorerView(vm, new StatusModel());
        scene = new Scene(view, 1090, 720);
        MainView.installStyles(scene);
        stage.setScene(scene);
        stage.show();
    }

    /**
     * Timings in nanoseconds: [0] update + layout + canvas commands, [1] + plot raster, [2] + whole
     * view raster, [3] update alone, [4] CPU time of FX and render threads for [1].
     */
    private long[][] run(int frames) {
        long[][] t = new long[6][frames];
        CpuClock cpu = new CpuClock();
        WritableImage plotImg = null;
        WritableImage viewImg = null;
        for (int i = 0; i < frames; i++) {
            double a = 0.5 + 4.5 * (1 + Math.sin(i * 0.05)) / 2;
            long c0 = cpu.fxAndRenderThreads();
            long t0 = System.nanoTime();
            vm.setAlpha(a);
            t[3][i] = System.nanoTime() - t0;
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            long t1 = System.nanoTime();
            t[5][i] = cpu.fxAndRenderThreads() - c0;
            plotImg = view.plot().snapshot(null, plotImg);
            long t2 = System.nanoTime();
            t[0][i] = t1 - t0;
            t[1][i] = t2 - t0;
            t[4][i] = cpu.fxAndRenderThreads() - c0;
        }
        for (int i = 0; i < frames; i++) {
            double a = 0.5 + 4.5 * (1 + Math.cos(i * 0.05)) / 2;
            long t0 = System.nanoTime();
            vm.setAlpha(a);
            viewImg = view.snapshot(null, viewImg);
            t[2][i] = System.nanoTime() - t0;
        }
        return t;
    }

    /**
     * Real pulses, no snapshot: alpha is set on the FX thread, the next pulse lays out and the
     * render thread draws the scene into Monocle's screen buffer. Per frame we record the CPU
     * time the FX thread and the render thread spent (robust against other processes on the
     * machine) and the wall time from the change to the end of the pulse's layout.
     */
    private long[][] realPulses(int frames) throws Exception {
        long[][] t = new long[2][frames];
        CpuClock cpu = Snapshots.call(CpuClock::new);
        for (int i = 0; i < frames; i++) {
            double a = 0.5 + 4.5 * (1 + Math.sin(i * 0.05)) / 2;
            java.util.concurrent.CountDownLatch laidOut = new java.util.concurrent.CountDownLatch(1);
            long[] wall = new long[1];
            Thread.sleep(30); // let the previous frame's rendering finish
            long c0 = cpu.fxAndRenderThreads();
            javafx.application.Platform.runLater(() -> {
                long t0 = System.nanoTime();
                Runnable[] self = new Runnable[1];
                self[0] = () -> {
                    wall[0] = System.nanoTime() - t0;
                    scene.removePostLayoutPulseListener(self[0]);
                    laidOut.countDown();
                };
                scene.addPostLayoutPulseListener(self[0]);
                vm.setAlpha(a);
                javafx.application.Platform.requestNextPulse();
            });
            laidOut.await();
            Thread.sleep(30); // the render thread draws after the pulse
            t[0][i] = cpu.fxAndRenderThreads() - c0;
            t[1][i] = wall[0];
        }
        return t;
    }

    @Test
    void reRenderAfterAlphaChange() throws Exception {
        assertTrue(vm.getPlot().curves().size() == 4 && vm.getPlot().x().length == 2000);
        org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(600_000, () -> run(WARMUP));
        long[][] t = org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(600_000, () -> run(FRAMES));
        realPulses(Math.min(100, WARMUP));
        long[][] real = realPulses(FRAMES);
        String report = String.format(Locale.ROOT,
                "Real pulses (alpha set, next pulse lays out, render thread draws into the screen buffer):%n"
                        + "  CPU time per frame, FX + render thread  : %s%n"
                        + "  wall time, change -> end of layout      : %s%n",
                stats(real[0]), stats(real[1]));
        report += String.format(Locale.ROOT,
                "Explorer re-render after an alpha change: 4 functions x 2000 samples, f and f' (8 polylines), "
                        + "plot %.0fx%.0f px, prism.order=%s, %d frames after %d warm-up%n"
                        + "  update (resample 4 functions, rebind)  : %s%n"
                        + "  update + CSS/layout + canvas draw calls : %s%n"
                        + "  ... + plot rasterised (node snapshot)   : %s%n"
                        + "  ... + whole explorer rasterised         : %s%n"
                        + "  CPU time: update + CSS/layout + draw calls: %s%n"
                        + "  CPU time (FX + render thread), plot frame: %s%n"
                        + "  JVM %s, %d CPUs%n",
                view.plot().getWidth(), view.plot().getHeight(), System.getProperty("prism.order"), FRAMES, WARMUP,
                stats(t[3]), stats(t[0]), stats(t[1]), stats(t[2]), stats(t[5]), stats(t[4]), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        report += "  load average at the end: " + loadAverage() + " (wall-clock figures include waiting for a CPU)\n";
        System.out.print(report);
        Path out = Path.of("target", "bench", "explorer-render.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /**
     * CPU time of the FX thread plus Prism's render thread, read through reflection on
     * java.lang.management (the app module does not read java.management).
     */
    static final class CpuClock {
        private final Object bean;
        private final java.lang.reflect.Method threadCpu;
        private final long fxId;
        private final long renderId;

        CpuClock() {
            try {
                Class<?> mf = Class.forName("java.lang.management.ManagementFactory");
                bean = mf.getMethod("getThreadMXBean").invoke(null);
                threadCpu = Class.forName("java.lang.management.ThreadMXBean").getMethod("getThreadCpuTime", long.class);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("no thread CPU clock", e);
            }
            fxId = Thread.currentThread().getId();
            renderId = Thread.getAllStackTraces().keySet().stream()
                    .filter(th -> th.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId).findFirst().orElse(-1);
        }

        long fxAndRenderThreads() {
            try {
                long fx = (long) threadCpu.invoke(bean, fxId);
                long r = renderId < 0 ? 0 : (long) threadCpu.invoke(bean, renderId);
                return fx + Math.max(0, r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String stats(long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        double p50 = s[s.length / 2] / 1e6;
        double p99 = s[(int) Math.ceil(s.length * 0.99) - 1] / 1e6;
        double max = s[s.length - 1] / 1e6;
        return String.format(Locale.ROOT, "p50 %6.2f ms   p99 %6.2f ms   max %6.2f ms", p50, p99, max);
    }
}
