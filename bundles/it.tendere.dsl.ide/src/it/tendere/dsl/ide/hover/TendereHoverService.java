// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.ide.hover;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

import it.tendere.servicemodel.NamedElement;
import it.tendere.servicemodel.ServicemodelPackage;

/**
 * Hover through the language server: on a reference, what it refers to; on
 * a declaration's name, what it declares ({@link HoverText}, as the studio
 * says it); on a problem of the format's checks, its message. Elsewhere,
 * nothing (no empty answer).
 */
public class TendereHoverService extends HoverService {

    @Inject
    private EObjectAtOffsetHelper elements;

    @Override
    public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancelIndicator) {
        int offset = document.getOffSet(params.getPosition());
        List<String> said = new ArrayList<>();
        EObject element = elements.resolveCrossReferencedElementAt(resource, offset);
        if (element == null || element.eIsProxy()) {
            element = declaredAt(resource, offset);
        }
        if (element != null && !element.eIsProxy()) {
            said.add(HoverText.describe(element));
        }
        for (Issue issue : resource.getResourceServiceProvider().getResourceValidator().validate(resource,
                CheckMode.ALL, cancelIndicator)) {
            if (issue.getSeverity() != Severity.IGNORE && issue.getOffset() != null && issue.getOffset() <= offset
                    && offset <= issue.getOffset() + issue.getLength()) {
                said.add(HoverText.problem(issue.getMessage()));
            }
        }
        if (said.isEmpty()) {
            return null;
        }
        return new Hover(new MarkupContent(MarkupKind.PLAINTEXT, String.join("\n\n", said)));
    }

    /** The element whose name is written at the offset, or null. */
    private static EObject declaredAt(XtextResource resource, int offset) {
        if (resource.getParseResult() == null) {
            return null;
        }
        ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
        EObject element = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
        if (element instanceof NamedElement named && NodeModelUtils.findNodesForFeature(named,
                ServicemodelPackage.Literals.NAMED_ELEMENT__NAME).stream().anyMatch(n -> n.getOffset() <= offset
                        && offset <= n.getEndOffset())) {
            return element;
        }
        return null;
    }
}
