// SPDX-License-Identifier: EPL-2.0
package it.tendere.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import it.tendere.diagram.DocumentFont;
import it.tendere.diagram.TextMetrics;

/**
 * The document font is found by family name among the installed fonts, not
 * at a path: DejaVu Sans unless another is configured, and a family that is
 * not installed is refused rather than replaced by fontconfig's nearest.
 */
class DocumentFontTests {

    @AfterEach
    void defaultFont() {
        System.clearProperty(DocumentFont.PROPERTY);
    }

    @Test
    void dejaVuSansIsFoundByName() {
        DocumentFont font = DocumentFont.find("DejaVu Sans");
        assertEquals("DejaVuSans.ttf", font.regular().getFileName().toString());
        assertEquals("DejaVuSans-Bold.ttf", font.bold().getFileName().toString());
        assertTrue(Files.isRegularFile(font.regular()) && Files.isRegularFile(font.bold()));
        assertEquals("DejaVu Sans", font.awt(11).getFamily(Locale.ROOT));
        assertEquals("DejaVu Sans", font.awtBold(11).getFamily(Locale.ROOT));
        assertTrue(font.awtBold(11).getFontName(Locale.ROOT).contains("Bold"), font.awtBold(11).getFontName(Locale.ROOT));
    }

    @Test
    void theDefaultIsDejaVuSans() {
        assertEquals(DocumentFont.DEFAULT_FAMILY, DocumentFont.current().family());
        assertEquals("DejaVu Sans", TextMetrics.font().getFamily(Locale.ROOT));
    }

    @Test
    void anAbsentFamilyIsRefusedNotReplaced() {
        // fontconfig answers its nearest font (DejaVu Sans here) to any name: that answer must not count.
        DocumentFont.NotFoundException missing = assertThrows(DocumentFont.NotFoundException.class,
                () -> DocumentFont.find("Tendere Carattere Inesistente"));
        assertEquals("Tendere Carattere Inesistente", missing.family());
        System.setProperty(DocumentFont.PROPERTY, "Tendere Carattere Inesistente");
        assertThrows(DocumentFont.NotFoundException.class, TextMetrics::font, "nothing is measured in a stand-in");
    }

    @Test
    void theConfiguredFamilyIsTheOneMeasuredAndDrawn() {
        String text = "Responsabile del servizio associato";
        double sans = TextMetrics.width(text);
        System.setProperty(DocumentFont.PROPERTY, "DejaVu Serif");
        assertEquals("DejaVu Serif", TextMetrics.font().getFamily(Locale.ROOT));
        assertEquals("DejaVuSerif-Bold.ttf", DocumentFont.current().bold().getFileName().toString());
        assertNotEquals(sans, TextMetrics.width(text), 0.5, "the layout measures the configured font");
        assertEquals("'DejaVu Serif', sans-serif", DocumentFont.current().cssFamily());
    }
}
