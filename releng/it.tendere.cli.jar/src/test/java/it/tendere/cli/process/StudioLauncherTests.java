// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tendere Studio's script as an installed product meets it: called through a
 * symbolic link, by a user who can write neither the product nor a home. It
 * used to fail through the link («Equinox launcher not found») and, for such a
 * user, to print Equinox's «Invalid Configuration Location» page and stop.
 */
class StudioLauncherTests {

    @TempDir
    Path dir;

    @Test
    void theStudioOpensThroughALinkForAUserWhoCanWriteNeitherItNorAHome() throws Exception {
        Path runuser = Path.of("/usr/sbin/runuser");
        String display = System.getenv("DISPLAY");
        String authority = System.getenv("XAUTHORITY");
        Assumptions.assumeTrue(Files.isExecutable(runuser) && "root".equals(System.getProperty("user.name"))
                && display != null, "needs root to run as nobody, and a display");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path temporary = Files.createDirectories(dir.resolve("tmp"));
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path studio = Path.of(System.getProperty("tendere.studio"));
        try (ReadOnlyInstall installed = new ReadOnlyInstall(studio, dir.resolve("studio"))) {
            Path link = Files.createSymbolicLink(dir.resolve("tendere-studio"),
                    installed.root.resolve("bin/tendere-studio"));
            List<String> command = new ArrayList<>(List.of(runuser.toString(), "-u", "nobody", "--", "env",
                    "HOME=/nonexistent", "PATH=" + System.getenv("PATH"), "JAVA=" + Runner.javaExecutable(),
                    "TMPDIR=" + temporary, "DISPLAY=" + display, "LANG=it_IT.UTF-8"));
            if (authority != null) { // the display's key, for nobody to read
                Path key = Files.copy(Path.of(authority), dir.resolve("Xauthority"));
                Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
                command.add("XAUTHORITY=" + key);
            }
            command.add(link.toString());
            Path out = dir.resolve("out.txt");
            Path err = dir.resolve("err.txt");
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            try {
                // the workbench is up once it has made its folder in the session's workspace (its working sets
                // file, tried first, is written only some time later)
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
                while (process.isAlive() && System.nanoTime() < deadline && !workbenchUp(temporary)) {
                    Thread.sleep(500);
                }
                assertTrue(process.isAlive() && workbenchUp(temporary),
                        () -> "the studio is open; it said: " + read(out) + read(err));
            } finally {
                // the script first (it waits for Java, then cleans up), then Java
                process.destroy();
                process.descendants().forEach(ProcessHandle::destroy);
                process.waitFor(1, TimeUnit.MINUTES);
                process.descendants().forEach(ProcessHandle::destroyForcibly);
            }
            assertEquals("", read(out), "no «Invalid Configuration Location» page on standard output");
            assertTrue(read(err).contains("tendere-studio: /nonexistent/.tendere/studio non si può scrivere"),
                    () -> read(err));
            try (Stream<Path> left = Files.list(temporary)) {
                assertEquals(List.of(), left.toList(), "the session's folder is removed at its end");
            }
            assertFalse(Files.exists(installed.root.resolve("configuration/org.eclipse.osgi")),
                    "nothing written in the product");
        }
    }

    private static boolean workbenchUp(Path temporary) throws java.io.IOException {
        try (Stream<Path> sessions = Files.list(temporary)) {
            return sessions.anyMatch(session -> Files.exists(
                    session.resolve("workspace/.metadata/.plugins/org.eclipse.ui.workbench")));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
