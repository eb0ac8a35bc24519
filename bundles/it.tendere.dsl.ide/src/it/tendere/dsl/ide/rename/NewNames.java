// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.ide.rename;

import java.util.Locale;
import java.util.Set;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import it.tendere.dsl.i18n.Messages;
import it.tendere.dsl.ide.hover.HoverText;
import it.tendere.dsl.validation.NamesChecks;
import it.tendere.servicemodel.NamedElement;

/**
 * Whether an element may take a new name, the same in the studio and
 * through the language server: a name is an identifier of the language, not
 * one of its words, and not taken by another element of its kind (phases:
 * within their process) — the rules the checks apply to what is written.
 */
@Singleton
public class NewNames {

    private static final Messages MESSAGES = new Messages("it.tendere.dsl.ide.rename.messages", NewNames.class);

    private final Set<String> keywords;

    @Inject
    NewNames(IGrammarAccess grammar) {
        this.keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
    }

    /** Why an element cannot take a name, in the user's language; null when it can. */
    public String refusal(NamedElement element, String newName) {
        String name = newName == null ? "" : newName.strip();
        if (name.isEmpty()) {
            return MESSAGES.get("rename.empty");
        }
        if (keywords.contains(name.startsWith("^") ? name.substring(1) : name)) {
            return MESSAGES.get("rename.keyword", name);
        }
        if (!NamesChecks.isIdentifier(name)) {
            return MESSAGES.get("rename.invalid", name);
        }
        String kind = HoverText.kind(element.eClass().getName()).toLowerCase(Locale.ITALIAN);
        for (NamedElement other : NamesChecks.ofSameKind(element)) {
            if (other != element && name.equals(other.getName())) {
                ICompositeNode node = NodeModelUtils.findActualNodeFor(other);
                return MESSAGES.get("rename.taken", kind, name, node == null ? 0 : node.getStartLine());
            }
        }
        return null;
    }
}
