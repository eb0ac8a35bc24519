// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.ide;

import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;

import it.tendere.dsl.ide.hover.TendereHoverService;
import it.tendere.dsl.ide.outline.TendereDocumentSymbolService;

/**
 * The bindings of the language's editor services (language server, content
 * assist, hover, semantic highlighting) beyond the generated ones.
 */
public class TendereIdeModule extends AbstractTendereIdeModule {

    /** Formatting that sends only the edits that change something. */
    public Class<? extends FormattingService> bindFormattingService() {
        return TendereFormattingService.class;
    }

    /** Document symbols as a tree laid out as the format, for clients that take a tree. */
    public Class<? extends HierarchicalDocumentSymbolService> bindHierarchicalDocumentSymbolService() {
        return TendereDocumentSymbolService.class;
    }

    /** Hover on references, declarations and problems, in the words the studio uses. */
    public Class<? extends IHoverService> bindIHoverService() {
        return TendereHoverService.class;
    }
}
