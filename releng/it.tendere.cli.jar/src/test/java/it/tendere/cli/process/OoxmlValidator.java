// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli.process;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.xmlbeans.SchemaType;
import org.apache.xmlbeans.SchemaTypeLoader;
import org.apache.xmlbeans.XmlBeans;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.drawingml.x2006.picture.PicDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Validates the parts of a DOCX against the ECMA-376 transitional schemas,
 * with XMLBeans and the whole compiled schema set of {@code poi-ooxml-full}
 * (the product carries only the smaller {@code poi-ooxml-lite}, so this runs
 * in a process of its own, with a class path of just those). Prints each
 * error and exits 1 when there is one, or when a part is absent (the
 * document, its styles, its lists, its settings, the footer). Usage: {@code OoxmlValidator FILE.docx}.
 */
public final class OoxmlValidator {

    private OoxmlValidator() {
    }

    /**
     * Validates a DOCX in a process of its own (the tests' class path holds
     * the product's smaller schema set); answers its report, a line per part
     * ({@code word/styles.xml: 0 errors}, or {@code …: absent}).
     */
    static String check(java.nio.file.Path docx) throws Exception {
        String classPath = String.join(java.io.File.pathSeparator, System.getProperty("tendere.test.classes"),
                System.getProperty("tendere.ooxml.full"), System.getProperty("tendere.xmlbeans"),
                System.getProperty("tendere.log4j.api"));
        Process validator = new ProcessBuilder(Runner.javaExecutable(), "-cp", classPath,
                OoxmlValidator.class.getName(), docx.toString()).redirectErrorStream(true).start();
        String report = new String(validator.getInputStream().readAllBytes());
        org.junit.jupiter.api.Assertions.assertTrue(validator.waitFor(2, java.util.concurrent.TimeUnit.MINUTES));
        return report;
    }

    public static void main(String[] args) throws Exception {
        Map<String, SchemaType> parts = new LinkedHashMap<>();
        parts.put("word/document.xml", DocumentDocument.type);
        parts.put("word/styles.xml", StylesDocument.type);
        parts.put("word/numbering.xml", NumberingDocument.type);
        parts.put("word/settings.xml", SettingsDocument.type);
        parts.put("word/footer1.xml", FtrDocument.type);
        int errors = 0;
        try (ZipFile zip = new ZipFile(args[0])) {
            for (Map.Entry<String, SchemaType> part : parts.entrySet()) {
                ZipEntry entry = zip.getEntry(part.getKey());
                if (entry == null) {
                    System.out.println(part.getKey() + ": absent");
                    errors++;
                    continue;
                }
                // the pictures' schema too: graphicData holds its elements under a strict wildcard
                SchemaTypeLoader loader = XmlBeans.typeLoaderUnion(part.getValue().getTypeSystem(),
                        PicDocument.type.getTypeSystem());
                XmlObject xml;
                try (InputStream in = zip.getInputStream(entry)) {
                    xml = loader.parse(in, part.getValue(), new XmlOptions().setLoadLineNumbers());
                }
                List<XmlError> found = new ArrayList<>();
                xml.validate(new XmlOptions().setErrorListener(found));
                System.out.println(part.getKey() + ": " + found.size() + " errors");
                for (XmlError error : found) {
                    System.out.println("  line " + error.getLine() + ": " + error.getMessage());
                }
                errors += found.size();
            }
        }
        System.exit(errors == 0 ? 0 : 1);
    }
}
