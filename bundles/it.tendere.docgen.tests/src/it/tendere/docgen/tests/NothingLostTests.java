// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import it.tendere.docgen.DocumentFormat;
import it.tendere.docgen.DocumentGenerator;
import it.tendere.dsl.tests.SampleModels;
import it.tendere.dsl.tests.TendereInjectorProvider;
import it.tendere.format.Labels;
import it.tendere.format.Sezione2;
import it.tendere.format.Titles;
import it.tendere.servicemodel.Process;
import it.tendere.servicemodel.ServiceArea;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.servicemodel.ServicemodelPackage;
import it.tendere.servicemodel.TitledElement;
import it.tendere.servicemodel.UserSegment;

/**
 * Everything the user wrote reaches the document: every attribute of every
 * element of every model in {@code models/} (and every element another one
 * refers to) is found, as the document says it, in the text of each format
 * as a reader takes it out — the HTML's text, the DOCX and the ODT read by pandoc, the
 * PDF's text layer — except the few values listed in {@link #NO_PLACE} with
 * the reason the format has no place for them.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TendereInjectorProvider.class)
class NothingLostTests {

    private static final ServicemodelPackage P = ServicemodelPackage.eINSTANCE;

    /** What the document does not print as such, and why. */
    private static final Map<EStructuralFeature, String> NO_PLACE = Map.of(
            P.getNamedElement_Name(), "an identifier of the text, not for readers; the document names elements by "
                    + "title (and by identifier where there is none, and for processes, the format's «ID»)",
            P.getService_Kind(), "said by the list the service is in («Elemento centrale» / «Elementi accessori»)",
            P.getPerimeterItem_Kind(), "said by the list the item is in (comprende / resta fuori)",
            P.getDeliveryBlock_Kind(), "said by the group of rows of the table",
            P.getAspectPositioning_Aspect(), "the row of the Base/Avanzato table, which lists all nine",
            P.getRole_Coordination(), "a yes/no: «(punto di responsabilità)» beside the role",
            P.getCompetence_NonNegotiable(), "a yes/no: «Sì»/«No» in its column",
            P.getPhase_Essential(), "a yes/no: «Sì»/«No» in its column");

    private static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ITALIAN);

    @Inject
    private ParseHelper<ServiceModel> parser;

    @TempDir
    Path dir;

    static Stream<Arguments> documents() {
        return SampleModels.all().stream().flatMap(model -> Stream.of(DocumentFormat.HTML, DocumentFormat.DOCX,
                DocumentFormat.ODT, DocumentFormat.PDF).map(format -> Arguments.of(SampleModels.folder().relativize(model).toString(),
                        format)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documents")
    void everyValueOfTheModelIsInTheDocument(String name, DocumentFormat format) throws Exception {
        ServiceModel model = parser.parse(SampleModels.read(name).replace("{{PROVINCIA}}", "Provincia di Prova")
                .replace("{{DATA}}", "2026-12-02"));
        assertEquals(List.of(), model.eResource().getErrors(), name);
        String text = normal(text(format, DocumentGenerator.write(DocumentGenerator.view(model), format)));
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (EObject element : elements(model)) {
            for (String value : values(element)) {
                checked++;
                if (!found(text, normal(value))) {
                    missing.add(where(element) + ": «" + value + "»");
                }
            }
        }
        assertTrue(checked > 20, () -> "the walk found values: " + missing);
        assertEquals(List.of(), missing, () -> "not in the " + format + " of " + name);
    }

    private static List<EObject> elements(ServiceModel model) {
        List<EObject> all = new ArrayList<>(List.of(model));
        model.eAllContents().forEachRemaining(all::add);
        return all;
    }

    /** Each value of the element as the document says it. */
    private static List<String> values(EObject element) {
        List<String> values = new ArrayList<>();
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            if (!element.eIsSet(attribute) || NO_PLACE.containsKey(attribute)) {
                continue;
            }
            Object value = element.eGet(attribute);
            for (Object one : value instanceof List<?> list ? list : List.of(value)) {
                if (one instanceof Enumerator literal) {
                    values.add(label(literal));
                } else if (attribute == P.getServiceModel_Date()) {
                    values.add(LocalDate.parse((String) one).format(ITALIAN_DATE));
                } else if (!String.valueOf(one).isBlank()) {
                    values.add(String.valueOf(one));
                }
            }
        }
        if (element instanceof Process process) {
            values.add(process.getName());
        }
        for (EReference reference : element.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || !element.eIsSet(reference)) {
                continue;
            }
            Object value = element.eGet(reference);
            for (Object target : value instanceof List<?> list ? list : List.of(value)) {
                values.add(target instanceof TitledElement titled ? Titles.of(titled) : ((UserSegment) target).getProfile());
            }
        }
        return values;
    }

    /** An enumeration's value in the document's words: the service area as the title page's format name. */
    private static String label(Enumerator literal) {
        if (literal instanceof ServiceArea area) {
            return switch (area) {
                case TRAINING -> Sezione2.FORMAT_FORMAZIONE;
                case SELECTION -> Sezione2.FORMAT_SELEZIONE;
                case DISCIPLINARY -> Sezione2.FORMAT_DISCIPLINARI;
                case PROCUREMENT -> "Stazione Unica Appaltante (SUA)";
                case OTHER -> "Format";
            };
        }
        return Labels.of(literal);
    }

    /**
     * A value is found as a whole: a number or a short word not inside a
     * longer one. A line of a narrow column may break after «:», «/» or «-»
     * («ISO 9001:|2015»): there, the reader's space is allowed.
     */
    private static boolean found(String text, String value) {
        StringBuilder pattern = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (String piece : value.split("(?<=[:/-])")) {
            pattern.append(Pattern.quote(piece)).append(piece.matches(".*[:/-]") ? " ?" : "");
        }
        return Pattern.compile(pattern.append("(?![\\p{L}\\p{N}])").toString()).matcher(text).find();
    }

    private static String where(EObject element) {
        String fragment = element.eResource().getURIFragment(element);
        return element.eClass().getName() + " " + fragment;
    }

    private static String normal(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }

    /** The document's text as a reader nobody here wrote takes it out. */
    private String text(DocumentFormat format, byte[] bytes) throws Exception {
        return switch (format) {
            case HTML -> Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)).text();
            case DOCX -> pandoc(bytes, "docx");
            case ODT -> pandoc(bytes, "odt");
            case PDF -> {
                try (PDDocument pdf = Loader.loadPDF(bytes)) {
                    yield new PDFTextStripper().getText(pdf);
                }
            }
            default -> throw new AssertionError(format);
        };
    }

    private String pandoc(byte[] document, String format) throws Exception {
        Path file = Files.write(dir.resolve("document." + format), document);
        java.lang.Process pandoc = new ProcessBuilder("pandoc", "-f", format, "-t", "html", file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String html = new String(pandoc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(pandoc.waitFor(2, TimeUnit.MINUTES), "pandoc ends");
        assertEquals(0, pandoc.exitValue(), () -> "pandoc reads the " + format);
        return Jsoup.parse(html).text();
    }
}
