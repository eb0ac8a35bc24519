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

    /**
     * A studio's generation in its template's font: the font is the work's
     * thread's and its writers' (the tasks it hands on, carried), while any
     * other thread (an editor's, or one a library starts meanwhile) keeps
     * measuring in the configured one, during and after.
     */
    @Test
    void aWorkFontIsItsThreadsAndItsWritersOnly() throws Exception {
        String text = "Responsabile del servizio associato";
        double sans = TextMetrics.width(text);
        DocumentFont serif = DocumentFont.find("DejaVu Serif");
        java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch measured = new java.util.concurrent.CountDownLatch(1);
        String[] editor = new String[1];
        Thread other = new Thread(() -> {
            try {
                inside.await();
                editor[0] = TextMetrics.font().getFamily(Locale.ROOT) + " " + TextMetrics.width(text);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            measured.countDown();
        });
        other.start();
        String[] writer = new String[2];
        double[] inWork = new double[1];
        String answer = DocumentFont.with(serif, () -> {
            inWork[0] = TextMetrics.width(text);
            Thread started = new Thread(DocumentFont.carried(() -> writer[0] = DocumentFont.current().family()));
            started.start();
            started.join();
            Thread library = new Thread(() -> writer[1] = DocumentFont.current().family());
            library.start();
            library.join();
            inside.countDown();
            measured.await();
            return DocumentFont.current().cssFamily();
        });
        other.join();
        assertEquals("'DejaVu Serif', sans-serif", answer);
        assertNotEquals(sans, inWork[0], 0.5, "the work measures in its font");
        assertEquals("DejaVu Serif", writer[0], "a task the work hands on is done in its font");
        assertEquals("DejaVu Sans", writer[1], "a thread merely started meanwhile keeps the configured font");
        assertEquals("DejaVu Sans " + sans, editor[0], "another thread, during the work, keeps the configured font");
        assertEquals("DejaVu Sans", DocumentFont.current().family(), "after the work, the configured font");
        assertEquals(sans, TextMetrics.width(text), 0.0);
        assertEquals("DejaVu Sans", DocumentFont.with(null, () -> DocumentFont.current().family()));
        Runnable plain = () -> { };
        assertTrue(DocumentFont.carried(plain) == plain, "outside any work, a task is handed on as it is");
    }
}
