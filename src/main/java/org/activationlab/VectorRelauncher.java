package org.activationlab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.module.ModuleFinder;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Starts the heavy work (the window, {@code train}, {@code bench}) in a JVM that has the Vector
 * API, whose SIMD kernels make training about ten times faster on JDK 17.
 *
 * <p>{@code jdk.incubator.vector} is an incubator module: a JVM that resolves it prints
 * "WARNING: Using incubator modules: jdk.incubator.vector" on stderr before any of our code runs.
 * The module is therefore optional ({@code requires static}) and the launcher does not add it;
 * light commands ({@code eval}, {@code chain}, ... and every error message) run without it and
 * print exactly what they mean to. For the heavy work this class runs the same command again in a
 * child JVM with {@code --add-modules jdk.incubator.vector}, passing stdin and stdout straight
 * through and stderr through a filter that drops only that warning line. The exit status is the
 * child's. Set {@code ACTIVATION_LAB_NO_VECTOR=1} (or {@code -Dactivationlab.gemm=java}) to stay in
 * one JVM with the plain-Java kernels. The child starts from the class-data archive of
 * {@link StartupArchive} when there is one.
 */
final class VectorRelauncher {
    static final String MODULE = "jdk.incubator.vector";
    static final String CHILD_ENV = "ACTIVATION_LAB_VECTOR_CHILD";
    static final String WARNING = "WARNING: Using incubator modules: " + MODULE;

    /**
     * For the window's JVM only: C2 compiles a method after 3× the default number of calls/loops.
     * At start-up most methods run only a few thousand times, and on 2 cores C2 compiling them
     * competes with the FX thread: first frame 0.91 → 0.80 s (median of 7). A training loop passes
     * the thresholds within milliseconds (first-epoch speed unchanged, 784-256-256-10 MLP).
     *
     * <p>And a heap of at least 512 MB: G1 otherwise shrinks an idle window's heap to ~50 MB, and
     * then a drag that allocates a little per frame triggers a young collection every few hundred
     * ms, each a 4–15 ms pause, which is what made frames late (chain drag at depth 1,000, real
     * pulses: p99 18.6–21.4 ms → 16.4–17.7 ms).
     * Kept equal to the options in assets/packaging/launcher.sh.
     */
    static final List<String> WINDOW_JIT = List.of("-XX:Tier4InvocationThreshold=15000",
            "-XX:Tier4MinInvocationThreshold=1800", "-XX:Tier4CompileThreshold=45000", "-XX:Tier4BackEdgeThreshold=120000",
            "-Xms512m");

    private VectorRelauncher() {
    }

    /** Whether {@code args} ask for heavy work that benefits from the Vector API. */
    static boolean wantsVector(String[] args) {
        if (args.length == 0 || Main.isDocument(args)) {
            return true;
        }
        return Set.of("train", "bench").contains(args[0]) && !List.of(args).contains("--help") && !List.of(args).contains("-h");
    }

    /** The child's exit status, or empty when this JVM should just go on (module present, unavailable, or disabled). */
    static Optional<Integer> relaunchIfUseful(String[] args) {
        if (!wantsVector(args) || System.getenv(CHILD_ENV) != null || System.getenv("ACTIVATION_LAB_NO_VECTOR") != null
                || "java".equals(System.getProperty("activationlab.gemm"))
                || ModuleLayer.boot().findModule(MODULE).isPresent()
                || ModuleFinder.ofSystem().find(MODULE).isEmpty()) {
            return Optional.empty();
        }
        Optional<List<String>> cmd = childCommand(args);
        if (cmd.isEmpty()) {
            return Optional.empty();
        }
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd.get());
            pb.environment().put(CHILD_ENV, "1");
            pb.environment().put(StartupClock.T0_ENV, Long.toString(StartupClock.launchMillis()));
            pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
            pb.redirectOutput(ProcessBuilder.Redirect.INHERIT);
            Process p = pb.start();
            Thread pump = new Thread(() -> copyFiltered(p, System.err), "stderr-filter");
            pump.setDaemon(true);
            pump.start();
            // Ctrl-C reaches the child too (same process group); wait for it to finish cleanly
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    p.waitFor();
                    pump.join(2000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            int code = p.waitFor();
            pump.join(5000);
            return Optional.of(code);
        } catch (IOException e) {
            return Optional.empty(); // could not start a JVM: run here, with the plain-Java kernels
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }

    /**
     * The command line of this JVM with {@code --add-modules} added: taken from the process (the
     * jlink launcher script and {@code mvn javafx:run} start {@code java} with options we must
     * keep, such as the module path); a jpackage launcher hides them, so there it is rebuilt from
     * the runtime's own {@code java}.
     */
    static Optional<List<String>> childCommand(String[] args) {
        ProcessHandle.Info info = ProcessHandle.current().info();
        Path javaHome = Path.of(System.getProperty("java.home"));
        String java = javaHome.resolve("bin").resolve(isWindows() ? "java.exe" : "java").toString();
        List<String> cmd = new ArrayList<>();
        Optional<String[]> all = info.arguments();
        boolean fromProcess = System.getProperty("jpackage.app-path") == null && info.command().isPresent()
                && all.isPresent() && indexOfModuleOption(all.get()) >= 0;
        List<String> archive = new ArrayList<>(StartupArchive.forThisRuntime().jvmOptions());
        if (args.length == 0 || Main.isDocument(args)) {
            archive.addAll(WINDOW_JIT);
        }
        if (fromProcess) {
            cmd.add(info.command().get());
            cmd.add("--add-modules=" + MODULE);
            cmd.addAll(archive);
            cmd.addAll(List.of(all.get()));
            return Optional.of(cmd);
        }
        cmd.add(java);
        cmd.add("--add-modules=" + MODULE);
        cmd.addAll(archive);
        for (String key : List.of("activationlab.home", "prism.order", "glass.platform", "monocle.platform")) {
            String v = System.getProperty(key);
            if (v != null) {
                cmd.add("-D" + key + "=" + v);
            }
        }
        cmd.add("-m");
        cmd.add("org.activationlab/org.activationlab.Main");
        cmd.addAll(List.of(args));
        return Optional.of(cmd);
    }

    private static int indexOfModuleOption(String[] a) {
        for (int i = 0; i < a.length; i++) {
            if (a[i].equals("-m") || a[i].equals("--module") || a[i].startsWith("--module=")) {
                return i;
            }
        }
        return -1;
    }

    private static void copyFiltered(Process p, PrintStream err) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), Charset.defaultCharset()))) {
            String line;
            boolean first = true;
            while ((line = r.readLine()) != null) {
                if (first && line.equals(WARNING)) {
                    first = false;
                    continue;
                }
                first = false;
                err.println(line);
                err.flush();
            }
        } catch (IOException e) {
            // the child closed its stderr: nothing more to copy
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win");
    }
}
