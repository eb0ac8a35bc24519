// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

import it.tendere.dsl.ide.hover.HoverText;
import it.tendere.studio.StudioPlugin;

/**
 * Hover on a reference: what it refers to (its kind, title and name, its
 * description, the line it is declared on), in the language server's words
 * ({@link HoverText}).
 */
final class ReferenceHover implements ITextHover {

    private final TendereEditor editor;

    ReferenceHover(TendereEditor editor) {
        this.editor = editor;
    }

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        return new Region(offset, 0);
    }

    @Override
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        // its own parse: the hover runs outside the UI thread, where the
        // editor's last check may be in use
        XtextResource resource = ModelAnalysis.parse(viewer.getDocument().get(), editor.path());
        EObject target = StudioPlugin.service(EObjectAtOffsetHelper.class)
                .resolveCrossReferencedElementAt(resource, region.getOffset());
        return target == null || target.eIsProxy() ? null : HoverText.describe(target);
    }
}
