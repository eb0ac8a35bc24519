// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.ide.server;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure2;

/**
 * The workspace of a client that names no folder ({@code rootUri} null and
 * no workspace folders, as an editor with a single file open does): none,
 * rather than a failure of {@code initialize}; each file opened is then a
 * model of its own, as every {@code .tendere} file is anyway.
 */
public class RootlessWorkspaceManager extends WorkspaceManager {

    @Override
    public void initialize(URI baseDir, Procedure2<? super URI, ? super Iterable<Issue>> issueAcceptor,
            CancelIndicator cancelIndicator) {
        if (baseDir == null) {
            initialize(List.of(), issueAcceptor, cancelIndicator);
            return;
        }
        super.initialize(baseDir, issueAcceptor, cancelIndicator);
    }
}
