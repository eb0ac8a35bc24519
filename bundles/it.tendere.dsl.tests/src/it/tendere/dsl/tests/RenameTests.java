// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import it.tendere.dsl.ide.quickfix.QuickFix;
import it.tendere.dsl.ide.quickfix.TextChange;
import it.tendere.dsl.ide.rename.Renaming;
import it.tendere.servicemodel.NamedElement;
import it.tendere.servicemodel.ServiceModel;

/**
 * Rename as the studio does it (the language server runs the same checks
 * before Xtext's rename): refused with a reason in Italian, or the
 * declaration and every reference renamed and nothing else touched.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TendereIdeInjectorProvider.class)
class RenameTests {

    @Inject
    private ParseHelper<ServiceModel> parser;

    @Inject
    private ValidationTestHelper validation;

    @Inject
    private Renaming renaming;

    private final String text = SampleModels.read("formazione.tendere");

    private NamedElement at(String marker, int into) throws Exception {
        XtextResource resource = (XtextResource) parser.parse(text).eResource();
        return renaming.elementAt(resource, text.indexOf(marker) + into);
    }

    @Test
    void aNameTakenByTheSameKindAKeywordOrANonNameIsRefusedInItalian() throws Exception {
        NamedElement progettista = at("ruolo progettista", "ruolo ".length() + 2);
        assertEquals("progettista", progettista.getName());
        String taken = renaming.refusal(progettista, "tutor");
        int tutorLine = text.substring(0, text.indexOf("ruolo tutor")).split("\n", -1).length;
        assertEquals("«tutor» è già il nome di un altro elemento di tipo ruolo (riga " + tutorLine
                + "): scegli un altro nome", taken);
        assertEquals("«fase» è una parola del linguaggio: scegli un altro nome", renaming.refusal(progettista, "fase"));
        assertEquals("«capo progetto» non è un nome valido: usa lettere (anche accentate), cifre e _, senza spazi, "
                + "cominciando con una lettera", renaming.refusal(progettista, "capo progetto"));
        assertEquals("Il nuovo nome è vuoto", renaming.refusal(progettista, " "));
        assertNull(renaming.refusal(progettista, "giuridico"), "a competence's name is free for a role");
        assertNull(renaming.refusal(progettista, "responsabilità_formazione"), "accented letters and _");
    }

    @Test
    void theDeclarationAndEveryReferenceAreRenamedAndNothingElse() throws Exception {
        NamedElement progettista = at("ruoli progettista", "ruoli ".length() + 3);
        assertEquals("progettista", progettista.getName(), "found from a reference");
        int references = count(text, "\\bprogettista\\b") - 1;
        List<TextChange> changes = renaming.changes(progettista, "ideatore");
        String renamed = new QuickFix("", changes).applyTo(text);

        assertEquals(0, count(renamed, "\\bprogettista\\b"), renamed);
        assertEquals(references + 1, count(renamed, "\\bideatore\\b"));
        assertEquals(text.replaceAll("\\bprogettista\\b", "ideatore"), renamed, "only the name changes");
        assertTrue(validation.validate(parser.parse(renamed)).isEmpty(), "the renamed model is clean");
    }

    @Test
    void aPhaseIsRenamedWithinItsProcessOnly() throws Exception {
        String phase = "fase richiesta";
        NamedElement first = at(phase, "fase ".length() + 1);
        assertNull(renaming.refusal(first, "avvio"));
        String renamed = new QuickFix("", renaming.changes(first, "avvio")).applyTo(text);
        assertEquals(count(text, "\\bfase richiesta\\b") - 1, count(renamed, "\\bfase richiesta\\b"),
                "the other processes' phases of that name keep it");
    }

    private static int count(String text, String regex) {
        return (int) Pattern.compile(regex).matcher(text).results().count();
    }
}
