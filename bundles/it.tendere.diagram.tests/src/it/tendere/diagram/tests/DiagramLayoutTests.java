// SPDX-License-Identifier: EPL-2.0
package it.tendere.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

import com.google.inject.Inject;

import it.tendere.diagram.Diagram;
import it.tendere.diagram.Diagram.Shape;
import it.tendere.diagram.Diagrams;
import it.tendere.diagram.PngWriter;
import it.tendere.diagram.SvgWriter;
import it.tendere.diagram.TextMetrics;
import it.tendere.dsl.tests.SampleModels;
import it.tendere.dsl.tests.TendereInjectorProvider;
import it.tendere.identity.ElementId;
import it.tendere.servicemodel.Competence;
import it.tendere.servicemodel.ExternalProvider;
import it.tendere.servicemodel.Performer;
import it.tendere.servicemodel.Phase;
import it.tendere.servicemodel.Process;
import it.tendere.servicemodel.Role;
import it.tendere.servicemodel.ServiceModel;

/**
 * The diagrams as laid out: no two boxes overlap, every label fits its box,
 * phases in their performer's lane and in order, process maps narrow enough
 * for an A4 page; and the SVG and PNG drawn from them.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TendereInjectorProvider.class)
class DiagramLayoutTests {

    /** 170 mm of A4 text width is 643 px at 96 dpi; a diagram up to this wide prints at 80% or more. */
    private static final double READABLE_WIDTH = 804;

    /** The diagrams' font as AWT finds it by name, measured the way Java2D draws it. */
    private static final Graphics2D GRAPHICS = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    private static final FontMetrics METRICS;

    static {
        GRAPHICS.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        Font font = new Font("DejaVu Sans", Font.PLAIN, 1).deriveFont(TextMetrics.SIZE);
        METRICS = GRAPHICS.getFontMetrics(font);
    }

    @Inject
    private ParseHelper<ServiceModel> parser;

    private static String text(Shape shape) {
        return String.join(" ", shape.lines().stream().map(Diagram.Line::text).toList());
    }

    @Test
    void theFontMeasuredIsTheOneDrawn() {
        assertEquals("DejaVu Sans", METRICS.getFont().getFamily(Locale.ROOT), "the test measures the real font");
        assertEquals("DejaVu Sans", TextMetrics.font().getFamily(Locale.ROOT), "the diagrams are drawn in it");
    }

    @Test
    void aVeryLongWordIsCutIntoLinesThatFitAndLoseNothing() {
        // One 20,000-character word (the hostile-input issue's case, once minutes of measuring).
        String word = "Rendicontazione".repeat(1334).substring(0, 20_000);
        List<String> lines = TextMetrics.wrap(word, 180);
        assertTrue(lines.size() > 100, "cut into many lines: " + lines.size());
        StringBuilder rebuilt = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            assertTrue(METRICS.getStringBounds(line, GRAPHICS).getWidth() <= 180.5, "line " + i + " fits: " + line);
            boolean last = i == lines.size() - 1;
            assertTrue(last || line.endsWith("-"), "a cut is marked: " + line);
            rebuilt.append(last ? line : line.substring(0, line.length() - 1));
        }
        assertEquals(word, rebuilt.toString());
        // a line holds as much as fits: one more character would not
        String first = lines.get(0).substring(0, lines.get(0).length() - 1);
        assertTrue(METRICS.getStringBounds(word.substring(0, first.length() + 1) + "-", GRAPHICS).getWidth() > 179.5);

        List<String> hyphenated = TextMetrics.wrap("giuridico-amministrativa-contabile-organizzativa", 120);
        assertEquals(List.of("giuridico-", "amministrativa-", "contabile-", "organizzativa"), hyphenated,
                "the word's own hyphens are where it is cut");
    }

    static Stream<String> models() {
        return Stream.of("formazione.tendere", "sua.tendere");
    }

    private ServiceModel model(String name) throws Exception {
        return parser.parse(SampleModels.read(name));
    }

    private List<Diagram> all(ServiceModel model) {
        List<Diagram> diagrams = new ArrayList<>();
        diagrams.addAll(Diagrams.organisation(model));
        diagrams.add(Diagrams.overview(model));
        diagrams.addAll(Diagrams.processes(model));
        return diagrams;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void boxesDoNotOverlapAndLabelsFit(String name) throws Exception {
        for (Diagram diagram : all(model(name))) {
            List<Shape> shapes = diagram.shapes();
            for (int i = 0; i < shapes.size(); i++) {
                Shape shape = shapes.get(i);
                for (int j = i + 1; j < shapes.size(); j++) {
                    assertFalse(shape.overlaps(shapes.get(j)), diagram.id() + ": " + shape.id() + " overlaps " + shapes.get(j).id());
                }
                // measured with AWT's own metrics of the font found by its name, not with the layout's TextMetrics
                for (Diagram.Line line : shape.lines()) {
                    double width = METRICS.getStringBounds(line.text(), GRAPHICS).getWidth();
                    assertTrue(width <= shape.width() - 2 * TextMetrics.PADDING + 0.5,
                            () -> diagram.id() + ": «" + line.text() + "» (" + width + " px) wider than its box "
                                    + shape.width());
                }
                assertTrue(shape.lines().size() * TextMetrics.LINE_HEIGHT <= shape.height() - 2 * TextMetrics.PADDING + 0.01,
                        () -> diagram.id() + ": text taller than " + shape.id());
                assertTrue(shape.x() >= 0 && shape.y() >= 0 && shape.right() <= diagram.width()
                        && shape.bottom() <= diagram.height(), () -> diagram.id() + ": " + shape.id() + " outside");
            }
            assertFalse(diagram.description().isBlank(), "alt text");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void organisationShowsEveryRoleCompetenceAndProvider(String name) throws Exception {
        ServiceModel model = model(name);
        List<Diagram> parts = Diagrams.organisation(model);
        assertEquals(1, parts.size(), "a sample's organisation fits one page");
        Diagram diagram = parts.get(0);
        List<String> elements = diagram.shapes().stream().map(Shape::element).toList();
        for (Role role : model.getOrganisation().getRoles()) {
            Shape shape = diagram.shapes().stream().filter(s -> ElementId.of(role).equals(s.element())).findFirst()
                    .orElseThrow(() -> new AssertionError(role.getName()));
            assertTrue(text(shape).contains(role.getHeadcount() == 1 ? "1 persona" : role.getHeadcount() + " persone"),
                    () -> "headcount of " + role.getName() + ": " + shape.lines());
        }
        for (Competence competence : model.getOrganisation().getCompetences()) {
            assertTrue(elements.contains(ElementId.of(competence)), competence.getName());
        }
        for (ExternalProvider provider : model.getOrganisation().getProviders()) {
            assertTrue(elements.contains(ElementId.of(provider)), provider.getName());
        }
        assertTrue(diagram.shapes().stream().anyMatch(s -> s.element().equals(ElementId.of(model.getOrganisation()))
                && text(s).startsWith("Comuni aderenti")), "the adhering Comuni with what stays with them");
        assertEquals(List.of(), diagram.placeholders(), "a complete model has nothing to complete");
        assertTrue(diagram.width() <= READABLE_WIDTH, "width " + diagram.width());
        // each line says which boxes it joins: each need of a role is one, from the role to the competence
        java.util.Map<String, String> elementOf = new java.util.HashMap<>();
        diagram.shapes().forEach(s -> elementOf.put(s.id(), s.element()));
        List<String> links = diagram.connectors().stream()
                .map(c -> elementOf.get(c.source()) + " -> " + elementOf.get(c.target())).toList();
        for (Role role : model.getOrganisation().getRoles()) {
            for (Competence competence : role.getCompetences()) {
                assertTrue(links.contains(ElementId.of(role) + " -> " + ElementId.of(competence)), links::toString);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void phasesAreInTheirPerformersLaneAndInOrder(String name) throws Exception {
        ServiceModel model = model(name);
        for (Process process : model.getProcessesAndTools().getProcesses()) {
            List<Diagram> maps = Diagrams.process(process);
            List<String> drawn = new ArrayList<>();
            for (Diagram map : maps) {
                assertTrue(map.width() <= READABLE_WIDTH, map.id() + " width " + map.width());
                double previousX = -1;
                for (Shape shape : map.shapes()) {
                    Phase phase = (Phase) ElementId.find(model, shape.element());
                    String lane = switch (phase.getPerformer()) {
                        case PROVINCE -> "Provincia";
                        case MUNICIPALITY -> "Comune";
                        case SHARED -> "Provincia e Comune";
                        case EXTERNAL -> "Soggetto esterno";
                    };
                    Diagram.Lane band = map.lanes().stream().filter(l -> l.name().equals(lane)).findFirst().orElseThrow();
                    assertTrue(band.contains(shape.y()) && band.contains(shape.bottom()),
                            () -> map.id() + ": " + phase.getName() + " is not inside the lane " + lane);
                    assertTrue(shape.x() > previousX, () -> map.id() + ": phases out of order at " + phase.getName());
                    previousX = shape.right();
                    drawn.add(phase.getName());
                }
            }
            assertEquals(process.getPhases().stream().map(Phase::getName).toList(), drawn, "every phase, once, in order");
        }
    }

    @Test
    void twoElementsWithOneNameGetABoxEach() throws Exception {
        ServiceModel model = parser.parse("""
                servizio "S" { organizzazione {
                    ruolo tutor "Tutor d'aula" { coordinamento persone 1 }
                    ruolo tutor "Tutor a distanza" { persone 2 }
                } }""");
        List<String> roles = Diagrams.organisation(model).get(0).shapes().stream().filter(s -> "Role:tutor".equals(s.element()))
                .map(DiagramLayoutTests::text).toList();
        assertEquals(2, roles.size(), roles::toString);
        assertTrue(roles.get(0).contains("Tutor d'aula") && roles.get(1).contains("Tutor a distanza"), roles::toString);
    }

    @Test
    void whatIsMissingIsAPlaceholderOfItsElement() throws Exception {
        ServiceModel model = parser.parse("""
                servizio "S" {
                    obiettivi { prestazione principale corsi "Corsi" { } }
                    organizzazione { ruolo tutor "Tutor" { } competenza diritto { } }
                }""");
        Diagram organisation = Diagrams.organisation(model).get(0);
        assertEquals(List.of("Role:tutor numero di persone headcount-missing",
                "Competence:diritto titolo title-missing",
                "Competence:diritto interna o esterna competence-sourcing-missing",
                "/organisation punto di responsabilità coordination-missing",
                "/organisation che cosa resta ai Comuni comuni-responsibilities-missing"),
                organisation.placeholders().stream().map(p -> p.element() + " " + p.what() + " " + p.code()).sorted(
                        java.util.Comparator.comparing(line -> line.startsWith("/") ? 1 : 0)).toList());
        Diagram overview = Diagrams.overview(model);
        Shape service = overview.shapes().stream().filter(s -> "Service:corsi".equals(s.element())).findFirst().orElseThrow();
        assertEquals("[da completare: essenziale o evolutiva]", String.join(" ", service.lines().stream()
                .filter(Diagram.Line::placeholder).map(Diagram.Line::text).toList()),
                () -> "not stated is not «essenziale»: " + service.lines());
        assertFalse(text(service).contains("essenziale,"), text(service));
        assertTrue(overview.placeholders().stream().anyMatch(p -> p.code().equals("service-timing-missing")
                && p.element().equals("Service:corsi")), overview.placeholders()::toString);
    }

    @Test
    void aLongProcessIsSplitNotShrunk() throws Exception {
        ServiceModel model = model("formazione.tendere");
        Process process = model.getProcessesAndTools().getProcesses().get(0);
        for (int i = 0; i < 7; i++) {
            Phase phase = it.tendere.servicemodel.ServicemodelFactory.eINSTANCE.createPhase();
            phase.setName("extra" + i);
            phase.setTitle("Fase aggiuntiva numero " + i + " con un titolo piuttosto lungo da andare a capo");
            phase.setPerformer(i % 2 == 0 ? Performer.MUNICIPALITY : Performer.EXTERNAL);
            process.getPhases().add(phase);
        }
        List<Diagram> maps = Diagrams.process(process);
        assertEquals((int) Math.ceil(process.getPhases().size() / (double) Diagrams.phasesPerDiagram()), maps.size());
        for (Diagram map : maps) {
            assertTrue(map.width() <= READABLE_WIDTH, map.id() + " width " + map.width());
            assertTrue(map.caption().contains("(parte "), map.caption());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void svgAndPngAreDrawn(String name) throws Exception {
        Path out = Path.of(System.getProperty("tendere.diagrams.out", "target/diagrams"), name.replace(".tendere", ""));
        Files.createDirectories(out);
        for (Diagram diagram : all(model(name))) {
            String svg = SvgWriter.write(diagram);
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            assertEquals("svg", document.getDocumentElement().getNodeName());
            assertEquals(diagram.caption(), document.getElementsByTagName("title").item(0).getTextContent());
            String text = document.getDocumentElement().getTextContent();
            for (Shape shape : diagram.shapes()) {
                for (Diagram.Line line : shape.lines()) {
                    assertTrue(text.contains(line.text()), () -> diagram.id() + " SVG lacks " + line);
                }
            }
            byte[] png = PngWriter.write(diagram);
            var image = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals((int) Math.ceil(diagram.width() * PngWriter.SCALE), image.getWidth());
            Files.writeString(out.resolve(diagram.id() + ".svg"), svg);
            Files.write(out.resolve(diagram.id() + ".png"), png);
        }
    }

    /**
     * 30 roles, which once made one picture too tall to read: three diagrams of
     * at most twelve roles, each readable on a page, every role drawn whole once,
     * a competence two parts need drawn whole in the first and by name in the
     * other, each placeholder once.
     */
    @Test
    void manyRolesAreDrawnInPartsThatEachFitAPage() throws Exception {
        StringBuilder text = new StringBuilder("servizio \"S\" { organizzazione {\n");
        for (int i = 1; i <= 30; i++) {
            text.append("ruolo r").append(i).append(" \"Ruolo ").append(i).append("\" { ")
                    .append(i == 1 ? "coordinamento " : "").append("persone 1 competenze c").append(i)
                    .append(i == 2 || i == 14 ? ", condivisa" : "").append(" }\n");
        }
        for (int i = 1; i <= 30; i++) {
            text.append("competenza c").append(i).append(" \"Competenza ").append(i).append("\" { interna }\n");
        }
        text.append("competenza condivisa \"Condivisa\" { }\ncompetenza sola \"Di nessun ruolo\" { interna }\n");
        text.append("ai comuni \"protocollo\" } }");
        ServiceModel model = parser.parse(text.toString());
        List<Diagram> parts = Diagrams.organisation(model);
        assertEquals(List.of("assetto-organizzativo-1", "assetto-organizzativo-2", "assetto-organizzativo-3"),
                parts.stream().map(Diagram::id).toList());
        assertEquals("Assetto organizzativo del servizio (parte 2 di 3)", parts.get(1).caption());
        for (Diagram part : parts) {
            assertTrue(part.width() <= READABLE_WIDTH && part.height() <= READABLE_WIDTH * 257 / 170,
                    () -> part.id() + " fits a page at full size: " + part.width() + " x " + part.height());
        }
        for (int i = 1; i <= 30; i++) {
            String role = "Role:r" + i;
            assertEquals(1, parts.stream().flatMap(p -> p.shapes().stream())
                    .filter(s -> role.equals(s.element()) && text(s).contains("1 persona")).count(), role);
        }
        List<String> shared = parts.stream().map(p -> p.shapes().stream().filter(s -> "Competence:condivisa"
                .equals(s.element())).map(DiagramLayoutTests::text).findFirst().orElse("-")).toList();
        assertEquals(List.of("Condivisa [da completare: interna o esterna]", "Condivisa (v. parte 1)", "-"), shared);
        assertEquals(1, parts.stream().flatMap(p -> p.placeholders().stream())
                .filter(p -> p.element().equals("Competence:condivisa")).count(), "each placeholder once");
        assertTrue(parts.get(2).shapes().stream().anyMatch(s -> "Competence:sola".equals(s.element())),
                "the competence no role needs is in the last part");
        assertEquals(1, parts.stream().filter(p -> p.shapes().stream().anyMatch(s -> text(s).startsWith("Comuni")))
                .count(), "the Comuni once");
    }

    /**
     * A 19,000-character title, which once made a box hundreds of lines tall:
     * ten lines, the last ending in «…», and the diagram says what it shortened.
     */
    @Test
    void aTextLongerThanABoxHoldsIsShortenedAndSaid() throws Exception {
        String title = "parola ".repeat(2_700).strip();
        ServiceModel model = parser.parse("servizio \"S\" { organizzazione { ruolo tutor \"" + title
                + "\" { coordinamento persone 1 } ai comuni " + String.join(", ", java.util.stream.IntStream.rangeClosed(1, 30).mapToObj(i -> "\"voce " + i + "\"").toList())
                + " } }");
        Diagram diagram = Diagrams.organisation(model).get(0);
        Shape role = diagram.shapes().stream().filter(s -> "Role:tutor".equals(s.element())).findFirst().orElseThrow();
        List<String> lines = role.lines().stream().map(Diagram.Line::text).toList();
        assertEquals(10 + 2, lines.size(), lines::toString);
        assertTrue(lines.get(9).endsWith(" …"), lines::toString);
        assertEquals("Punto di responsabilità", lines.get(10));
        Shape comuni = diagram.shapes().stream().filter(s -> text(s).startsWith("Comuni")).findFirst().orElseThrow();
        assertTrue(text(comuni).endsWith("… e altre 20 voci"), () -> text(comuni));
        assertEquals(List.of("parola parola parola parola parola parol…", "Comuni aderenti (20 voci non disegnate)"),
                diagram.shortened());
    }

    @Test
    void aDiagramTooLargeForItsPictureIsDrawnSmallerNotOutOfMemory() throws Exception {
        // 2,000 roles once made a 62,094 x 216,908 px organisation picture: 13 billion pixels
        Diagram huge = new Diagram(Diagram.Kind.ORGANISATION, "enorme", "/", "Enorme", "Enorme", 31_047, 108_454,
                List.of(), List.of(new Shape("a", null, 10, 10, 200, 40, List.of(Diagram.Line.plain("Ruolo")),
                        Diagram.Style.ROLE)), List.of(), List.of(), List.of());
        var image = ImageIO.read(new ByteArrayInputStream(PngWriter.write(huge)));
        assertTrue((long) image.getWidth() * image.getHeight() <= PngWriter.MAX_PIXELS,
                image.getWidth() + " x " + image.getHeight());
        assertEquals(huge.width() / huge.height(), (double) image.getWidth() / image.getHeight(), 0.01, "the same shape");
    }

    @Test
    void textFromTheModelIsNeverMarkupInTheSvg() throws Exception {
        String hostile = "\"><script>alert(1)</script><svg onload=\"x\" a='&amp;' ]]>";
        Diagram diagram = new Diagram(Diagram.Kind.PROCESS, "processo-" + Diagram.idPart("a\"><b"), "/", hostile, hostile,
                300, 120, List.of(new Diagram.Lane(hostile, 10, 100)), List.of(new Shape("a", null, 140, 20, 150, 40,
                        List.of(Diagram.Line.plain(hostile)), Diagram.Style.ROLE)), List.of(), List.of(), List.of());
        String svg = SvgWriter.write(diagram);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, document.getElementsByTagName("script").getLength(), svg);
        assertEquals(1, document.getElementsByTagName("svg").getLength(), "one svg element: " + svg);
        assertEquals(hostile, document.getElementsByTagName("title").item(0).getTextContent());
        assertEquals(hostile, document.getElementsByTagName("tspan").item(document.getElementsByTagName("tspan")
                .getLength() - 1).getTextContent(), "the box's text, whole, as text");
        assertEquals("processo-a___b", diagram.id(), "an id of letters, digits, dash and underscore");
        var all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            assertFalse(((org.w3c.dom.Element) all.item(i)).hasAttribute("onload"), svg);
        }
    }
}
