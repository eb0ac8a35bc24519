// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code tendere lsp} as an editor meets it: a separate process speaking LSP
 * on its standard streams, that reports the checks' findings on an open model
 * and completes a reference with the model's own names.
 */
class LanguageServerTests {

    @TempDir
    Path workspace;

    @ParameterizedTest
    @EnumSource(value = Runner.class, names = { "JAR", "PRODUCT" })
    void diagnosticsAndCompletionOnTheFormazioneModel(Runner runner) throws Exception {
        Path model = workspace.resolve("formazione.tendere");
        String text = Files.readString(CommandLineTests.model("formazione.tendere"));
        Files.writeString(model, text);
        String uri = model.toUri().toString();

        Process process = start(runner);
        try {
            Client client = new Client();
            Launcher<LanguageServer> connection = connect(client, process);
            LanguageServer server = connection.getRemoteProxy();
            assertTrue(initialize(server).getCapabilities() != null);
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "tendere", 1, text)));

            // The clean model: published, with nothing to report.
            assertEquals(List.of(), client.awaitDiagnostics(uri, List::isEmpty));

            // A change that loses the coordination point: the check's Italian message comes back.
            String broken = text.replace("\t\t\tcoordinamento\n", "");
            VersionedTextDocumentIdentifier document = new VersionedTextDocumentIdentifier(uri, 2);
            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(document,
                    List.of(new TextDocumentContentChangeEvent(broken))));
            List<Diagnostic> diagnostics = client.awaitDiagnostics(uri, d -> !d.isEmpty());
            assertEquals(1, diagnostics.size(), diagnostics::toString);
            assertEquals("2.2 Assetto organizzativo: manca un punto di responsabilità (coordinamento)",
                    diagnostics.get(0).getMessage().getLeft());
            assertEquals("coordination-missing", diagnostics.get(0).getCode().getLeft());

            // Completion on a role reference offers the model's roles.
            String line = "\t\t\t\truoli progettista";
            int offset = broken.indexOf(line) + line.length() - "progettista".length();
            Either<List<CompletionItem>, CompletionList> completion = server.getTextDocumentService()
                    .completion(new CompletionParams(new TextDocumentIdentifier(uri), position(broken, offset)))
                    .get(2, TimeUnit.MINUTES);
            List<String> labels = (completion.isLeft() ? completion.getLeft() : completion.getRight().getItems())
                    .stream().map(CompletionItem::getLabel).toList();
            assertTrue(labels.containsAll(List.of("responsabile", "progettista", "amministrativo", "tutor")),
                    labels::toString);
            assertTrue(labels.stream().noneMatch(l -> l.equals("giuridico") || l.equals("elearning")),
                    () -> "only roles are offered: " + labels);

            // Formatting: what it changes, once; a formatted text gets no edit at all (not even ones that change nothing)
            String formatted = apply(broken, server.getTextDocumentService().formatting(new DocumentFormattingParams(
                    new TextDocumentIdentifier(uri), new FormattingOptions(4, false))).get(2, TimeUnit.MINUTES));
            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, 3), List.of(new TextDocumentContentChangeEvent(formatted))));
            List<? extends TextEdit> again = server.getTextDocumentService().formatting(new DocumentFormattingParams(
                    new TextDocumentIdentifier(uri), new FormattingOptions(4, false))).get(2, TimeUnit.MINUTES);
            assertEquals(List.of(), again, "a formatted text is left alone");

            server.shutdown().get(1, TimeUnit.MINUTES);
            server.exit();
            assertTrue(process.waitFor(1, TimeUnit.MINUTES), "the server exits when asked");
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void documentSymbolsHoverAndNothingEmptyAnnounced() throws Exception {
        Path model = workspace.resolve("formazione.tendere");
        String text = Files.readString(CommandLineTests.model("formazione.tendere"));
        Files.writeString(model, text);
        String uri = model.toUri().toString();
        Process process = start(Runner.JAR);
        try {
            Client client = new Client();
            LanguageServer server = connect(client, process).getRemoteProxy();
            org.eclipse.lsp4j.TextDocumentClientCapabilities document = new org.eclipse.lsp4j.TextDocumentClientCapabilities();
            org.eclipse.lsp4j.DocumentSymbolCapabilities symbols = new org.eclipse.lsp4j.DocumentSymbolCapabilities();
            symbols.setHierarchicalDocumentSymbolSupport(true);
            document.setDocumentSymbol(symbols);
            org.eclipse.lsp4j.ServerCapabilities announced = initialize(server, workspace, document).getCapabilities();
            assertEquals(null, announced.getSignatureHelpProvider(), "no calls in the language: no signature help");
            assertTrue(announced.getDocumentSymbolProvider().getLeft());
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "tendere", 1,
                    text)));
            client.awaitDiagnostics(uri, List::isEmpty);

            List<Either<org.eclipse.lsp4j.SymbolInformation, org.eclipse.lsp4j.DocumentSymbol>> answer = server
                    .getTextDocumentService().documentSymbol(new org.eclipse.lsp4j.DocumentSymbolParams(
                            new TextDocumentIdentifier(uri))).get(2, TimeUnit.MINUTES);
            List<org.eclipse.lsp4j.DocumentSymbol> tree = answer.stream().map(Either::getRight).toList();
            assertEquals(List.of("2.1 Obiettivi e caratteristiche", "2.2 Assetto organizzativo",
                    "2.3 Processi e strumenti"), tree.stream().map(org.eclipse.lsp4j.DocumentSymbol::getName).toList());
            assertTrue(tree.stream().allMatch(p -> p.getKind() == org.eclipse.lsp4j.SymbolKind.Namespace));
            org.eclipse.lsp4j.DocumentSymbol role = tree.get(1).getChildren().stream()
                    .filter(c -> c.getName().equals("progettista")).findFirst().orElseThrow();
            assertEquals("Progettista della formazione", role.getDetail(), "the title as the detail");
            assertEquals(org.eclipse.lsp4j.SymbolKind.Class, role.getKind());
            assertEquals(text.split("\n", -1)[role.getSelectionRange().getStart().getLine()].strip(),
                    "ruolo progettista \"Progettista della formazione\" {", "the name's line is selected");
            assertEquals(position(text, text.indexOf("ruolo progettista") + "ruolo ".length()),
                    role.getSelectionRange().getStart(), "the name itself is selected, to its column");
            assertTrue(tree.get(1).getChildren().stream().anyMatch(c -> c.getName().equals("Staffing")
                    && c.getKind() == org.eclipse.lsp4j.SymbolKind.EnumMember), "the positioning, by aspect");
            org.eclipse.lsp4j.DocumentSymbol p1 = tree.get(2).getChildren().stream()
                    .filter(c -> c.getName().equals("P1")).findFirst().orElseThrow();
            assertEquals(org.eclipse.lsp4j.SymbolKind.Module, p1.getKind());
            assertEquals(List.of("richiesta", "compilazione", "mappa"), p1.getChildren().stream()
                    .map(org.eclipse.lsp4j.DocumentSymbol::getName).toList(), "a process holds its phases, in order");
            assertTrue(tree.get(0).getChildren().stream().anyMatch(c -> c.getName().equals("Mission")),
                    "2.1 begins with the mission");

            // hover: on a reference, on a declaration's name, nowhere, on a problem
            String reference = hover(server, uri, position(text, text.indexOf("ruoli progettista") + "ruoli ".length()
                    + 3));
            assertTrue(reference.startsWith("Ruolo «Progettista della formazione» (progettista)"), reference);
            int declared = text.indexOf("ruolo progettista");
            assertTrue(reference.contains("Definito alla riga " + (text.substring(0, declared).split("\n", -1).length)
                    + "."), reference);
            String declaration = hover(server, uri, position(text, text.indexOf("ruolo tutor") + "ruolo ".length()
                    + 1));
            assertTrue(declaration.startsWith("Ruolo «Tutor d'aula e della piattaforma» (tutor)"), declaration);
            assertEquals(null, hover(server, uri, position(text, text.indexOf("\n\n") + 1)), "nothing where nothing is");
            String broken = text.replace("\t\t\tcoordinamento\n", "");
            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, 2), List.of(new TextDocumentContentChangeEvent(broken))));
            Diagnostic problem = client.awaitDiagnostics(uri, d -> !d.isEmpty()).get(0);
            String said = hover(server, uri, problem.getRange().getStart());
            assertTrue(said.contains("Problema: 2.2 Assetto organizzativo: manca un punto di responsabilità "
                    + "(coordinamento)"), said);
            server.shutdown().get(1, TimeUnit.MINUTES);
            server.exit();
        } finally {
            process.destroyForcibly();
        }
    }

    /**
     * What an editor does with a model beyond reading it: semantic tokens by
     * kind, a rename refused with the reason and one applied everywhere, a
     * quick fix that makes its warning go, a snippet in completion.
     */
    @Test
    void semanticTokensRenameQuickFixAndSnippet() throws Exception {
        Path model = workspace.resolve("formazione.tendere");
        String text = Files.readString(CommandLineTests.model("formazione.tendere"));
        Files.writeString(model, text);
        String uri = model.toUri().toString();
        TextDocumentIdentifier id = new TextDocumentIdentifier(uri);
        Process process = start(Runner.JAR);
        try {
            Client client = new Client();
            LanguageServer server = connect(client, process).getRemoteProxy();
            org.eclipse.lsp4j.TextDocumentClientCapabilities document = new org.eclipse.lsp4j.TextDocumentClientCapabilities();
            document.setRename(new org.eclipse.lsp4j.RenameCapabilities(true, false));
            org.eclipse.lsp4j.CompletionItemCapabilities item = new org.eclipse.lsp4j.CompletionItemCapabilities(true);
            document.setCompletion(new org.eclipse.lsp4j.CompletionCapabilities(item));
            org.eclipse.lsp4j.ServerCapabilities announced = initialize(server, workspace, document).getCapabilities();
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "tendere", 1,
                    text)));
            client.awaitDiagnostics(uri, List::isEmpty);

            // semantic tokens: a role's name where it is declared and where it is used
            List<String> types = announced.getSemanticTokensProvider().getLegend().getTokenTypes();
            List<String> modifiers = announced.getSemanticTokensProvider().getLegend().getTokenModifiers();
            List<Integer> data = server.getTextDocumentService().semanticTokensFull(
                    new org.eclipse.lsp4j.SemanticTokensParams(id)).get(2, TimeUnit.MINUTES).getData();
            assertEquals(0, data.size() % 5);
            Map<Position, String> tokens = new java.util.HashMap<>();
            int line = 0;
            int character = 0;
            for (int i = 0; i < data.size(); i += 5) {
                line += data.get(i);
                character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
                String declaration = (data.get(i + 4) & (1 << modifiers.indexOf("declaration"))) != 0 ? " declaration" : "";
                tokens.put(new Position(line, character), types.get(data.get(i + 3)) + declaration);
            }
            Position declared = position(text, text.indexOf("ruolo progettista") + "ruolo ".length());
            Position used = position(text, text.indexOf("ruoli progettista") + "ruoli ".length());
            assertEquals("class declaration", tokens.get(declared), tokens::toString);
            assertEquals("class", tokens.get(used));
            assertEquals("enumMember", tokens.get(position(text, text.indexOf("ambito formazione") + "ambito ".length())));

            // rename: prepared on the name only; refused on a clash, with the reason; applied everywhere otherwise
            Position inside = new Position(used.getLine(), used.getCharacter() + 3);
            var prepared = server.getTextDocumentService().prepareRename(new org.eclipse.lsp4j.PrepareRenameParams(id,
                    inside)).get(2, TimeUnit.MINUTES);
            assertEquals(new org.eclipse.lsp4j.Range(used, new Position(used.getLine(), used.getCharacter()
                    + "progettista".length())), prepared.getFirst());
            assertEquals(null, server.getTextDocumentService().prepareRename(new org.eclipse.lsp4j.PrepareRenameParams(
                    id, position(text, text.indexOf("ruoli progettista") + 2))).get(2, TimeUnit.MINUTES),
                    "no rename on a keyword");
            java.util.concurrent.ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(
                    java.util.concurrent.ExecutionException.class, () -> server.getTextDocumentService().rename(
                            new org.eclipse.lsp4j.RenameParams(id, inside, "tutor")).get(2, TimeUnit.MINUTES));
            assertTrue(refused.getCause().getMessage().startsWith("«tutor» è già il nome di un altro elemento di tipo "
                    + "ruolo (riga "), refused.getCause().getMessage());
            org.eclipse.lsp4j.WorkspaceEdit renamed = server.getTextDocumentService().rename(
                    new org.eclipse.lsp4j.RenameParams(id, inside, "ideatore")).get(2, TimeUnit.MINUTES);
            assertEquals(text.replaceAll("\\bprogettista\\b", "ideatore"), apply(text, renamed.getChanges().get(uri)));

            // a quick fix: the coordination point lost, given back to a role; the warning goes
            String broken = text.replace("\t\t\tcoordinamento\n", "");
            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, 2), List.of(new TextDocumentContentChangeEvent(broken))));
            Diagnostic warning = client.awaitDiagnostics(uri, d -> !d.isEmpty()).get(0);
            List<Either<org.eclipse.lsp4j.Command, org.eclipse.lsp4j.CodeAction>> actions = server
                    .getTextDocumentService().codeAction(new org.eclipse.lsp4j.CodeActionParams(id, warning.getRange(),
                            new org.eclipse.lsp4j.CodeActionContext(List.of(warning)))).get(2, TimeUnit.MINUTES);
            org.eclipse.lsp4j.CodeAction fix = actions.get(0).getRight();
            assertEquals("Fai del ruolo «Responsabile del servizio associato» il punto di responsabilità (coordinamento)",
                    fix.getTitle());
            assertEquals(org.eclipse.lsp4j.CodeActionKind.QuickFix, fix.getKind());
            String fixed = apply(broken, fix.getEdit().getChanges().get(uri));
            assertEquals(text, fixed, "the line the fix writes is the one that was removed");
            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, 3), List.of(new TextDocumentContentChangeEvent(fixed))));
            assertEquals(List.of(), client.awaitDiagnostics(uri, List::isEmpty));

            // a snippet where a role may begin
            Either<List<CompletionItem>, CompletionList> completion = server.getTextDocumentService().completion(
                    new CompletionParams(id, position(fixed, fixed.indexOf("ruolo tutor")))).get(2, TimeUnit.MINUTES);
            CompletionItem snippet = (completion.isLeft() ? completion.getLeft() : completion.getRight().getItems())
                    .stream().filter(c -> c.getKind() == org.eclipse.lsp4j.CompletionItemKind.Snippet
                            && c.getLabel().startsWith("ruolo")).findFirst().orElseThrow();
            assertEquals(org.eclipse.lsp4j.InsertTextFormat.Snippet, snippet.getInsertTextFormat());
            String inserted = snippet.getTextEdit() != null ? snippet.getTextEdit().getLeft().getNewText()
                    : snippet.getInsertText();
            assertTrue(inserted.startsWith("ruolo ${1:nome} \"${2:Titolo}\" {\n\tpersone ${3:1}"), inserted);
            server.shutdown().get(1, TimeUnit.MINUTES);
            server.exit();
        } finally {
            process.destroyForcibly();
        }
    }

    /** The line and column of an offset of the text, as LSP counts them. */
    private static Position position(String text, int offset) {
        return new Position((int) text.substring(0, offset).chars().filter(c -> c == '\n').count(),
                offset - text.lastIndexOf('\n', offset - 1) - 1);
    }

    /** What the server says on hovering a position, or null where it says nothing. */
    private static String hover(LanguageServer server, String uri, Position at) throws Exception {
        org.eclipse.lsp4j.Hover hover = server.getTextDocumentService().hover(new org.eclipse.lsp4j.HoverParams(
                new TextDocumentIdentifier(uri), at)).get(2, TimeUnit.MINUTES);
        return hover == null || hover.getContents() == null ? null : hover.getContents().getRight().getValue();
    }

    /** A text with an editor's edits applied (each range in the text before any of them). */
    private static String apply(String text, List<? extends TextEdit> edits) {
        List<Integer> lines = new java.util.ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(i + 1);
            }
        }
        StringBuilder result = new StringBuilder(text);
        edits.stream().sorted((a, b) -> Integer.compare(offset(lines, b.getRange().getStart()),
                offset(lines, a.getRange().getStart()))).forEach(edit -> result.replace(
                        offset(lines, edit.getRange().getStart()), offset(lines, edit.getRange().getEnd()),
                        edit.getNewText()));
        return result.toString();
    }

    private static int offset(List<Integer> lines, Position position) {
        return lines.get(position.getLine()) + position.getCharacter();
    }

    /**
     * Two Provinces' models in one folder: a name of one is no name in the
     * other — an error where it is used, not offered by completion — as
     * {@code tendere validate} says of the same file.
     */
    @ParameterizedTest
    @EnumSource(value = Runner.class, names = { "JAR" })
    void noNameCrossesFromOneModelToAnother(Runner runner) throws Exception {
        Files.copy(CommandLineTests.model("sua.tendere"), workspace.resolve("sua.tendere"));
        Path model = workspace.resolve("formazione.tendere");
        String text = Files.readString(CommandLineTests.model("formazione.tendere"))
                .replace("\t\t\t\truoli progettista\n\t\t\t\tstrumenti schedaProfili\n",
                        "\t\t\t\truoli dirigente\n\t\t\t\tstrumenti schedaProfili\n");
        assertTrue(text.contains("ruoli dirigente"), "the phase names the SUA's «dirigente»");
        Files.writeString(model, text);
        String uri = model.toUri().toString();

        Process process = start(runner);
        try {
            Client client = new Client();
            LanguageServer server = connect(client, process).getRemoteProxy();
            initialize(server);
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "tendere", 1, text)));
            List<Diagnostic> diagnostics = client.awaitDiagnostics(uri, d -> !d.isEmpty());
            assertTrue(diagnostics.stream().anyMatch(d -> d.getSeverity() == org.eclipse.lsp4j.DiagnosticSeverity.Error
                    && d.getMessage().getLeft().contains("dirigente")), diagnostics::toString);

            String line = "\t\t\t\truoli dirigente";
            int offset = text.indexOf(line) + line.length() - "dirigente".length();
            Either<List<CompletionItem>, CompletionList> completion = server.getTextDocumentService()
                    .completion(new CompletionParams(new TextDocumentIdentifier(uri), position(text, offset)))
                    .get(2, TimeUnit.MINUTES);
            List<String> labels = (completion.isLeft() ? completion.getLeft() : completion.getRight().getItems())
                    .stream().map(CompletionItem::getLabel).toList();
            assertTrue(labels.contains("progettista") && !labels.contains("dirigente")
                    && !labels.contains("espertoAppalti"), () -> "only this model's roles: " + labels);
            Runner.Result validated = runner.run(workspace, "validate", model.toString());
            assertEquals(1, validated.exit(), "validate says the same: " + validated);
            server.shutdown().get(1, TimeUnit.MINUTES);
            server.exit();
        } finally {
            process.destroyForcibly();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Runner.class, names = { "JAR", "PRODUCT" })
    void anUnknownMethodIsMethodNotFoundAndFailuresTellNoStackTrace(Runner runner) throws Exception {
        Process process = start(runner);
        try {
            Launcher<LanguageServer> connection = connect(new Client(), process);
            LanguageServer server = connection.getRemoteProxy();
            assertTrue(initialize(server).getCapabilities() != null);

            // LSP4J's default answered -32603 «Internal error.» with Xtext's stack trace as its data
            java.util.concurrent.ExecutionException unknown = org.junit.jupiter.api.Assertions.assertThrows(
                    java.util.concurrent.ExecutionException.class, () -> connection.getRemoteEndpoint()
                            .request("tendere/sconosciuto", null).get(1, TimeUnit.MINUTES));
            assertTrue(unknown.getCause() instanceof org.eclipse.lsp4j.jsonrpc.ResponseErrorException, unknown::toString);
            var error = ((org.eclipse.lsp4j.jsonrpc.ResponseErrorException) unknown.getCause()).getResponseError();
            assertEquals(-32601, error.getCode(), error::toString);
            assertEquals(null, error.getData(), "no stack trace");

            try {
                server.getTextDocumentService().hover(new org.eclipse.lsp4j.HoverParams(
                        new TextDocumentIdentifier(workspace.resolve("mai-aperto.tendere").toUri().toString()),
                        new Position(3, 7))).get(1, TimeUnit.MINUTES);
            } catch (java.util.concurrent.ExecutionException failed) {
                var answer = ((org.eclipse.lsp4j.jsonrpc.ResponseErrorException) failed.getCause()).getResponseError();
                assertTrue(!answer.getMessage().contains("\tat ") && !answer.getMessage().contains("at org.")
                        && answer.getData() == null, "no stack trace in the answer: " + answer);
            }
            server.shutdown().get(1, TimeUnit.MINUTES);
            server.exit();
            assertTrue(process.waitFor(1, TimeUnit.MINUTES), "the server exits when asked");
        } finally {
            process.destroyForcibly();
        }
    }

    /**
     * A client that breaks the framing: a header without {@code Content-Length}, a
     * length shorter than its body, a body larger than the server reads. Each is
     * dropped, said in one line without its text, and the request after them is
     * answered (LSP4J lost every message after a broken frame, logged each with the
     * document's text, and allocated whatever length was declared).
     */
    @ParameterizedTest
    @EnumSource(value = Runner.class, names = { "JAR", "PRODUCT" })
    void brokenFramesAreDroppedAloneAndQuietly(Runner runner) throws Exception {
        Path errors = workspace.resolve("stderr.txt");
        Process process = start(runner, ProcessBuilder.Redirect.to(errors.toFile()));
        try (java.io.OutputStream in = process.getOutputStream()) {
            String secret = "modello SEGRETO-DEL-COMUNE";
            in.write(frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"rootUri\":\""
                    + workspace.toUri() + "\",\"capabilities\":{}}}"));
            in.write(("Garbage: x\r\n\r\n{\"text\":\"" + secret + "\"}").getBytes(StandardCharsets.UTF_8));
            in.write(("Content-Length: 5\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"x\",\"text\":\"" + secret
                    + "\"}").getBytes(StandardCharsets.UTF_8));
            int large = 32 * 1024 * 1024 + 1;
            in.write(("Content-Length: " + large + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] block = new byte[1024 * 1024];
            java.util.Arrays.fill(block, (byte) ' ');
            for (int left = large; left > 0; left -= block.length) {
                in.write(block, 0, Math.min(left, block.length));
            }
            in.write(frame("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"shutdown\"}"));
            in.flush();
            List<String> answers = new ArrayList<>();
            java.io.InputStream out = process.getInputStream();
            String answer;
            while ((answer = readFrame(out)) != null && !answer.contains("\"id\":7")) {
                answers.add(answer);
            }
            assertTrue(answer != null, () -> "the request after the broken frames is answered; came: " + answers);
            in.write(frame("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}"));
            in.flush();
            assertTrue(process.waitFor(1, TimeUnit.MINUTES), "the server exits when asked");
            String log = Files.readString(errors);
            assertTrue(!log.contains("SEGRETO") && !log.contains("\tat "), () -> "the log tells no text: " + log);
            assertEquals(3, log.lines().filter(l -> l.startsWith("tendere lsp: messaggio scartato: ")).count(), log);
        } finally {
            process.destroyForcibly();
        }
    }

    private static byte[] frame(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] header = ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] frame = java.util.Arrays.copyOf(header, header.length + body.length);
        System.arraycopy(body, 0, frame, header.length, body.length);
        return frame;
    }

    /** The next message's body on the server's output, or null at its end. */
    private static String readFrame(java.io.InputStream out) throws java.io.IOException {
        int length = -1;
        StringBuilder line = new StringBuilder();
        for (int c; (c = out.read()) >= 0;) {
            if (c != '\n') {
                line.append((char) c);
                continue;
            }
            String header = line.toString().trim();
            line.setLength(0);
            if (header.isEmpty()) {
                byte[] body = out.readNBytes(length);
                return new String(body, StandardCharsets.UTF_8);
            }
            if (header.startsWith("Content-Length:")) {
                length = Integer.parseInt(header.substring("Content-Length:".length()).trim());
            }
        }
        return null;
    }

    /** {@code tendere lsp} as a process of its own, its standard error dropped. */
    private static Process start(Runner runner) throws java.io.IOException {
        return start(runner, ProcessBuilder.Redirect.DISCARD);
    }

    /** {@code tendere lsp} as a process of its own, its standard error where {@code errors} says. */
    private static Process start(Runner runner, ProcessBuilder.Redirect errors) throws java.io.IOException {
        List<String> command = new ArrayList<>(runner.command());
        command.add("lsp");
        return new ProcessBuilder(command).redirectError(errors).start();
    }

    private static Launcher<LanguageServer> connect(Client client, Process process) {
        Launcher<LanguageServer> connection = LSPLauncher.createClientLauncher(client, process.getInputStream(),
                process.getOutputStream());
        connection.startListening();
        return connection;
    }

    /**
     * An editor with one file open and no folder ({@code rootUri} null, no
     * workspace folders): initialize answers, and the file gets its checks.
     */
    @ParameterizedTest
    @EnumSource(value = Runner.class, names = { "JAR" })
    void aClientWithoutAFolderStillGetsItsChecks(Runner runner) throws Exception {
        Path model = workspace.resolve("formazione.tendere");
        String text = Files.readString(CommandLineTests.model("formazione.tendere")).replace("\t\t\tcoordinamento\n", "");
        Files.writeString(model, text);
        String uri = model.toUri().toString();
        Process process = start(runner);
        try {
            Client client = new Client();
            LanguageServer server = connect(client, process).getRemoteProxy();
            assertTrue(initialize(server, null).getCapabilities() != null);
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "tendere", 1, text)));
            List<Diagnostic> diagnostics = client.awaitDiagnostics(uri, d -> !d.isEmpty());
            assertEquals("coordination-missing", diagnostics.get(0).getCode().getLeft(), diagnostics::toString);
            server.shutdown().get(1, TimeUnit.MINUTES);
            server.exit();
        } finally {
            process.destroyForcibly();
        }
    }

    /** The LSP handshake, with this test's folder as the workspace. */
    private org.eclipse.lsp4j.InitializeResult initialize(LanguageServer server) throws Exception {
        return initialize(server, workspace);
    }

    /** The LSP handshake, with {@code folder} as the workspace, or none where it is null. */
    private static org.eclipse.lsp4j.InitializeResult initialize(LanguageServer server, Path folder) throws Exception {
        return initialize(server, folder, null);
    }

    /** The LSP handshake, the client announcing what it can do with documents (null: nothing in particular). */
    private static org.eclipse.lsp4j.InitializeResult initialize(LanguageServer server, Path folder,
            org.eclipse.lsp4j.TextDocumentClientCapabilities document) throws Exception {
        InitializeParams initialize = new InitializeParams();
        initialize.setCapabilities(new org.eclipse.lsp4j.ClientCapabilities(null, document, null));
        if (folder != null) {
            initialize.setRootUri(folder.toUri().toString());
            initialize.setWorkspaceFolders(List.of(new org.eclipse.lsp4j.WorkspaceFolder(folder.toUri().toString(),
                    "models")));
        }
        org.eclipse.lsp4j.InitializeResult result = server.initialize(initialize).get(2, TimeUnit.MINUTES);
        server.initialized(new InitializedParams());
        return result;
    }

    /** An editor that only listens. */
    static final class Client implements LanguageClient {

        private final Map<String, BlockingQueue<List<Diagnostic>>> published = new ConcurrentHashMap<>();

        private BlockingQueue<List<Diagnostic>> queue(String uri) {
            return published.computeIfAbsent(uri, k -> new LinkedBlockingQueue<>());
        }

        /** The first diagnostics published for the document that match, waiting up to two minutes. */
        List<Diagnostic> awaitDiagnostics(String uri, Predicate<List<Diagnostic>> wanted) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            List<List<Diagnostic>> seen = new ArrayList<>();
            while (System.nanoTime() < deadline) {
                List<Diagnostic> next = queue(uri).poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (next != null && wanted.test(next)) {
                    return next;
                }
                seen.add(next);
            }
            throw new AssertionError("no matching diagnostics for " + uri + "; published: " + seen);
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            queue(params.getUri()).add(params.getDiagnostics());
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams params) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {
        }
    }
}
