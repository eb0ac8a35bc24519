// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.ide.server;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Xtext's language server, announcing only what answers with something: the
 * language has no calls, so no signature help (Xtext announces it whatever
 * the language).
 */
public class TendereLanguageServerImpl extends LanguageServerImpl {

    @Override
    protected ServerCapabilities createServerCapabilities(InitializeParams params) {
        ServerCapabilities capabilities = super.createServerCapabilities(params);
        capabilities.setSignatureHelpProvider(null);
        return capabilities;
    }
}
