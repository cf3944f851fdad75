package org.activationlab;

import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.activationlab.core.settings.AppDirs;

/**
 * A class-data-sharing (CDS) archive for the window's start: the classes the app loads up to its
 * first frame, already parsed, verified and laid out, mapped into the JVM instead of being read
 * from the compressed runtime image one by one (start to first frame about 30 % faster).
 *
 * <p>The archive is too large (about 35 MB) to ship inside the runtime image, so the image ships
 * only the list of those classes ({@code lib/activation-lab.classlist}, made by
 * {@code bench/classlist.sh}) and the archive is made from it on the machine:
 * <ul>
 *   <li>by the Linux package's install script, as the runtime's default archive
 *       ({@code lib/server/classes.jsa}, which every JVM of the runtime uses by itself; removed
 *       with the package) — then there is nothing to do here;</li>
 *   <li>otherwise once, in the background after the first window appears, into {@code cds/}
 *       inside the app's settings folder; the window's JVM (see {@link VectorRelauncher}) starts
 *       from it on later starts.</li>
 * </ul>
 * The archive's name carries the runtime's identity, so an archive from another version is
 * never used (and is deleted when the new one is made); the JVM checks the archive itself too and
 * with {@code -Xshare:auto} starts normally, just slower, from a corrupt or mismatched one.
 * Set {@code ACTIVATION_LAB_NO_CDS=1} to neither use nor make one.
 */
public final class StartupArchive {
    static final String CLASS_LIST = "activation-lab.classlist";
    static final String BUILD_ID = "activation-lab.build";
    private static final String PREFIX = "startup-";
    private static final Duration DUMP_IN_PROGRESS = Duration.ofMinutes(2);
    private final Path javaHome;
    private final Path folder;

    StartupArchive(Path javaHome, Path folder) {
        this.javaHome = javaHome;
        this.folder = folder;
    }

    /** The archive of this runtime, kept in the settings folder's {@code cds} subfolder. */
    static StartupArchive forThisRuntime() {
        return new StartupArchive(Path.of(System.getProperty("java.home")), AppDirs.home().resolve("cds"));
    }

    static boolean disabled() {
        return System.getenv("ACTIVATION_LAB_NO_CDS") != null;
    }

    Path classList() {
        return javaHome.resolve("lib").resolve(CLASS_LIST);
    }

    /** The runtime's default archive, which the JVM maps by itself (made by the package's install script). */
    boolean runtimeHasArchive() {
        return Files.isRegularFile(javaHome.resolve("lib").resolve("server").resolve("classes.jsa"));
    }

    /**
     * The archive for this runtime image: named by the image's build id ({@code lib/activation-lab.build},
     * written by the build; the image's launcher script finds it by that name too), else by the
     * JVM's and app's versions. The JVM checks an archive only loosely against the runtime image
     * (not its modification time), so an archive must never be used with another build's image.
     */
    Path archive() {
        String id;
        try {
            id = Files.readString(javaHome.resolve("lib").resolve(BUILD_ID)).strip();
        } catch (IOException e) {
            id = "";
        }
        if (!id.matches("[A-Za-z0-9._-]{1,64}")) {
            id = "dev" + Integer.toHexString(String.join("|", System.getProperty("java.vm.version", ""), Version.get(),
                    javaHome.toString()).hashCode());
        }
        return folder.resolve(PREFIX + id + ".jsa");
    }

    /** JVM options that start a JVM of this runtime from the archive; empty when there is none to use. */
    List<String> jvmOptions() {
        if (disabled() || runtimeHasArchive()) {
            return List.of();
        }
        Path a = archive();
        return Files.isRegularFile(a) ? List.of("-XX:SharedArchiveFile=" + a, "-Xshare:auto") : List.of();
    }

    /** Whether making an archive here is useful and possible: a class list shipped, no archive yet. */
    boolean worthMaking() {
        return !disabled() && Files.isRegularFile(classList()) && !runtimeHasArchive() && !Files.exists(archive())
                && Files.isRegularFile(javaHome.resolve("lib").resolve(BUILD_ID)) && Files.isExecutable(java())
                && !dumpInProgress();
    }

    /**
     * Called by the window once it is shown: makes the archive in a separate, low-priority process
     * after {@code delay}, unless there is one already. The process outlives the app if need be and
     * writes to a temporary file that is renamed into place only when complete. With
     * {@code holdExit} this JVM does not exit before the process is started (the start-up benchmark
     * quits right after the first frame).
     */
    public static void makeInBackground(Duration delay, boolean holdExit) {
        StartupArchive a = forThisRuntime();
        if (!a.worthMaking()) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(delay.toMillis());
                a.make();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // no archive: the next start is as fast as this one, nothing else changes
            }
        }, "cds-archive");
        t.setDaemon(!holdExit);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Starts the dump process; returns it (already started). */
    Process make() throws IOException {
        Files.createDirectories(folder);
        deleteOthers();
        Path target = archive();
        Path tmp = folder.resolve(target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        ProcessBuilder pb = new ProcessBuilder(makeCommand(tmp, target));
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("ACTIVATION_LAB_STARTUP_PROBE");
        Process p = pb.start();
        if (isWindows()) {
            // no shell to rename when the dump is done: this JVM does it if it is still running then
            p.onExit().thenRun(() -> moveIfComplete(p, tmp, target));
        }
        return p;
    }

    /** The JVM's dump command, wrapped (Unix) in a shell that renames the finished file into place. */
    List<String> makeCommand(Path tmp, Path target) {
        List<String> dump = new ArrayList<>(List.of(java().toString(), "-Xshare:dump",
                "-XX:SharedClassListFile=" + classList(), "-XX:SharedArchiveFile=" + tmp,
                "--add-modules", ModuleFinder.ofSystem().find(VectorRelauncher.MODULE).isPresent()
                        ? "org.activationlab," + VectorRelauncher.MODULE : "org.activationlab"));
        if (isWindows()) {
            return dump;
        }
        List<String> cmd = new ArrayList<>(List.of("/bin/sh", "-c",
                "t=$1; f=$2; shift 2; n=; command -v nice >/dev/null 2>&1 && n='nice -n 10'; "
                        + "if $n \"$@\" && [ -s \"$t\" ]; then mv -f \"$t\" \"$f\"; else rm -f \"$t\"; fi",
                "sh", tmp.toString(), target.toString()));
        cmd.addAll(dump);
        return cmd;
    }

    private static void moveIfComplete(Process p, Path tmp, Path target) {
        try {
            if (p.exitValue() == 0 && Files.size(tmp) > 0) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            // left for deleteOthers() on a later start
        }
    }

    /** Archives of other versions, and temporary files of dumps that never finished. */
    void deleteOthers() throws IOException {
        String keep = archive().getFileName().toString();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*")) {
            for (Path f : files) {
                boolean staleTmp = f.toString().endsWith(".tmp") && !recent(f);
                boolean otherArchive = f.toString().endsWith(".jsa") && !f.getFileName().toString().equals(keep);
                if (staleTmp || otherArchive) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private boolean dumpInProgress() {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*.tmp")) {
            for (Path f : files) {
                if (recent(f)) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    private static boolean recent(Path f) {
        try {
            FileTime t = Files.getLastModifiedTime(f);
            return t.toInstant().isAfter(Instant.now().minus(DUMP_IN_PROGRESS));
        } catch (IOException e) {
            return false;
        }
    }

    private Path java() {
        return javaHome.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    }
}
