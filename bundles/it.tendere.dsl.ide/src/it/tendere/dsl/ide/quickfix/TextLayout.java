// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import it.tendere.dsl.ide.snippets.Snippets;

/**
 * Where a line goes in a model's text, and how it is indented: a new line
 * takes the indentation of its neighbours, in the unit the file uses (a tab
 * or four spaces), so that a fixed file stays as the formatter writes it.
 */
final class TextLayout {

    private final String text;
    private final String unit;

    TextLayout(String text) {
        this.text = text;
        this.unit = Snippets.indentUnit(text);
    }

    String text() {
        return text;
    }

    /** The node of an element's single-valued feature, or null where the text does not write it. */
    static INode node(EObject element, EStructuralFeature feature) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
        return nodes.isEmpty() ? null : nodes.get(0);
    }

    /** Where the line an offset is on starts. */
    private int lineStart(int offset) {
        return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    }

    /** The leading white space of the line an offset is on. */
    String indentAt(int offset) {
        int start = lineStart(offset);
        int end = start;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(start, Math.min(end, Math.max(start, offset)));
    }

    /** The indentation of the lines inside an element's braces. */
    String innerIndent(EObject element) {
        return indentAt(NodeModelUtils.findActualNodeFor(element).getOffset()) + unit;
    }

    /** Lines placed after a node, on lines of their own at the node's indentation. */
    TextChange after(INode node, String lines) {
        return TextChange.insert(node.getEndOffset(), indented("\n" + lines, indentAt(node.getOffset())));
    }

    /** Lines placed after an element (a block or a line), at its indentation. */
    TextChange after(EObject element, String lines) {
        return after(NodeModelUtils.findActualNodeFor(element), lines);
    }

    /** Lines placed first inside an element's braces (after the first brace of a keyword, when given). */
    TextChange firstInside(EObject element, String lines) {
        return firstInside(element, null, lines);
    }

    /** Lines placed first inside the braces that follow a keyword of an element ({@code perimetro {}). */
    TextChange firstInside(EObject element, String keyword, String lines) {
        ILeafNode brace = brace(element, keyword, "{", false);
        String outer = indentAt(NodeModelUtils.findActualNodeFor(element).getOffset());
        if (keyword != null) {
            outer = indentAt(brace.getOffset());
        }
        String inserted = indented("\n" + lines, outer + unit);
        int next = brace.getEndOffset();
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
            next++;
        }
        if (next < text.length() && text.charAt(next) == '}') {
            inserted += "\n" + outer; // {} on one line: the closing brace gets a line of its own
        }
        return TextChange.insert(brace.getEndOffset(), inserted);
    }

    /** Lines placed last inside an element's braces. */
    TextChange lastInside(EObject element, String lines) {
        ILeafNode close = brace(element, null, "}", true);
        INode before = close.getPreviousSibling();
        while (before != null && (before instanceof ILeafNode leaf && leaf.isHidden() || before.getLength() == 0)) {
            before = before.getPreviousSibling();
        }
        if (before == null || before.getGrammarElement() instanceof Keyword k && k.getValue().equals("{")) {
            return firstInside(element, lines);
        }
        return TextChange.insert(before.getEndOffset(), indented("\n" + lines, innerIndent(element)));
    }

    /** Lines placed on lines of their own before a node, at its indentation. */
    TextChange before(INode node, String lines) {
        String indent = indentAt(node.getOffset());
        int lineStart = lineStart(node.getOffset());
        if (!text.substring(lineStart, node.getOffset()).isBlank()) {
            return TextChange.insert(node.getOffset(), indented(lines, indent).substring(indent.length()) + "\n" + indent);
        }
        return TextChange.insert(lineStart, indented(lines, indent) + "\n");
    }

    /** A line placed before the line a node is on, at that line's indentation. */
    TextChange lineBefore(INode node, String line) {
        return TextChange.insert(lineStart(node.getOffset()), indentAt(node.getOffset()) + line + "\n");
    }

    /** Lines indented by {@code indent}, each tab after a line break written in the file's unit. */
    private String indented(String lines, String indent) {
        String result = lines.replace("\n\t", "\n" + unit).replace("\n", "\n" + indent);
        return lines.startsWith("\n") ? result : indent + result;
    }

    /** Whether an element's own text (not a nested element's) has a keyword ({@code perimetro}, {@code utenza}). */
    static boolean hasKeyword(EObject element, String keyword) {
        return ownKeywords(element).stream().anyMatch(leaf -> ((Keyword) leaf.getGrammarElement()).getValue()
                .equals(keyword));
    }

    /** The keywords of an element's own text, in order: not those of the elements it contains. */
    private static List<ILeafNode> ownKeywords(EObject element) {
        List<ILeafNode> keywords = new ArrayList<>();
        for (ILeafNode leaf : NodeModelUtils.findActualNodeFor(element).getLeafNodes()) {
            if (leaf.getGrammarElement() instanceof Keyword && NodeModelUtils.findActualSemanticObjectFor(leaf) == element) {
                keywords.add(leaf);
            }
        }
        return keywords;
    }

    /**
     * An element's first opening brace (after a keyword, when given), or its
     * last closing one: the element's own, not a nested element's.
     */
    private static ILeafNode brace(EObject element, String keyword, String brace, boolean last) {
        boolean afterKeyword = keyword == null;
        ILeafNode found = null;
        for (ILeafNode leaf : ownKeywords(element)) {
            String value = ((Keyword) leaf.getGrammarElement()).getValue();
            if (!afterKeyword) {
                afterKeyword = value.equals(keyword);
            } else if (value.equals(brace)) {
                found = leaf;
                if (!last) {
                    return leaf;
                }
            }
        }
        if (found == null) {
            throw new IllegalStateException("no " + brace + " in " + element.eClass().getName());
        }
        return found;
    }
}
