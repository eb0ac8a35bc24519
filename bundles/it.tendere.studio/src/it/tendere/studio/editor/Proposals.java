// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Content assist: the language server's own service (the grammar's
 * keywords, the cross-references in scope), asked in-process.
 */
public class Proposals extends ContentAssistService {

    @Inject
    private Provider<IdeContentProposalAcceptor> acceptors;

    /** What may be written at an offset of a text, best first. */
    public List<ContentAssistEntry> at(String text, int offset, XtextResource resource) {
        IdeContentProposalAcceptor acceptor = acceptors.get();
        createProposals(text, new TextRegion(offset, 0), offset, resource, acceptor);
        List<ContentAssistEntry> entries = new ArrayList<>();
        acceptor.getEntries().forEach(entries::add);
        return entries;
    }
}
