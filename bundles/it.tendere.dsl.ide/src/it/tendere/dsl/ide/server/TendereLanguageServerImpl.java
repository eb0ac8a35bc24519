// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.ide.server;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Xtext's language server, announcing only what answers with something: the
 * language has no calls, so no signature help, and no semantic tokens are
 * computed for it (Xtext announces both whatever the language), so a client
 * keeps its own highlighting instead of waiting for empty answers.
 */
public class TendereLanguageServerImpl extends LanguageServerImpl {

    @Override
    protected ServerCapabilities createServerCapabilities(InitializeParams params) {
        ServerCapabilities capabilities = super.createServerCapabilities(params);
        capabilities.setSignatureHelpProvider(null);
        capabilities.setSemanticTokensProvider(null);
        return capabilities;
    }
}
