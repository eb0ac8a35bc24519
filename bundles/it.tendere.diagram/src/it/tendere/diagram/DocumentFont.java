// SPDX-License-Identifier: EPL-2.0
package it.tendere.diagram;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The font the documents and the diagrams are written in, found by family
 * name among the fonts fontconfig knows (the ones the JVM itself draws with
 * on Linux): DejaVu Sans unless the user names another, with
 * {@value #PROPERTY} or {@value #ENVIRONMENT}. The diagrams are measured and
 * drawn with its regular and bold faces, and the PDF embeds the faces it uses.
 * One piece of work may use another font ({@link #with}, {@link #carried}):
 * a studio's generation in the font of the Province's template, while its
 * editors keep drawing in the configured one.
 */
public final class DocumentFont {

    /** The system property that names the family. */
    public static final String PROPERTY = "tendere.font";
    /** The environment variable that names the family, where the property does not. */
    public static final String ENVIRONMENT = "TENDERE_FONT";
    /** The family used when none is named: Debian's default, which covers Italian. */
    public static final String DEFAULT_FAMILY = "DejaVu Sans";

    private static volatile DocumentFont current;

    /** The font of the work a thread does ({@link #with}, {@link #carried}); none: the configured one. */
    private static final ThreadLocal<DocumentFont> WORK_FONT = new ThreadLocal<>();

    private final String family;
    private final Path regular;
    private final Path bold;
    private final Path italic;
    private final Path boldItalic;
    private final Font awt;
    private final Font awtBold;

    private DocumentFont(String family, Path regular, Path bold, Path italic, Path boldItalic, Font awt, Font awtBold) {
        this.family = family;
        this.regular = regular;
        this.bold = bold;
        this.italic = italic;
        this.boldItalic = boldItalic;
        this.awt = awt;
        this.awtBold = awtBold;
    }

    /** A family name is missing, or has no regular or bold face that can be embedded. */
    public static final class NotFoundException extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        private final String family;

        NotFoundException(String family, String reason) {
            super("font «" + family + "» not found: " + reason);
            this.family = family;
        }

        /** The family asked for. */
        public String family() {
            return family;
        }
    }

    /** The family configured: the property, else the environment variable, else DejaVu Sans. */
    public static String configuredFamily() {
        String family = System.getProperty(PROPERTY);
        if (family == null || family.isBlank()) {
            family = System.getenv(ENVIRONMENT);
        }
        return family == null || family.isBlank() ? DEFAULT_FAMILY : family.strip();
    }

    /**
     * The font of the work this thread does ({@link #with}), else the
     * configured font, found on first use and kept while the configured
     * family stays the same.
     *
     * @throws NotFoundException when the family is not installed
     */
    public static DocumentFont current() {
        DocumentFont own = WORK_FONT.get();
        if (own != null) {
            return own;
        }
        String family = configuredFamily();
        DocumentFont font = current;
        if (font == null || !font.family.equals(family)) {
            synchronized (DocumentFont.class) {
                font = current;
                if (font == null || !font.family.equals(family)) {
                    font = find(family);
                    current = font;
                }
            }
        }
        return font;
    }

    /** Work that answers a value and may fail. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * Does {@code work} with {@code font} as the {@link #current()} font of
     * this thread, and of the tasks it hands to other threads through
     * {@link #carried} (a generation's writers and drawers), not of any other
     * thread; with null, the thread's font stays as it is.
     */
    public static <T, E extends Exception> T with(DocumentFont font, Work<T, E> work) throws E {
        if (font == null) {
            return work.run();
        }
        DocumentFont outer = WORK_FONT.get();
        WORK_FONT.set(font);
        try {
            return work.run();
        } finally {
            if (outer == null) {
                WORK_FONT.remove();
            } else {
                WORK_FONT.set(outer);
            }
        }
    }

    /**
     * {@code task}, to be run by another thread in the font of the work this
     * thread does (as it is now), or as it is where this thread does none.
     */
    public static Runnable carried(Runnable task) {
        DocumentFont font = WORK_FONT.get();
        if (font == null) {
            return task;
        }
        return () -> with(font, () -> {
            task.run();
            return null;
        });
    }

    /**
     * Finds a family's faces through fontconfig.
     *
     * @throws NotFoundException when the family, or its regular or bold face, is not installed
     */
    public static DocumentFont find(String family) {
        Path regular = face(family, "", false, false)
                .orElseThrow(() -> new NotFoundException(family, "not installed"));
        Path bold = face(family, ":bold", true, false)
                .orElseThrow(() -> new NotFoundException(family, "no bold face"));
        Path italic = face(family, ":italic", false, true).orElse(null);
        Path boldItalic = face(family, ":bold:italic", true, true).orElse(null);
        return new DocumentFont(family, regular, bold, italic, boldItalic, load(family, regular), load(family, bold));
    }

    private static Font load(String family, Path file) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        } catch (FontFormatException | IOException e) {
            throw new NotFoundException(family, file + " cannot be read: " + e.getMessage());
        }
    }

    /**
     * The file fontconfig gives for the family and style, if it is that
     * family in that style: fontconfig answers its nearest font to anything,
     * so its answer is checked.
     */
    private static Optional<Path> face(String family, String style, boolean bold, boolean italic) {
        String escaped = family.replace("\\", "\\\\").replace("-", "\\-").replace(":", "\\:").replace(",", "\\,");
        String answer = fontconfig(family, escaped + style);
        String[] fields = answer.split("\n", -1);
        if (fields.length < 4) {
            return Optional.empty();
        }
        boolean sameFamily = false;
        for (String name : fields[0].split(",")) {
            sameFamily |= name.strip().equalsIgnoreCase(family);
        }
        int weight = parse(fields[1]);
        int slant = parse(fields[2]);
        Path file = Path.of(fields[3]);
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean embeddable = name.endsWith(".ttf") || name.endsWith(".otf");
        // fontconfig's weights: 80 regular, 200 bold; slants: 0 roman, 100 italic, 110 oblique.
        if (!sameFamily || !embeddable || !Files.isRegularFile(file) || (weight >= 180) != bold || (slant > 0) != italic) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    private static String fontconfig(String family, String pattern) {
        ProcessBuilder builder = new ProcessBuilder("fc-match", "--format=%{family}\\n%{weight}\\n%{slant}\\n%{file}\\n",
                pattern).redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] output;
            try (InputStream in = process.getInputStream()) {
                output = in.readNBytes(64 * 1024);
            }
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "";
            }
            return process.exitValue() == 0 ? new String(output, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new NotFoundException(family, "fontconfig's fc-match cannot be run (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static int parse(String number) {
        try {
            return (int) Double.parseDouble(number.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The family's name, as documents and stylesheets ask for it. */
    public String family() {
        return family;
    }

    /** The regular face's file. */
    public Path regular() {
        return regular;
    }

    /** The bold face's file. */
    public Path bold() {
        return bold;
    }

    /** The italic face's file, if the family has one. */
    public Optional<Path> italic() {
        return Optional.ofNullable(italic);
    }

    /** The bold italic face's file, if the family has one. */
    public Optional<Path> boldItalic() {
        return Optional.ofNullable(boldItalic);
    }

    /** The regular face, for measuring and drawing, at a size in pixels. */
    public Font awt(float size) {
        return awt.deriveFont(size);
    }

    /** The bold face, for drawing, at a size in pixels. */
    public Font awtBold(float size) {
        return awtBold.deriveFont(size);
    }

    /** The family's name as stylesheets and the PDF name it: letters, digits, spaces and dashes. */
    public String cssName() {
        return family.replaceAll("[^\\p{L}\\p{N} _-]", "");
    }

    /** The CSS font-family list: this family, then generic sans-serif. */
    public String cssFamily() {
        return "'" + cssName() + "', sans-serif";
    }
}
