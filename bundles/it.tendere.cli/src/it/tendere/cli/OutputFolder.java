// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import it.tendere.dsl.io.AtomicFiles;
import it.tendere.dsl.io.ModelFileException;

/**
 * Files a command writes into one folder: all checked before the first is
 * written, each written atomically, an existing one replaced only with --force.
 */
final class OutputFolder {

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

    /** The file of that name in the folder, refused now if it exists and --force was not given. */
    Path file(String name) throws ModelFileException {
        Path file = folder.resolve(name);
        AtomicFiles.checkWritable(file, force);
        return file;
    }

    void add(Path file, byte[] content) {
        files.put(file, content);
    }

    /** Writes every file added, and says so. */
    void write(Console console) throws ModelFileException {
        for (Map.Entry<Path, byte[]> file : files.entrySet()) {
            AtomicFiles.write(file.getKey(), file.getValue(), force);
            console.info(Tendere.MESSAGES.get("written", file.getKey()));
        }
    }
}
