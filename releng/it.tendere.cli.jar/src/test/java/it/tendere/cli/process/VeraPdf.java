// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the PDF Association's validator, on a PDF: the rules of a PDF/A
 * part or of PDF/UA-1 it breaks. The PDF says what it conforms to in its
 * metadata; this is whether it does.
 */
final class VeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** Each rule of {@code flavour} the PDF breaks, once: its clause, test number and description. */
    static List<String> failures(Path pdf, PDFAFlavour flavour) throws IOException {
        try (InputStream in = Files.newInputStream(pdf);
                PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(test -> test.getStatus() == TestAssertion.Status.FAILED)
                    .map(test -> test.getRuleId().getClause() + "-" + test.getRuleId().getTestNumber() + " "
                            + test.getMessage())
                    .distinct().toList();
            if (!result.isCompliant() && failed.isEmpty()) {
                return List.of("not compliant, with no failed rule listed");
            }
            return failed;
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("veraPDF could not read " + pdf + ": " + e, e);
        }
    }
}
