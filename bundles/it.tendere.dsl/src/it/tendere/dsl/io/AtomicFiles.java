// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes files so that a reader sees either the old content or the whole new
 * one: the bytes go to a temporary file in the same folder, which is then
 * renamed; a set of files is written all or none. An existing file is
 * replaced only when the caller says so.
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
        if (!Files.isWritable(folder)) {
            throw new ModelFileException(target, ModelLoader.MESSAGES.get("write.folderReadOnly", folder));
        }
        if (!replace && Files.exists(target)) {
            throw new ModelFileException(target, ModelLoader.MESSAGES.get("write.exists"));
        }
    }

    /** Writes one file; see {@link #writeAll(Map, boolean)}. */
    public static void write(Path target, byte[] content, boolean replace) throws ModelFileException {
        writeAll(Map.of(target, content), replace);
    }

    /**
     * Writes a set of files that belong together, all or none: every file is
     * first written whole beside its target (a full disk fails here, before
     * any target is touched), then each is renamed into place; if one of
     * those renames fails, the files already replaced get their old content
     * back and the new ones are removed.
     */
    public static void writeAll(Map<Path, byte[]> files, boolean replace) throws ModelFileException {
        try (Staging staging = new Staging(replace)) {
            for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                staging.write(file.getKey(), file.getValue());
            }
            staging.commit();
        }
    }

    /**
     * A set of files written all or none, for content too large to be held in
     * memory first: each is written by the caller into the hidden temporary
     * file {@link #stage(Path)} gives, beside its target; {@link #commit()}
     * puts them all in place ({@link #writeAll(Map, boolean)}'s way), and
     * closing removes whatever temporary file is left — all of them when the
     * set was not committed.
     */
    public static final class Staging implements AutoCloseable {
        private final boolean replace;
        private final Map<Path, Path> staged = new LinkedHashMap<>();
        private final List<Path> backups = new ArrayList<>();
        private final AtomicReference<ModelFileException> failure = new AtomicReference<>();

        /** {@code replace}: whether an existing target may be replaced. */
        public Staging(boolean replace) {
            this.replace = replace;
        }

        /**
         * The temporary file to write {@code target}'s content into, private
         * to its owner until it is put in place with the permissions it will
         * have.
         *
         * @throws ModelFileException when the target cannot be written
         */
        public Path stage(Path target) throws ModelFileException {
            checkWritable(target, replace);
            if (staged.containsKey(target)) {
                throw new IllegalArgumentException(target + " is staged already");
            }
            removeLeftovers(target);
            Path absolute = target.toAbsolutePath().normalize();
            Path temporary = null;
            try {
                temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
                permissions(temporary, absolute);
                staged.put(target, temporary);
                return temporary;
            } catch (IOException | UnsupportedOperationException e) {
                deleteQuietly(temporary);
                throw cannotWrite(target, e);
            }
        }

        /** Stages {@code target} with that content. */
        public void write(Path target, byte[] content) throws ModelFileException {
            Path temporary = stage(target);
            try {
                Files.write(temporary, content);
            } catch (IOException e) {
                throw cannotWrite(target, e);
            }
        }

        /**
         * A stream into the temporary file of {@code target}, staged before;
         * a failure to write it (a full disk) is kept for {@link #failure()}.
         * The temporary file is opened, never created: once the set is closed
         * (a writer still starting when the run was cancelled), there is
         * nothing to open, and nothing is left behind.
         *
         * @throws java.nio.file.NoSuchFileException when the set is closed
         */
        public OutputStream output(Path target) throws IOException {
            Path temporary = staged.get(target);
            if (temporary == null) {
                throw new IllegalArgumentException(target + " is not staged");
            }
            return new FilterOutputStream(Files.newOutputStream(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                @Override
                public void write(int b) throws IOException {
                    try {
                        out.write(b);
                    } catch (IOException e) {
                        throw failed(target, e);
                    }
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    try {
                        out.write(bytes, offset, length);
                    } catch (IOException e) {
                        throw failed(target, e);
                    }
                }

                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } catch (IOException e) {
                        throw failed(target, e);
                    }
                }
            };
        }

        private IOException failed(Path target, IOException e) {
            failure.compareAndSet(null, cannotWrite(target, e));
            return e;
        }

        /**
         * The first staged file that could not be written, as the user is to
         * be told, or null: a writer that fails at it may report it in its own
         * words, or not at all.
         */
        public ModelFileException failure() {
            return failure.get();
        }

        /**
         * Puts every staged file in place, or, on the first failure, puts back
         * what was there (a file that appeared meanwhile is not replaced
         * without leave: that is a failure).
         */
        public void commit() throws ModelFileException {
            AtomicFiles.commit(staged, replace, backups);
        }

        @Override
        public void close() {
            staged.values().forEach(AtomicFiles::deleteQuietly);
            backups.forEach(AtomicFiles::deleteQuietly);
        }
    }

    /** What the user is told of a file that could not be written. */
    private static ModelFileException cannotWrite(Path target, Exception e) {
        return new ModelFileException(target, ModelLoader.MESSAGES.get("write.failed", String.valueOf(e.getMessage())), e);
    }

    /** How old a temporary file of ours must be to count as left by a run that was killed. */
    private static final java.time.Duration LEFTOVER_AGE = java.time.Duration.ofMinutes(10);

    /**
     * Removes the hidden temporary and backup files of a target that a killed
     * run left behind ({@code .name123.tmp}, {@code .name.123.old}); files
     * younger than {@link #LEFTOVER_AGE} may be another run's, and stay.
     */
    private static void removeLeftovers(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        java.util.regex.Pattern ours = java.util.regex.Pattern
                .compile("\\." + java.util.regex.Pattern.quote(name) + "(\\d+\\.tmp|\\.\\d+\\.old)");
        long before = System.currentTimeMillis() - LEFTOVER_AGE.toMillis();
        try (java.util.stream.Stream<Path> siblings = Files.list(absolute.getParent())) {
            for (Path sibling : siblings.toList()) {
                if (ours.matcher(sibling.getFileName().toString()).matches()
                        && Files.isRegularFile(sibling, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(sibling, LinkOption.NOFOLLOW_LINKS).toMillis() < before) {
                    Files.deleteIfExists(sibling);
                }
            }
        } catch (IOException e) {
            // leftovers are hidden and harmless: the writing goes on
        }
    }

    /** Puts every staged file in place, or, on the first failure, puts back what was there. */
    private static void commit(Map<Path, Path> staged, boolean replace, List<Path> backups) throws ModelFileException {
        Map<Path, Path> done = new LinkedHashMap<>(); // target -> its old content's backup, or null where it was new
        for (Map.Entry<Path, Path> file : staged.entrySet()) {
            Path target = file.getKey();
            Path absolute = target.toAbsolutePath().normalize();
            try {
                Path backup = null;
                if (replace && Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
                    backup = absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid()
                            + ".old");
                    Files.deleteIfExists(backup);
                    Files.createLink(backup, absolute);
                    backups.add(backup);
                    Files.move(file.getValue(), absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    // A hard link fails if the target appeared meanwhile, where a
                    // rename would silently replace it.
                    Files.createLink(absolute, file.getValue());
                }
                done.put(absolute, backup);
            } catch (IOException | UnsupportedOperationException e) {
                undo(done);
                String message = e instanceof FileAlreadyExistsException ? ModelLoader.MESSAGES.get("write.exists")
                        : ModelLoader.MESSAGES.get("write.failed", String.valueOf(e.getMessage()));
                if (staged.size() > 1) {
                    message += ModelLoader.MESSAGES.get("write.noneWritten");
                }
                throw new ModelFileException(target, message, e);
            }
        }
    }

    /** Puts back the old content of the files replaced, removes the files that were new. */
    private static void undo(Map<Path, Path> done) {
        for (Map.Entry<Path, Path> file : done.entrySet()) {
            try {
                if (file.getValue() == null) {
                    Files.deleteIfExists(file.getKey());
                } else {
                    Files.move(file.getValue(), file.getKey(), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                // Nothing more can be done for this one: the error already names the set's failure.
            }
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
