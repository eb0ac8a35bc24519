// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The skeletons a new model starts from, one per format (models/templates),
 * with the Province, the date and, if known, the number of its Comuni filled
 * in.
 */
public final class Skeletons {

    /** The formats with a skeleton, in the order they are offered. */
    public static final List<String> FORMATS = List.of("formazione", "selezione", "disciplinari");

    private static final Pattern COMUNI_LINE = Pattern.compile("(?m)^(\\s*)comuni 0$");

    private Skeletons() {
    }

    /**
     * The text of a new model.
     *
     * @throws IllegalArgumentException for a format that has no skeleton
     */
    public static String fill(String format, String province, OptionalInt comuni, LocalDate date) {
        String text = template(format).replace("{{PROVINCIA}}", quoted(province.strip()))
                .replace("{{DATA}}", date.toString());
        if (comuni.isPresent()) {
            text = COMUNI_LINE.matcher(text).replaceFirst("$1comuni " + comuni.getAsInt());
        }
        return text;
    }

    /** The text as it stands between the quotes of a DSL string. */
    private static String quoted(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("\\R", " ");
    }

    private static String template(String format) {
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("no skeleton for the format " + format);
        }
        String resource = "templates/" + format + ".tendere";
        try (InputStream in = Skeletons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the " + resource + " skeleton is missing from the program");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
