// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.view;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import it.tendere.docgen.view.Section2View.FrontMatter;
import it.tendere.docgen.view.Section2View.ParagraphView;
import it.tendere.docgen.view.Section2View.Span;
import it.tendere.format.IssueCodes;
import it.tendere.format.Placeholder;
import it.tendere.format.Sezione2;
import it.tendere.servicemodel.ServiceModel;

/**
 * Turns a service model into the view of Section 2: decides, once, what each
 * paragraph shows, in the format's order and with its fixed texts.
 */
public final class Section2Builder {

    private static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ITALIAN);

    private Section2Builder() {
    }

    public static Section2View build(ServiceModel model) {
        List<Placeholder> placeholders = new ArrayList<>();
        ViewContext context = new ViewContext(placeholders);
        FrontMatter front = front(model, context);
        List<ParagraphView> paragraphs = new ArrayList<>();
        paragraphs.add(new ParagraphView("2", Sezione2.SECTION_2_TITLE, 1,
                List.of(ViewContext.label(Sezione2.PURPOSE_LABEL, Sezione2.PURPOSE))));
        paragraphs.add(new ParagraphView("2.1", Sezione2.PARAGRAPH_2_1_TITLE, 2, ObjectivesView.blocks(model, context)));
        paragraphs.add(new ParagraphView("2.2", Sezione2.PARAGRAPH_2_2_TITLE, 2, OrganisationView.blocks(model, context)));
        paragraphs.add(new ParagraphView("2.3", Sezione2.PARAGRAPH_2_3_TITLE, 2, ProcessesView.blocks(model, context)));
        return new Section2View(front, paragraphs, List.copyOf(placeholders));
    }

    private static FrontMatter front(ServiceModel model, ViewContext context) {
        context.at(Sezione2.FRONT_MATTER);
        List<Span> authors = model.getAuthors().stream().filter(a -> a != null && !a.isBlank()).map(Span::plain).toList();
        return new FrontMatter(List.of(Sezione2.PROGRAMME, Sezione2.ACTION, Sezione2.PATH, Sezione2.PROJECT_WORK),
                formatName(model), context.or(model.getTitle(), "titolo del servizio", model,
                        IssueCodes.SERVICE_TITLE_MISSING),
                context.or(model.getProvince(), "Provincia", model, IssueCodes.PROVINCE_MISSING),
                date(model.getDate(), model, context),
                context.or(model.getVersion(), "versione", model, IssueCodes.VERSION_MISSING),
                authors.isEmpty() ? List.of(context.missing("autori", model, IssueCodes.AUTHORS_MISSING)) : authors);
    }

    private static String formatName(ServiceModel model) {
        if (!model.isSetArea()) {
            return "Format";
        }
        return switch (model.getArea()) {
            case TRAINING -> Sezione2.FORMAT_FORMAZIONE;
            case SELECTION -> Sezione2.FORMAT_SELEZIONE;
            case DISCIPLINARY -> Sezione2.FORMAT_DISCIPLINARI;
            case PROCUREMENT -> "Stazione Unica Appaltante (SUA)";
            case OTHER -> "Format";
        };
    }

    private static Span date(String iso, ServiceModel model, ViewContext context) {
        if (iso == null || iso.isBlank()) {
            return context.missing("data", model, IssueCodes.DATE_MISSING);
        }
        try {
            return Span.plain(LocalDate.parse(iso).format(ITALIAN_DATE));
        } catch (DateTimeParseException e) {
            return Span.plain(iso);
        }
    }
}
