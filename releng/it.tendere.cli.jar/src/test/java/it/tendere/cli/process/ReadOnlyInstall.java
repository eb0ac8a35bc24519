// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * A copy of a product as root installs it: everyone may read and run it,
 * nobody may write in it. Closed, it is made writable again, so that JUnit
 * can remove it.
 */
final class ReadOnlyInstall implements AutoCloseable {

    final Path root;

    ReadOnlyInstall(Path product, Path root) throws IOException {
        this.root = root;
        try (Stream<Path> files = Files.walk(product)) {
            for (Path file : files.toList()) {
                Path to = root.resolve(product.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        permissions(true);
    }

    private void permissions(boolean readOnly) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.toList()) {
                boolean runnable = Files.isDirectory(file) || file.getParent().endsWith("bin");
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(
                        !readOnly ? "rwxr-xr-x" : runnable ? "r-xr-xr-x" : "r--r--r--"));
            }
        }
    }

    @Override
    public void close() throws IOException {
        permissions(false);
    }
}
