// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli;

import java.util.concurrent.Callable;

import it.tendere.dsl.ide.server.TendereLanguageServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tendere lsp}: the language server, speaking LSP on standard input and output.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true)
final class LspCommand implements Callable<Integer> {

    @ParentCommand
    TendereCommand root;

    @Override
    public Integer call() throws Exception {
        TendereLanguageServer.run(root.in, root.rawOut, root.console::info);
        return 0;
    }
}
