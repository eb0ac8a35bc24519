// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's models/ folder, which the build passes to the tests.
 */
public final class SampleModels {

    private SampleModels() {
    }

    /** The models/ folder of the checkout. */
    public static Path folder() {
        String location = System.getProperty("tendere.models");
        if (location == null) {
            throw new IllegalStateException("the system property tendere.models (the models/ folder) is not set");
        }
        return Path.of(location);
    }

    public static Path path(String relative) {
        return folder().resolve(relative);
    }

    public static String read(String relative) {
        try {
            return Files.readString(path(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every .tendere file under models/, templates included. */
    public static List<Path> all() {
        try (Stream<Path> files = Files.walk(folder())) {
            return files.filter(p -> p.toString().endsWith(".tendere")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
