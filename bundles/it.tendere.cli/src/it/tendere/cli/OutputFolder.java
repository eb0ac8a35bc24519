// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import it.tendere.dsl.io.AtomicFiles;
import it.tendere.dsl.io.ModelFileException;
import it.tendere.format.Printable;

/**
 * Files a command writes into one folder: all checked before the first is
 * written, all written or none, an existing one replaced only with --force.
 * A folder that does not exist yet is made (with its parents) when the files
 * are written, and taken away again if they cannot be.
 */
final class OutputFolder {

    /** Letters, digits, dot, dash, underscore; no leading dot. */
    private static final Pattern SAFE_NAME = Pattern.compile("[\\p{L}\\p{N}_-][\\p{L}\\p{N}._-]{0,200}");

    private final Path folder;
    private final boolean force;
    private final Map<Path, byte[]> files = new LinkedHashMap<>();

    OutputFolder(Path folder, boolean force) throws ModelFileException {
        Path existing = folder.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new ModelFileException(folder, Tendere.MESSAGES.get("out.notFolder", existing == null ? folder
                    : existing));
        }
        if (!existing.equals(folder.toAbsolutePath().normalize()) && !Files.isWritable(existing)) {
            throw new ModelFileException(folder, Tendere.MESSAGES.get("out.cannotMake", existing));
        }
        this.folder = folder;
        this.force = force;
    }

    /**
     * The file of that name in the folder, refused now if it exists and
     * --force was not given. A name comes from the model: it is one plain
     * file name, in the folder, or it is refused.
     */
    Path file(String name) throws ModelFileException {
        Path file = folder.resolve(name);
        if (!SAFE_NAME.matcher(name).matches() || !folder.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize().getParent())) {
            throw new ModelFileException(folder, Tendere.MESSAGES.get("out.badName", Printable.of(name, 80)));
        }
        if (Files.isDirectory(folder)) {
            AtomicFiles.checkWritable(file, force);
        }
        return file;
    }

    void add(Path file, byte[] content) {
        files.put(file, content);
    }

    /** Writes every file added, all or none, and says so. */
    void write(Console console) throws ModelFileException {
        write(console, staging -> List.of());
    }

    /** What writes files of its own straight into a staging, as they are made; answers them, in order. */
    interface Staged {
        List<Path> write(AtomicFiles.Staging staging) throws ModelFileException;
    }

    /**
     * Writes, once the folder is there (made, with its missing parents, if it
     * was not), the files {@code staged} writes and every file added, all or
     * none, and says so. If they cannot all be written (or the writing stops
     * on any error), none is, and the folders made are taken away again.
     */
    void write(Console console, Staged staged) throws ModelFileException {
        List<Path> made = makeFolder();
        List<Path> written = new ArrayList<>();
        boolean done = false;
        try (AtomicFiles.Staging staging = new AtomicFiles.Staging(force)) {
            written.addAll(staged.write(staging));
            for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                staging.write(file.getKey(), file.getValue());
                written.add(file.getKey());
            }
            staging.commit();
            done = true;
        } finally {
            if (!done) {
                remove(made);
            }
        }
        written.forEach(file -> console.info(Tendere.MESSAGES.get("written", file)));
    }

    /** Makes the folder and whichever of its parents are missing; answers those made, outermost first. */
    private List<Path> makeFolder() throws ModelFileException {
        List<Path> missing = new ArrayList<>();
        for (Path at = folder.toAbsolutePath().normalize(); at != null && !Files.exists(at); at = at.getParent()) {
            missing.add(0, at);
        }
        List<Path> made = new ArrayList<>();
        for (Path each : missing) {
            try {
                Files.createDirectory(each);
                made.add(each);
            } catch (IOException e) {
                remove(made);
                throw new ModelFileException(folder, Tendere.MESSAGES.get("out.cannotMake", each), e);
            }
        }
        return made;
    }

    /** Takes away the folders this run made, innermost first, each only when empty. */
    private static void remove(List<Path> made) {
        for (int i = made.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(made.get(i));
            } catch (IOException notEmpty) {
                return;
            }
        }
    }
}
