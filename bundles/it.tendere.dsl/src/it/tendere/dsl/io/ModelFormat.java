// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.io;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The two forms a model is kept in: the DSL's text and EMF's XMI.
 */
public enum ModelFormat {

    /** The Italian DSL, {@code .tendere}. */
    TEXT("tendere"),
    /** XMI, {@code .servicemodel}. */
    XMI("servicemodel");

    private final String extension;

    ModelFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The form a file name says, if it says one. */
    public static Optional<ModelFormat> of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        for (ModelFormat format : values()) {
            if (name.endsWith("." + format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
