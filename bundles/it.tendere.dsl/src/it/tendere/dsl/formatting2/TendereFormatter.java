// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.formatting2;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

import it.tendere.dsl.services.TendereGrammarAccess;

/**
 * Lays a model out one statement per line, blocks indented by one tab.
 *
 * <p>Every construct of the grammar is a keyword-led statement inside a
 * {@code { … }} block, so the rule is derived from the grammar instead of
 * being written per class: whatever stands between a block's braces starts a
 * line, and so does every nested element. A hand-kept list of "line
 * keywords" was rejected: the same word ({@code provincia}, {@code comuni})
 * starts a line in one place and continues one in another.
 */
public class TendereFormatter extends AbstractFormatter2 {

    private final Set<AbstractElement> statementStarts = new HashSet<>();

    @Inject
    void collectStatementStarts(TendereGrammarAccess grammarAccess) {
        for (AbstractRule rule : grammarAccess.getGrammar().getRules()) {
            if (rule instanceof ParserRule parserRule) {
                collectBlocks(parserRule.getAlternatives());
            }
        }
    }

    @Override
    public void format(Object object, IFormattableDocument document) {
        if (object instanceof XtextResource resource) {
            _format(resource, document);
        } else if (object instanceof EObject root && root.eContainer() == null) {
            formatDocument(root, document);
        }
    }

    private void formatDocument(EObject root, IFormattableDocument document) {
        IEObjectRegion rootRegion = getTextRegionAccess().regionForEObject(root);
        Set<EObject> started = new HashSet<>();
        started.add(root);
        Deque<ISemanticRegion> openBraces = new ArrayDeque<>();
        ISemanticRegion previous = null;
        ISemanticRegion last = null;
        for (ISemanticRegion region : rootRegion.getAllSemanticRegions()) {
            boolean startsObject = started.add(region.getEObjectRegion().getSemanticElement());
            if (previous == null) {
                document.prepend(region, f -> f.noSpace());
            } else if (isKeyword(region, "}")) {
                document.prepend(region, f -> f.newLine());
                ISemanticRegion open = openBraces.poll();
                if (open != null) {
                    document.interior(open, region, f -> f.indent());
                }
            } else if (isKeyword(region, ",")) {
                document.prepend(region, f -> f.noSpace());
            } else if (isKeyword(previous, "{") || startsObject || statementStarts.contains(region.getGrammarElement())) {
                document.prepend(region, f -> f.setNewLines(1, 1, 2));
            } else {
                document.prepend(region, f -> f.oneSpace());
            }
            if (isKeyword(region, "{")) {
                openBraces.push(region);
            }
            previous = region;
            last = region;
        }
        if (last != null) {
            document.append(last, f -> f.setNewLines(1));
        }
    }

    private static boolean isKeyword(ISemanticRegion region, String keyword) {
        return region.getGrammarElement() instanceof Keyword k && k.getValue().equals(keyword);
    }

    /** Finds the groups with a block and records the first tokens of the statements inside it. */
    private void collectBlocks(AbstractElement element) {
        if (element instanceof Group group) {
            boolean inBlock = false;
            for (AbstractElement child : group.getElements()) {
                if (child instanceof Keyword k && k.getValue().equals("{")) {
                    inBlock = true;
                } else if (child instanceof Keyword k && k.getValue().equals("}")) {
                    inBlock = false;
                } else if (inBlock) {
                    collectFirstTokens(child);
                }
                collectBlocks(child);
            }
        } else if (element instanceof Alternatives alternatives) {
            alternatives.getElements().forEach(this::collectBlocks);
        }
    }

    private void collectFirstTokens(AbstractElement element) {
        statementStarts.add(element);
        if (element instanceof Group group && !group.getElements().isEmpty()) {
            collectFirstTokens(group.getElements().get(0));
        } else if (element instanceof Alternatives alternatives) {
            alternatives.getElements().forEach(this::collectFirstTokens);
        } else if (element instanceof Assignment assignment) {
            collectFirstTokens(assignment.getTerminal());
        } else if (element instanceof CrossReference reference) {
            collectFirstTokens(reference.getTerminal());
        } else if (element instanceof RuleCall call && call.getRule() instanceof EnumRule enumRule) {
            collectFirstTokens(enumRule.getAlternatives());
        } else if (element instanceof EnumLiteralDeclaration literal) {
            collectFirstTokens(literal.getLiteral());
        }
    }
}
