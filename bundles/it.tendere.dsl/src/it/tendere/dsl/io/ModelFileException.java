// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.io;

import java.nio.file.Path;

/**
 * A file that cannot be read or written as a model: missing, not UTF-8, not
 * well-formed, refused for safety. The message is the user's, in their language.
 */
public class ModelFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path path;

    public ModelFileException(Path path, String message, Throwable cause) {
        super(message, cause);
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
