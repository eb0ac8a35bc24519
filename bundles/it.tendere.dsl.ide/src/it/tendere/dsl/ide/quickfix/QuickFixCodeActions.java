// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * The quick fixes as the language server's code actions: for each problem
 * the client sends back, the fixes of the check that reported it, each a
 * workspace edit of the model's file.
 */
public class QuickFixCodeActions implements ICodeActionService2 {

    @Inject
    private QuickFixes quickFixes;

    @Inject
    private IResourceValidator validator;

    @Override
    public List<Either<Command, CodeAction>> getCodeActions(Options options) {
        CodeActionContext context = options.getCodeActionParams().getContext();
        if (context.getOnly() != null && !context.getOnly().isEmpty()
                && context.getOnly().stream().noneMatch(kind -> kind.startsWith(CodeActionKind.QuickFix))) {
            return List.of();
        }
        List<Diagnostic> fixable = context.getDiagnostics().stream()
                .filter(d -> d.getCode() != null && d.getCode().isLeft() && QuickFixes.handles(d.getCode().getLeft()))
                .toList();
        if (fixable.isEmpty()) {
            return List.of();
        }
        return options.getLanguageServerAccess().doSyncRead(options.getURI(), read -> {
            XtextResource resource = (XtextResource) read.getResource();
            Document document = read.getDocument();
            List<Issue> issues = validator.validate(resource, CheckMode.ALL, options.getCancelIndicator());
            List<Either<Command, CodeAction>> actions = new ArrayList<>();
            for (Diagnostic diagnostic : fixable) {
                int offset = document.getOffSet(diagnostic.getRange().getStart());
                for (QuickFix fix : quickFixes.fixesAt(resource, issues, diagnostic.getCode().getLeft(), offset)) {
                    actions.add(Either.forRight(action(fix, diagnostic, document, options.getURI())));
                }
            }
            return actions;
        });
    }

    private static CodeAction action(QuickFix fix, Diagnostic diagnostic, Document document, String uri) {
        CodeAction action = new CodeAction(fix.label());
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(diagnostic));
        List<TextEdit> edits = fix.changes().stream().map(change -> new TextEdit(new Range(
                document.getPosition(change.offset()), document.getPosition(change.offset() + change.length())),
                change.text())).toList();
        action.setEdit(new WorkspaceEdit(Map.of(uri, edits)));
        return action;
    }
}
