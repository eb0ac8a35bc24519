// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.ide;

import org.eclipse.xtext.ide.server.formatting.FormattingService;

/**
 * The bindings of the language's editor services (language server, content
 * assist, hover, semantic highlighting) beyond the generated ones.
 */
public class TendereIdeModule extends AbstractTendereIdeModule {

    /** Formatting that sends only the edits that change something. */
    public Class<? extends FormattingService> bindFormattingService() {
        return TendereFormattingService.class;
    }
}
