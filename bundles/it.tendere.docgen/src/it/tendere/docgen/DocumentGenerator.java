// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen;

import java.nio.charset.StandardCharsets;

import it.tendere.docgen.docx.DocxWriter;
import it.tendere.docgen.html.HtmlWriter;
import it.tendere.docgen.pdf.PdfWriter;
import it.tendere.docgen.view.Section2Builder;
import it.tendere.docgen.view.Section2View;
import it.tendere.servicemodel.ServiceModel;

/**
 * «Sezione 2 – Il modello di servizio a tendere» from a service model: the
 * view is built once, then written in each format asked for.
 */
public final class DocumentGenerator {

    private DocumentGenerator() {
    }

    /** What the document shows, placeholders included. */
    public static Section2View view(ServiceModel model) {
        return Section2Builder.build(model);
    }

    /** The document in one format. */
    public static byte[] write(Section2View view, DocumentFormat format) {
        return switch (format) {
            case DOCX -> DocxWriter.write(view);
            case PDF -> PdfWriter.write(view);
            case HTML -> HtmlWriter.write(view, HtmlWriter.Medium.SCREEN).getBytes(StandardCharsets.UTF_8);
        };
    }

    /** The file name of the document for a model, without extension: sezione-2-provincia-di-valdaro. */
    public static String baseName(Section2View view) {
        String province = java.text.Normalizer.normalize(view.front().province(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return "sezione-2" + (province.isEmpty() || province.startsWith("da-completare") ? "" : "-" + province);
    }
}
