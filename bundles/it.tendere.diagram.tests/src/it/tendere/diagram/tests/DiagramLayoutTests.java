// SPDX-License-Identifier: EPL-2.0
package it.tendere.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    @Inject
    private ParseHelper<ServiceModel> parser;

    static Stream<String> models() {
        return Stream.of("formazione.tendere", "sua.tendere");
    }

    private ServiceModel model(String name) throws Exception {
        return parser.parse(SampleModels.read(name));
    }

    private List<Diagram> all(ServiceModel model) {
        List<Diagram> diagrams = new ArrayList<>();
        diagrams.add(Diagrams.organisation(model));
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
                assertTrue(TextMetrics.widest(shape.lines()) <= shape.width() - 2 * TextMetrics.PADDING + 0.01,
                        () -> diagram.id() + ": text wider than " + shape.id() + ": " + shape.lines());
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
        Diagram diagram = Diagrams.organisation(model);
        List<String> subjects = diagram.shapes().stream().map(Shape::subject).toList();
        for (Role role : model.getOrganisation().getRoles()) {
            assertTrue(subjects.contains(role.getName()), role.getName());
            Shape shape = diagram.shapes().stream().filter(s -> s.subject().equals(role.getName())).findFirst().orElseThrow();
            assertTrue(String.join(" ", shape.lines()).contains(role.getHeadcount() == 1 ? "1 persona"
                    : role.getHeadcount() + " persone"), () -> "headcount of " + role.getName() + ": " + shape.lines());
        }
        for (Competence competence : model.getOrganisation().getCompetences()) {
            assertTrue(subjects.contains(competence.getName()), competence.getName());
        }
        for (ExternalProvider provider : model.getOrganisation().getProviders()) {
            assertTrue(subjects.contains(provider.getName()), provider.getName());
        }
        assertTrue(subjects.contains("comuni"), "the adhering Comuni with what stays with them");
        assertTrue(diagram.width() <= READABLE_WIDTH, "width " + diagram.width());
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
                    Phase phase = process.getPhases().stream().filter(p -> p.getName().equals(shape.subject()))
                            .findFirst().orElseThrow();
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
                for (String line : shape.lines()) {
                    assertTrue(text.contains(line), () -> diagram.id() + " SVG lacks " + line);
                }
            }
            byte[] png = PngWriter.write(diagram);
            var image = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals((int) Math.ceil(diagram.width() * PngWriter.SCALE), image.getWidth());
            Files.writeString(out.resolve(diagram.id() + ".svg"), svg);
            Files.write(out.resolve(diagram.id() + ".png"), png);
        }
    }
}
