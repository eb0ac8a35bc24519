// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.link.LinkedModeModel;
import org.eclipse.jface.text.link.LinkedModeUI;
import org.eclipse.jface.text.link.LinkedPosition;
import org.eclipse.jface.text.link.LinkedPositionGroup;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

import it.tendere.dsl.ide.snippets.Snippets;
import it.tendere.dsl.ide.snippets.Snippets.Expansion;
import it.tendere.dsl.ide.snippets.Snippets.TabStop;
import it.tendere.studio.StudioPlugin;

/**
 * A snippet chosen from content assist: the block written at the caret,
 * indented as the caret's line, and its tab stops linked, so that Tab goes
 * from one to the next and Enter (or the last Tab) leaves after the block.
 */
final class SnippetProposal implements ICompletionProposal {

    private final ITextViewer viewer;
    private final String snippet;
    private final String display;
    private final int offset;
    private final int prefixLength;
    private Point selection;

    SnippetProposal(ITextViewer viewer, String snippet, String display, int offset, int prefixLength) {
        this.viewer = viewer;
        this.snippet = snippet;
        this.display = display;
        this.offset = offset;
        this.prefixLength = prefixLength;
    }

    @Override
    public void apply(IDocument document) {
        try {
            int lineStart = document.getLineOffset(document.getLineOfOffset(offset));
            String line = document.get(lineStart, offset - lineStart);
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            Expansion expansion = Snippets.expand(snippet, indent, Snippets.indentUnit(document.get()));
            document.replace(offset, prefixLength, expansion.text());
            LinkedModeModel model = new LinkedModeModel();
            int exit = offset + expansion.text().length();
            for (TabStop stop : expansion.tabStops()) {
                if (stop.number() == 0) {
                    exit = offset + stop.offset();
                } else {
                    LinkedPositionGroup group = new LinkedPositionGroup();
                    group.addPosition(new LinkedPosition(document, offset + stop.offset(), stop.length()));
                    model.addGroup(group);
                }
            }
            TabStop first = expansion.tabStops().get(0);
            selection = new Point(offset + first.offset(), first.length());
            if (expansion.tabStops().size() > 1) {
                model.forceInstall();
                LinkedModeUI ui = new LinkedModeUI(model, viewer);
                ui.setExitPosition(viewer, exit, 0, Integer.MAX_VALUE);
                ui.enter();
            }
        } catch (BadLocationException e) {
            StudioPlugin.log("snippet not written", e);
        }
    }

    @Override
    public Point getSelection(IDocument document) {
        return selection;
    }

    @Override
    public String getAdditionalProposalInfo() {
        return Snippets.expand(snippet, "", "\t").text();
    }

    @Override
    public String getDisplayString() {
        return display;
    }

    @Override
    public Image getImage() {
        return null;
    }

    @Override
    public IContextInformation getContextInformation() {
        return null;
    }
}
