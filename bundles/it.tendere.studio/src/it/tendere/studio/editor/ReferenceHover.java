// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

import it.tendere.format.Titles;
import it.tendere.servicemodel.NamedElement;
import it.tendere.servicemodel.TitledElement;
import it.tendere.studio.StudioPlugin;

/**
 * Hover on a reference: what it refers to (its kind, title and name, its
 * description, the line it is declared on).
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
        return target == null || target.eIsProxy() ? null : describe(target);
    }

    /** The text a hover shows for an element. */
    static String describe(EObject element) {
        String kind = Kinds.of(element.eClass().getName());
        StringBuilder text = new StringBuilder();
        if (element instanceof TitledElement titled) {
            text.append(StudioPlugin.MESSAGES.get("hover.titled", kind, Titles.of(titled), titled.getName()));
        } else if (element instanceof NamedElement named) {
            text.append(StudioPlugin.MESSAGES.get("hover.named", kind, named.getName()));
        } else {
            text.append(kind);
        }
        EStructuralFeature description = element.eClass().getEStructuralFeature("description");
        if (description != null && element.eGet(description) instanceof String value && !value.isBlank()) {
            text.append('\n').append(value);
        }
        ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
        if (node != null) {
            text.append('\n').append(StudioPlugin.MESSAGES.get("hover.line", node.getStartLine()));
        }
        return text.toString();
    }
}
