package org.activationlab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code activation-lab --self-test [DIR]}: renders every screen to a PNG in DIR (default
 * {@code ./activation-lab-self-test}) and checks none is blank; exit 0, or 1 with the reason.
 *
 * <p>It needs no display: the runtime image ships Monocle (JavaFX's embedded/headless glass
 * platform) in {@code lib/monocle/}, and this launcher starts a second JVM from the same runtime
 * with Monocle patched into {@code javafx.graphics} and the software renderer. JVM flags cannot be
 * changed once a JVM runs, hence the child process. Without the bundled jar (a development run)
 * the test runs in this JVM and needs a display.
 */
final class SelfTestLauncher {
    static final String MAIN = "org.activationlab.app.selftest.SelfTestMain";

    private SelfTestLauncher() {
    }

    static int run(String[] args) {
        if (args.length > 2) {
            System.err.println("activation-lab --self-test: expected at most one folder, got " + (args.length - 1) + " arguments");
            return 2;
        }
        String dir = args.length == 2 ? args[1] : "activation-lab-self-test";
        Path javaHome = Path.of(System.getProperty("java.home"));
        Path monocle = javaHome.resolve("lib").resolve("monocle").resolve("openjfx-monocle.jar");
        if (!Files.isRegularFile(monocle)) {
            System.err.println("activation-lab --self-test: offscreen toolkit not bundled here (development run); "
                    + "rendering with the normal toolkit, which needs a display");
            try {
                Class<?> c = Class.forName(MAIN);
                c.getMethod("main", String[].class).invoke(null, (Object) new String[] {dir});
                return 0; // SelfTestMain exits the JVM itself
            } catch (ReflectiveOperationException e) {
                System.err.println("activation-lab --self-test: " + e);
                return 1;
            }
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(javaHome.resolve("bin").resolve(isWindows() ? "java.exe" : "java").toString());
        cmd.add("--patch-module");
        cmd.add("javafx.graphics=" + monocle);
        cmd.add("-Dglass.platform=Monocle");
        cmd.add("-Dmonocle.platform=Headless");
        cmd.add("-Dprism.order=sw");
        cmd.add("-Dprism.text=t2k");
        cmd.add("-Djava.awt.headless=true");
        String home = System.getProperty("activationlab.home");
        if (home != null) {
            cmd.add("-Dactivationlab.home=" + home);
        }
        cmd.add("-m");
        cmd.add("org.activationlab/" + MAIN);
        cmd.add(dir);
        try {
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            return p.waitFor();
        } catch (IOException e) {
            System.err.println("activation-lab --self-test: could not start " + cmd.get(0) + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win");
    }
}
