// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.ide.highlighting;

import static it.tendere.servicemodel.ServicemodelPackage.Literals.*;

import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * What the language server's semantic tokens say: every name, as a
 * declaration where it is declared and as a reference elsewhere, with a
 * token type per kind of element (a role, a competence, a process… each
 * its own colour), and the format's fixed words (ambito, categories,
 * levels) as enumeration members. Keywords, strings and numbers are left to
 * the client's grammar.
 */
public class TendereSemanticHighlighting implements ISemanticHighlightingCalculator {

    /** The token type of each kind of named element. */
    static final Map<EClass, String> TYPES = Map.of(
            USER_SEGMENT, SemanticTokenTypes.Type,
            SERVICE, SemanticTokenTypes.Function,
            ROLE, SemanticTokenTypes.Class,
            COMPETENCE, SemanticTokenTypes.Property,
            EXTERNAL_PROVIDER, SemanticTokenTypes.Struct,
            PROCESS, SemanticTokenTypes.Namespace,
            PHASE, SemanticTokenTypes.Event,
            TOOL, SemanticTokenTypes.Interface);

    @Override
    public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
            CancelIndicator cancelIndicator) {
        if (resource == null || resource.getParseResult() == null) {
            return;
        }
        TreeIterator<EObject> contents = resource.getAllContents();
        while (contents.hasNext()) {
            if (cancelIndicator.isCanceled()) {
                return;
            }
            EObject element = contents.next();
            String type = TYPES.get(element.eClass());
            if (type != null) {
                for (INode name : NodeModelUtils.findNodesForFeature(element, NAMED_ELEMENT__NAME)) {
                    acceptor.addPosition(name.getOffset(), name.getLength(), type, SemanticTokenModifiers.Declaration);
                }
            }
            for (EReference reference : element.eClass().getEAllReferences()) {
                String target = TYPES.get(reference.getEReferenceType());
                if (!reference.isContainment() && target != null) {
                    for (INode node : NodeModelUtils.findNodesForFeature(element, reference)) {
                        acceptor.addPosition(node.getOffset(), node.getLength(), target);
                    }
                }
            }
            for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                if (attribute.getEAttributeType() instanceof EEnum) {
                    for (INode node : NodeModelUtils.findNodesForFeature(element, attribute)) {
                        acceptor.addPosition(node.getOffset(), node.getLength(), SemanticTokenTypes.EnumMember);
                    }
                }
            }
        }
    }
}
