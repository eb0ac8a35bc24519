// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.io;

import java.nio.file.Path;

import it.tendere.format.Printable;

/**
 * A file that cannot be read or written as a model: missing, not UTF-8, not
 * well-formed, refused for safety. The message is the user's, in their
 * language, and always one printable line: parsers quote the file's own
 * bytes in theirs, new lines and escape sequences included.
 */
public class ModelFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path path;

    public ModelFileException(Path path, String message, Throwable cause) {
        super(Printable.of(String.valueOf(message).replaceAll("\\s*\\R\\s*", " ").strip()), cause);
        this.path = path;
    }

    public ModelFileException(Path path, String message) {
        this(path, message, null);
    }

    /** The file the problem is about. */
    public Path getPath() {
        return path;
    }
}
