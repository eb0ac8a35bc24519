// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** pandoc (Debian's, installed by .ci/run): a reader of DOCX nobody here wrote. */
final class Pandoc {

    private Pandoc() {
    }

    /** A DOCX as pandoc reads it, written out as HTML; pandoc must read it without failing. */
    static String html(Path docx) throws Exception {
        Process pandoc = new ProcessBuilder("pandoc", "-f", "docx", "-t", "html", docx.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String html = new String(pandoc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(pandoc.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, pandoc.exitValue(), "pandoc reads " + docx);
        return html;
    }
}
