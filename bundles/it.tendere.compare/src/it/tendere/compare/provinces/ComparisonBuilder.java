// SPDX-License-Identifier: EPL-2.0
package it.tendere.compare.provinces;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import it.tendere.compare.provinces.Comparison.Cell;
import it.tendere.compare.provinces.Comparison.Kind;
import it.tendere.compare.provinces.Comparison.Part;
import it.tendere.compare.provinces.Comparison.Row;
import it.tendere.format.Labels;
import it.tendere.format.Sezione2;
import it.tendere.format.Titles;
import it.tendere.servicemodel.AspectPositioning;
import it.tendere.servicemodel.Competence;
import it.tendere.servicemodel.DeliveryBlockKind;
import it.tendere.servicemodel.DigitalLevel;
import it.tendere.servicemodel.ModelLevel;
import it.tendere.servicemodel.Objectives;
import it.tendere.servicemodel.Organisation;
import it.tendere.servicemodel.PerimeterKind;
import it.tendere.servicemodel.Performer;
import it.tendere.servicemodel.Phase;
import it.tendere.servicemodel.Process;
import it.tendere.servicemodel.ProcessesAndTools;
import it.tendere.servicemodel.Role;
import it.tendere.servicemodel.SegmentKind;
import it.tendere.servicemodel.Service;
import it.tendere.servicemodel.ServiceKind;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.servicemodel.ServiceTiming;
import it.tendere.servicemodel.Sourcing;
import it.tendere.servicemodel.Tool;
import it.tendere.servicemodel.ToolStatus;

/**
 * Builds the comparison of several Provinces' models: the same rows for
 * every model, read from the model (never from a document), so that one
 * Province's column can be set against another's.
 */
public final class ComparisonBuilder {

    /** The paragraphs the completeness part counts by, as the checks' messages begin. */
    public static final List<String> PARAGRAPHS = List.of(Sezione2.FRONT_MATTER, Sezione2.PARAGRAPH_2_1,
            Sezione2.PARAGRAPH_2_2, Sezione2.PARAGRAPH_2_3);

    /**
     * One model to compare, with what the checks and the document said of it.
     *
     * @param name         the file, for the column where the model names no Province
     * @param model        the model, without errors
     * @param warnings     the format's warnings by paragraph ({@link #PARAGRAPHS})
     * @param placeholders the document's «[da completare]» by paragraph
     */
    public record Compared(String name, ServiceModel model, Map<String, Integer> warnings,
            Map<String, Integer> placeholders) {

        /**
         * A model with the messages of its warnings and the descriptions of
         * its placeholders, each counted under the paragraph it begins with
         * («2.2 Assetto organizzativo: …»), the front matter otherwise.
         */
        public static Compared of(String name, ServiceModel model, List<String> warnings, List<String> placeholders) {
            return new Compared(name, model, byParagraph(warnings), byParagraph(placeholders));
        }

        private static Map<String, Integer> byParagraph(List<String> texts) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String text : texts) {
                String paragraph = PARAGRAPHS.stream().filter(p -> text != null && text.startsWith(p)).findFirst()
                        .orElse(PARAGRAPHS.get(0));
                counts.merge(paragraph, 1, Integer::sum);
            }
            return counts;
        }
    }

    private static final String SEED = "seed:";
    private static final String TITLE = "title:";

    private final List<Compared> models;
    private final List<ServiceModel> all;

    private ComparisonBuilder(List<Compared> models) {
        this.models = models;
        this.all = models.stream().map(Compared::model).toList();
    }

    public static Comparison build(List<Compared> models) {
        return new ComparisonBuilder(models).comparison();
    }

    private Comparison comparison() {
        List<String> provinces = models.stream().map(c -> c.model().getProvince() != null
                && !c.model().getProvince().isBlank() ? c.model().getProvince() : c.name()).toList();
        return new Comparison(provinces, List.of(objectives(), organisation(), processes(), completeness()));
    }

    private Row row(String label, Kind kind, Function<ServiceModel, Cell> cell) {
        return new Row(label, kind, all.stream().map(cell).toList());
    }

    private Row count(String label, Function<ServiceModel, Stream<?>> items) {
        return row(label, Kind.NUMBER, m -> {
            long count = items.apply(m).count();
            return Cell.number(count, String.valueOf(count));
        });
    }

    private static Cell text(String text) {
        return text == null || text.isBlank() ? Cell.empty() : Cell.text(text);
    }

    private static Stream<Service> services(ServiceModel model, Predicate<Service> which) {
        Objectives objectives = model.getObjectives();
        return objectives == null ? Stream.empty() : objectives.getServices().stream().filter(which);
    }

    private Part objectives() {
        List<Row> rows = new ArrayList<>();
        rows.add(row("Ambito", Kind.TEXT, m -> m.isSetArea() ? text(Labels.area(m.getArea())) : Cell.empty()));
        rows.add(row("Comuni della Provincia", Kind.NUMBER, m -> m.getComuniTotal() > 0
                ? Cell.number(m.getComuniTotal(), String.valueOf(m.getComuniTotal())) : Cell.empty()));
        rows.add(row("Comuni coinvolgibili", Kind.NUMBER, m -> potential(m) > 0
                ? Cell.number(potential(m), String.valueOf(potential(m))) : Cell.empty()));
        rows.add(row("Quota dei Comuni coinvolgibili", Kind.SHARE, m -> potential(m) > 0 && m.getComuniTotal() > 0
                ? share((double) potential(m) / m.getComuniTotal()) : Cell.empty()));
        rows.add(count("Segmenti di utenza diretta", m -> segments(m, SegmentKind.DIRECT)));
        rows.add(count("Segmenti di utenza allargata", m -> segments(m, SegmentKind.EXTENDED)));
        rows.add(count("Prestazioni principali", m -> services(m, s -> s.getKind() == ServiceKind.CORE)));
        rows.add(count("Prestazioni accessorie", m -> services(m, s -> s.getKind() == ServiceKind.ACCESSORY)));
        rows.add(count("Prestazioni essenziali (fin dall'avvio)", m -> services(m, s -> s.isSetTiming()
                && s.getTiming() == ServiceTiming.ESSENTIAL)));
        rows.add(count("Prestazioni evolutive (nel tempo)", m -> services(m, s -> s.isSetTiming()
                && s.getTiming() == ServiceTiming.EVOLUTIVE)));
        rows.add(row("Categorie delle prestazioni accessorie", Kind.TEXT, m -> text(String.join(", ", services(m,
                s -> s.getKind() == ServiceKind.ACCESSORY && s.isSetCategory()).map(s -> Labels.category(s.getCategory()))
                .distinct().toList()))));
        rows.add(count("Perimetro: voci comprese", m -> perimeter(m, PerimeterKind.INCLUDED)));
        rows.add(count("Perimetro: voci escluse", m -> perimeter(m, PerimeterKind.EXCLUDED)));
        rows.add(row("Il servizio comprende", Kind.TEXT, m -> text(String.join("; ", perimeterItems(m,
                PerimeterKind.INCLUDED)))));
        rows.add(row("Resta fuori, almeno in avvio", Kind.TEXT, m -> text(String.join("; ", perimeterItems(m,
                PerimeterKind.EXCLUDED)))));
        rows.add(row("Valore aggiunto", Kind.TEXT, m -> text(m.getObjectives() == null ? null : String.join(", ",
                m.getObjectives().getAddedValues().stream().map(v -> Labels.addedValue(v.getKind())).toList()))));
        return new Part(Sezione2.PARAGRAPH_2_1, rows);
    }

    private static int potential(ServiceModel model) {
        return model.getObjectives() == null || model.getObjectives().getReach() == null ? 0
                : model.getObjectives().getReach().getPotentialComuni();
    }

    private static Cell share(double share) {
        return Cell.number(share, String.format(Locale.ITALIAN, "%.0f%%", share * 100));
    }

    private static Stream<?> segments(ServiceModel model, SegmentKind kind) {
        return model.getObjectives() == null ? Stream.empty()
                : model.getObjectives().getSegments().stream().filter(s -> s.getKind() == kind);
    }

    private static Stream<?> perimeter(ServiceModel model, PerimeterKind kind) {
        return model.getObjectives() == null ? Stream.empty()
                : model.getObjectives().getPerimeter().stream().filter(i -> i.getKind() == kind);
    }

    private static List<String> perimeterItems(ServiceModel model, PerimeterKind kind) {
        return model.getObjectives() == null ? List.of() : model.getObjectives().getPerimeter().stream()
                .filter(i -> i.getKind() == kind).map(i -> i.getText()).toList();
    }

    private static List<Role> roles(ServiceModel model) {
        return model.getOrganisation() == null ? List.of() : model.getOrganisation().getRoles();
    }

    private static List<Competence> competences(ServiceModel model) {
        return model.getOrganisation() == null ? List.of() : model.getOrganisation().getCompetences();
    }

    private Part organisation() {
        List<Row> rows = new ArrayList<>();
        rows.add(row("Forma organizzativa", Kind.TEXT, m -> m.getOrganisation() != null && m.getOrganisation().isSetForm()
                ? text(Labels.form(m.getOrganisation().getForm())) : Cell.empty()));
        rows.add(count("Ruoli", m -> roles(m).stream()));
        rows.add(row("Persone (totale dei ruoli)", Kind.NUMBER, m -> {
            int people = roles(m).stream().mapToInt(Role::getHeadcount).sum();
            return Cell.number(people, String.valueOf(people));
        }));
        rows.add(row("Punto di responsabilità", Kind.TEXT, m -> text(String.join(", ", roles(m).stream()
                .filter(Role::isCoordination).map(Titles::of).toList()))));
        rows.add(count("Competenze interne", m -> competences(m).stream().filter(c -> c.isSetSourcing()
                && c.getSourcing() == Sourcing.INTERNAL)));
        rows.add(count("Competenze esterne", m -> competences(m).stream().filter(c -> c.isSetSourcing()
                && c.getSourcing() == Sourcing.EXTERNAL)));
        rows.add(row("Competenze non negoziabili coperte", Kind.NUMBER, m -> {
            long covered = Sezione2.NON_NEGOTIABLE_CATEGORIES.stream().filter(category -> competences(m).stream()
                    .anyMatch(c -> c.isNonNegotiable() && c.isSetCategory() && c.getCategory() == category)).count();
            return Cell.number(covered, covered + " su " + Sezione2.NON_NEGOTIABLE_CATEGORIES.size());
        }));
        rows.add(count("Soggetti esterni", m -> m.getOrganisation() == null ? Stream.empty()
                : m.getOrganisation().getProviders().stream()));
        rows.add(count("Attività che restano ai Comuni", m -> m.getOrganisation() == null ? Stream.empty()
                : m.getOrganisation().getComuniResponsibilities().stream()));
        for (Sezione2.Aspect aspect : Sezione2.ASPECTS) {
            rows.add(row(aspect.name(), Kind.MATURITY, m -> maturity(m.getOrganisation(), aspect)));
        }
        return new Part(Sezione2.PARAGRAPH_2_2, rows);
    }

    /** An aspect's step from the current level to the target, «Base → Avanzato». */
    private static Cell maturity(Organisation organisation, Sezione2.Aspect aspect) {
        AspectPositioning positioning = organisation == null ? null : organisation.getPositioning().stream()
                .filter(p -> p.getAspect() == aspect.aspect()).findFirst().orElse(null);
        if (positioning == null) {
            return Cell.empty();
        }
        int current = positioning.isSetCurrent() ? level(positioning.getCurrent()) : -1;
        int target = positioning.isSetTarget() ? level(positioning.getTarget()) : -1;
        String text = (current < 0 ? "?" : Labels.level(positioning.getCurrent())) + " → "
                + (target < 0 ? "?" : Labels.level(positioning.getTarget()));
        return new Cell(text, null, current, target, List.of());
    }

    private static int level(ModelLevel level) {
        return level == ModelLevel.BASE ? 0 : 1;
    }

    private static List<Process> processes(ServiceModel model) {
        return model.getProcessesAndTools() == null ? List.of() : model.getProcessesAndTools().getProcesses();
    }

    private static List<Tool> tools(ServiceModel model) {
        return model.getProcessesAndTools() == null ? List.of() : model.getProcessesAndTools().getTools();
    }

    private Part processes() {
        List<Row> rows = new ArrayList<>();
        rows.add(count("Processi", m -> processes(m).stream()));
        rows.add(count("Fasi", m -> processes(m).stream().flatMap(p -> p.getPhases().stream())));
        // the processes side by side: by the format's title where it fixes them, else by a similar title
        Map<Process, String> keys = new LinkedHashMap<>();
        Map<String, String> aligned = new LinkedHashMap<>();
        for (ServiceModel model : all) {
            for (Process process : processes(model)) {
                String key = alignment(process, aligned.keySet());
                keys.put(process, key);
                aligned.putIfAbsent(key, process.getName() + " – " + Titles.of(process));
            }
        }
        aligned.forEach((key, label) -> rows.add(row(label + (key.startsWith(SEED) ? " (allineato per titolo del format)"
                : keys.values().stream().filter(key::equals).count() > 1 ? " (allineato per titolo simile)" : ""),
                Kind.PERFORMERS, m -> processes(m).stream().filter(p -> key.equals(keys.get(p))).findFirst()
                        .map(ComparisonBuilder::performers).orElse(Cell.empty()))));
        rows.add(count("Strumenti esistenti", m -> tools(m).stream().filter(t -> t.isSetStatus()
                && t.getStatus() == ToolStatus.EXISTING)));
        rows.add(count("Strumenti da sviluppare", m -> tools(m).stream().filter(t -> t.isSetStatus()
                && t.getStatus() == ToolStatus.TO_DEVELOP)));
        for (DigitalLevel level : DigitalLevel.VALUES) {
            rows.add(count("Strumenti: " + Labels.digital(level).toLowerCase(Locale.ITALIAN), m -> tools(m).stream()
                    .filter(t -> t.isSetDigital() && t.getDigital() == level)));
        }
        for (DeliveryBlockKind kind : DeliveryBlockKind.VALUES) {
            rows.add(count(Sezione2.ELEMENTI_EROGAZIONE + ": " + Labels.deliveryBlock(kind), m -> delivery(m, kind)));
        }
        return new Part(Sezione2.PARAGRAPH_2_3, rows);
    }

    private static Stream<?> delivery(ServiceModel model, DeliveryBlockKind kind) {
        ProcessesAndTools section = model.getProcessesAndTools();
        return section == null ? Stream.empty() : section.getDeliveryBlocks().stream().filter(b -> b.getKind() == kind)
                .flatMap(b -> b.getElements().stream());
    }

    /**
     * Where a process stands among the others: the format's seed list where
     * its title is one of it; else the row of a process seen before whose
     * title shares at least half of its words (of three letters or more);
     * else a row of its own.
     */
    private static String alignment(Process process, Set<String> seen) {
        String title = Titles.of(process).strip().toLowerCase(Locale.ITALIAN);
        for (int i = 0; i < Sezione2.FORMAZIONE_SEED_PROCESSES.size(); i++) {
            if (Sezione2.FORMAZIONE_SEED_PROCESSES.get(i).toLowerCase(Locale.ITALIAN).equals(title)) {
                return SEED + i;
            }
        }
        Set<String> words = words(title);
        for (String key : seen) {
            if (key.startsWith(TITLE)) {
                Set<String> other = words(key.substring(TITLE.length()));
                Set<String> common = new HashSet<>(words);
                common.retainAll(other);
                Set<String> either = new HashSet<>(words);
                either.addAll(other);
                if (!either.isEmpty() && 2 * common.size() >= either.size()) {
                    return key;
                }
            }
        }
        return TITLE + title;
    }

    private static Set<String> words(String title) {
        return Arrays.stream(title.split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 3)
                .collect(Collectors.toSet());
    }

    /** How many of a process's phases each performer carries out, «Provincia 2 · Comune 1». */
    private static Cell performers(Process process) {
        List<Integer> counts = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (Performer performer : List.of(Performer.PROVINCE, Performer.MUNICIPALITY, Performer.SHARED,
                Performer.EXTERNAL)) {
            int count = (int) process.getPhases().stream().filter(Phase::isSetPerformer)
                    .filter(p -> p.getPerformer() == performer).count();
            counts.add(count);
            if (count > 0) {
                said.add(Labels.performer(performer) + " " + count);
            }
        }
        return new Cell(said.isEmpty() ? "—" : String.join(" · ", said), null, -1, -1, counts);
    }

    private Part completeness() {
        List<Row> rows = new ArrayList<>();
        for (String paragraph : PARAGRAPHS) {
            rows.add(new Row("Avvisi del format – " + paragraph, Kind.NUMBER, models.stream().map(c -> {
                int count = c.warnings().getOrDefault(paragraph, 0);
                return Cell.number(count, String.valueOf(count));
            }).toList()));
        }
        for (String paragraph : PARAGRAPHS) {
            rows.add(new Row("Parti «[da completare]» – " + paragraph, Kind.NUMBER, models.stream().map(c -> {
                int count = c.placeholders().getOrDefault(paragraph, 0);
                return Cell.number(count, String.valueOf(count));
            }).toList()));
        }
        return new Part("Completezza", rows);
    }
}
