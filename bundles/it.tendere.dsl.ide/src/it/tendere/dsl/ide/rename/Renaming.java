// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.ide.rename;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

import it.tendere.dsl.ide.quickfix.TextChange;
import it.tendere.servicemodel.NamedElement;

/**
 * Rename in an editor of the process (the studio's): Xtext's change
 * serializer renames the element and rewrites its declaration and every
 * reference to it, and the result is the changes to the text, for the
 * editor to make as one undoable change. The checks of {@link NewNames}
 * come first, as through the language server.
 */
public class Renaming {

    @Inject
    private Provider<IChangeSerializer> serializers;

    @Inject
    private EObjectAtOffsetHelper offsets;

    @Inject
    private NewNames newNames;

    /** The element whose name is declared or referred to at an offset (or just before it), or null. */
    public NamedElement elementAt(XtextResource resource, int offset) {
        for (int at : new int[] { offset, offset - 1 }) {
            if (at < 0) {
                continue;
            }
            EObject element = offsets.getElementWithNameAt(resource, at);
            if (element == null) {
                element = offsets.resolveCrossReferencedElementAt(resource, at);
            }
            if (element instanceof NamedElement named && !named.eIsProxy() && named.eResource() == resource) {
                return named;
            }
        }
        return null;
    }

    /** Why the element cannot take the name, in the user's language; null when it can. */
    public String refusal(NamedElement element, String newName) {
        return newNames.refusal(element, newName);
    }

    /**
     * The changes to the text that give the element its new name, everywhere
     * it is written. The element's resource is modified: parse the text
     * again before anything else.
     */
    public List<TextChange> changes(NamedElement element, String newName) {
        String name = newName.strip().replaceFirst("^\\^", "");
        IChangeSerializer serializer = serializers.get();
        serializer.addModification(element, renamed -> renamed.setName(name));
        List<TextChange> changes = new ArrayList<>();
        serializer.applyModifications(change -> {
            if (change instanceof ITextDocumentChange text) {
                for (ITextReplacement replacement : text.getReplacements()) {
                    changes.add(new TextChange(replacement.getOffset(), replacement.getLength(),
                            replacement.getReplacementText()));
                }
            }
        });
        return changes;
    }
}
