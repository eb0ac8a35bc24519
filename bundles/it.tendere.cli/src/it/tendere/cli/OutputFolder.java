// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import it.tendere.dsl.io.AtomicFiles;
import it.tendere.dsl.io.ModelFileException;
import it.tendere.format.Printable;

/**
 * Files a command writes into one folder: all checked before the first is
 * written, all written or none, an existing one replaced only with --force.
 */
final class OutputFolder {

    /** Letters, digits, dot, dash, underscore; no leading dot. */
    private static final Pattern SAFE_NAME = Pattern.compile("[\\p{L}\\p{N}_-][\\p{L}\\p{N}._-]{0,200}");

    private final Path folder;
    private final boolean force;
    private final Map<Path, byte[]> files = new LinkedHashMap<>();

    OutputFolder(Path folder, boolean force) throws ModelFileException {
        if (!Files.isDirectory(folder)) {
            throw new ModelFileException(folder, Tendere.MESSAGES.get("out.notFolder", folder));
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
        AtomicFiles.checkWritable(file, force);
        return file;
    }

    void add(Path file, byte[] content) {
        files.put(file, content);
    }

    /** Writes every file added, all or none, and says so. */
    void write(Console console) throws ModelFileException {
        AtomicFiles.writeAll(files, force);
        files.keySet().forEach(file -> console.info(Tendere.MESSAGES.get("written", file)));
    }
}
