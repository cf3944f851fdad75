package org.activationlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupArchiveTest {
    @TempDir
    Path tmp;

    /** A fake runtime image with a class list, a build id and an executable bin/java. */
    private Path runtime(String buildId) throws IOException {
        Path home = tmp.resolve("runtime-" + buildId);
        Files.createDirectories(home.resolve("lib/server"));
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("lib").resolve(StartupArchive.CLASS_LIST), "java/lang/Object\n");
        Files.writeString(home.resolve("lib").resolve(StartupArchive.BUILD_ID), buildId + "\n");
        Path java = Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
        java.toFile().setExecutable(true);
        return home;
    }

    @Test
    void archiveIsNamedByTheImagesBuildIdSoAnotherBuildNeverUsesIt() throws IOException {
        Path folder = tmp.resolve("cds");
        Path a = new StartupArchive(runtime("20260101-120000-001"), folder).archive();
        Path b = new StartupArchive(runtime("20260101-120000-002"), folder).archive();
        assertEquals(folder.resolve("startup-20260101-120000-001.jsa"), a);
        assertFalse(a.equals(b));
    }

    @Test
    void aBuildIdThatIsNotAPlainNameFallsBackToAVersionKey() throws IOException {
        Path home = runtime("x");
        Files.writeString(home.resolve("lib").resolve(StartupArchive.BUILD_ID), "../../etc/evil\n");
        String name = new StartupArchive(home, tmp.resolve("cds")).archive().getFileName().toString();
        assertTrue(name.matches("startup-dev[0-9a-f]+\\.jsa"), name);
    }

    @Test
    void jvmOptionsNameTheArchiveOnlyOnceItExists() throws IOException {
        Path folder = tmp.resolve("cds");
        StartupArchive archive = new StartupArchive(runtime("b1"), folder);
        assertEquals(List.of(), archive.jvmOptions());
        assertTrue(archive.worthMaking());
        Files.createDirectories(folder);
        Files.write(archive.archive(), new byte[] {1, 2, 3});
        assertEquals(List.of("-XX:SharedArchiveFile=" + archive.archive(), "-Xshare:auto"), archive.jvmOptions());
        assertFalse(archive.worthMaking());
    }

    @Test
    void aRuntimeWithItsOwnDefaultArchiveNeedsNoneInTheSettingsFolder() throws IOException {
        Path home = runtime("b2");
        Files.write(home.resolve("lib/server/classes.jsa"), new byte[] {1});
        StartupArchive archive = new StartupArchive(home, tmp.resolve("cds"));
        Files.createDirectories(tmp.resolve("cds"));
        Files.write(archive.archive(), new byte[] {1});
        assertEquals(List.of(), archive.jvmOptions());
        assertFalse(archive.worthMaking());
    }

    @Test
    void noArchiveIsMadeWithoutAShippedClassList() throws IOException {
        Path home = runtime("b3");
        Files.delete(home.resolve("lib").resolve(StartupArchive.CLASS_LIST));
        assertFalse(new StartupArchive(home, tmp.resolve("cds")).worthMaking());
    }

    @Test
    void aDumpStillWritingItsTemporaryFileIsNotStartedTwice() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("cds"));
        StartupArchive archive = new StartupArchive(runtime("b4"), folder);
        Files.writeString(folder.resolve(archive.archive().getFileName() + ".123.tmp"), "");
        assertFalse(archive.worthMaking());
    }

    @Test
    void makingANewArchiveDeletesOtherBuildsArchivesAndAbandonedTemporaryFiles() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("cds"));
        StartupArchive archive = new StartupArchive(runtime("b5"), folder);
        Path old = Files.writeString(folder.resolve("startup-b4.jsa"), "");
        Path abandoned = Files.writeString(folder.resolve("startup-b4.jsa.77.tmp"), "");
        Files.setLastModifiedTime(abandoned, java.nio.file.attribute.FileTime.fromMillis(0));
        Path running = Files.writeString(folder.resolve("startup-b5.jsa.78.tmp"), "");
        Path unrelated = Files.writeString(folder.resolve("notes.txt"), "");
        archive.deleteOthers();
        assertFalse(Files.exists(old));
        assertFalse(Files.exists(abandoned));
        assertTrue(Files.exists(running));
        assertTrue(Files.exists(unrelated));
    }

    @Test
    void theDumpWritesATemporaryFileThatOnlyAFinishedDumpRenamesIntoPlace() throws IOException {
        Path home = runtime("b6");
        StartupArchive archive = new StartupArchive(home, tmp.resolve("cds"));
        Path target = archive.archive();
        Path part = tmp.resolve("cds/part.tmp");
        List<String> cmd = archive.makeCommand(part, target);
        String all = String.join(" ", cmd);
        assertTrue(all.contains("-Xshare:dump"), all);
        assertTrue(all.contains("-XX:SharedClassListFile=" + home.resolve("lib").resolve(StartupArchive.CLASS_LIST)), all);
        assertTrue(all.contains("-XX:SharedArchiveFile=" + part), all);
        if (!System.getProperty("os.name").toLowerCase().contains("win")) {
            assertEquals("/bin/sh", cmd.get(0));
            assertTrue(cmd.get(2).contains("mv -f"), cmd.get(2));
            assertEquals(List.of(part.toString(), target.toString()), cmd.subList(4, 6));
        }
    }

    @Test
    void aFinishedDumpAppearsUnderTheArchivesNameAndAFailedOneLeavesNothing() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")));
        Path home = runtime("b7");
        String fakeJava = "#!/bin/sh\nfor a; do case $a in -XX:SharedArchiveFile=*) printf jsa > \"${a#*=}\";; esac; done\nexit $FAKE_EXIT\n";
        Files.writeString(home.resolve("bin/java"), fakeJava.replace("$FAKE_EXIT", "0"));
        StartupArchive archive = new StartupArchive(home, tmp.resolve("cds"));
        assertEquals(0, archive.make().waitFor());
        assertEquals("jsa", Files.readString(archive.archive()));
        try (var files = Files.list(tmp.resolve("cds"))) {
            assertEquals(List.of(archive.archive()), files.toList());
        }

        Path home2 = runtime("b8");
        Files.writeString(home2.resolve("bin/java"), fakeJava.replace("$FAKE_EXIT", "1"));
        StartupArchive failing = new StartupArchive(home2, tmp.resolve("cds2"));
        failing.make().waitFor();
        try (var files = Files.list(tmp.resolve("cds2"))) {
            assertEquals(List.of(), files.toList());
        }
    }
}
