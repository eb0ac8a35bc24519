// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.ide.rename;

import java.util.concurrent.ExecutionException;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.rename.RenameService2;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

import it.tendere.servicemodel.NamedElement;

/**
 * Xtext's rename (the declaration and every reference, in one workspace
 * edit), after the checks of {@link NewNames}: a refused name answers the
 * request with an error whose message says why, in Italian, and changes
 * nothing. The name is taken without the {@code ^} a user may type.
 */
public class TendereRenameService extends RenameService2 {

    @Inject
    private NewNames newNames;

    @Override
    public WorkspaceEdit rename(Options options) {
        RenameParams params = options.getRenameParams();
        String refusal;
        try {
            refusal = options.getLanguageServerAccess().doRead(params.getTextDocument().getUri(), context -> {
                EObject element = getElementAtOffset((XtextResource) context.getResource(), context.getDocument(),
                        params.getPosition());
                return element instanceof NamedElement named ? newNames.refusal(named, params.getNewName()) : null;
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        if (refusal != null) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, refusal, null));
        }
        params.setNewName(params.getNewName().strip().replaceFirst("^\\^", ""));
        return super.rename(options);
    }
}
