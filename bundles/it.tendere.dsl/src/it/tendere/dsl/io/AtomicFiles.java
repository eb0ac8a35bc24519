// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files so that a reader sees either the old content or the whole new
 * one: the bytes go to a temporary file in the same folder, which is then
 * renamed. An existing file is replaced only when the caller says so.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Checks that a file could be written, before any work is done to produce it. */
    public static void checkWritable(Path target, boolean replace) throws ModelFileException {
        Path folder = target.toAbsolutePath().normalize().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ModelFileException(target, ModelLoader.MESSAGES.get("write.folderMissing", folder));
        }
        if (!replace && Files.exists(target)) {
            throw new ModelFileException(target, ModelLoader.MESSAGES.get("write.exists"));
        }
    }

    public static void write(Path target, byte[] content, boolean replace) throws ModelFileException {
        checkWritable(target, replace);
        Path absolute = target.toAbsolutePath().normalize();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
            Files.write(temporary, content);
            permissions(temporary, absolute);
            if (replace) {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                // A hard link fails if the target appeared meanwhile, where a
                // rename would silently replace it.
                Files.createLink(absolute, temporary);
            }
        } catch (FileAlreadyExistsException e) {
            throw new ModelFileException(target, ModelLoader.MESSAGES.get("write.exists"), e);
        } catch (IOException | UnsupportedOperationException e) {
            throw new ModelFileException(target, ModelLoader.MESSAGES.get("write.failed", String.valueOf(e.getMessage())), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * A temporary file is private to its owner; the file it becomes is not:
     * it keeps the permissions of the file it replaces, or gets rw-r--r--.
     */
    private static void permissions(Path temporary, Path target) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // The temporary file is hidden and named after its target; leaving it is harmless.
            }
        }
    }
}
