// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The PDF is what its metadata says, as veraPDF reads it: PDF/A-2u (an
 * archive a public office can file) and PDF/UA-1 (tagged for screen
 * readers), for every model in {@code models/}.
 */
class PdfValidityTests {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = { "formazione.tendere", "formazione-lagoscuro.tendere", "formazione-monteverde.tendere",
            "sua.tendere" })
    void veraPdfFindsThePdfConformToPdfA2uAndPdfUa1(String model) throws Exception {
        Path pdf = CommandLineTests.generated(dir, model, "pdf");
        assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_U), "PDF/A-2u");
        assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1");
    }

    /** The check can fail: a PDF with one blank page and no metadata is neither. */
    @Test
    void aPlainPdfIsNeither() throws Exception {
        Path pdf = dir.resolve("semplice.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(pdf.toFile());
        }
        assertFalse(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_U).isEmpty());
        assertFalse(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1).isEmpty());
    }
}
