// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.ide.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.lsp4j.jsonrpc.JsonRpcException;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageProducer;

/**
 * Reads the client's messages as LSP4J does, with three differences a
 * careless or hostile client needs:
 * <ul>
 * <li>a body larger than {@link #MAX_MESSAGE} is read in small pieces and dropped, never
 * allocated (a declared length of 2×10⁹ bytes ran the server out of
 * memory);</li>
 * <li>after a broken frame (a missing or short {@code Content-Length}) the
 * next header is found where it is, even at the end of a line of leftover
 * text, so that one bad message loses itself and nothing after it;</li>
 * <li>what is wrong is said in one line of its own, never with the text that
 * came (a document is the user's; LSP4J logged the whole input with a stack
 * trace).</li>
 * </ul>
 */
final class FramedMessageReader extends StreamMessageProducer {

    /** The largest message read: 32 MiB, a thousand times the largest model a Province writes. */
    static final int MAX_MESSAGE = 32 * 1024 * 1024;

    private static final String CONTENT_LENGTH = CONTENT_LENGTH_HEADER.toLowerCase(Locale.ROOT) + ":";

    private final Consumer<String> log;

    FramedMessageReader(InputStream input, MessageJsonHandler json, MessageIssueHandler issues, Consumer<String> log) {
        super(input, json, issues);
        this.log = log;
    }

    @Override
    protected void parseHeader(String line, Headers headers) {
        int at = line.toLowerCase(Locale.ROOT).indexOf(CONTENT_LENGTH);
        super.parseHeader(at > 0 ? line.substring(at) : line, headers);
    }

    @Override
    protected boolean handleMessage(InputStream input, Headers headers) {
        if (headers.contentLength <= MAX_MESSAGE) {
            return super.handleMessage(input, headers);
        }
        try {
            // read and dropped, not skipped: a pipe cannot seek
            byte[] dropped = new byte[64 * 1024];
            for (long left = headers.contentLength; left > 0;) {
                int read = input.read(dropped, 0, (int) Math.min(left, dropped.length));
                if (read < 0) {
                    return false;
                }
                left -= read;
            }
        } catch (IOException e) {
            throw new JsonRpcException(e); // as LSP4J's own reading does: the stream is gone
        }
        log.accept("tendere lsp: messaggio scartato: " + headers.contentLength + " byte, oltre il massimo di "
                + MAX_MESSAGE);
        return true;
    }

    @Override
    protected void fireError(Throwable failure) {
        log.accept("tendere lsp: messaggio scartato: " + reason(failure));
    }

    /** Why a message was dropped, in words of our own: LSP4J's messages quote the input. */
    private static String reason(Throwable failure) {
        if (failure instanceof NumberFormatException) {
            return "intestazione " + CONTENT_LENGTH_HEADER + " non numerica";
        }
        if (failure instanceof IllegalStateException) {
            return "manca l'intestazione " + CONTENT_LENGTH_HEADER;
        }
        if (failure instanceof java.io.UnsupportedEncodingException) {
            return "codifica dei caratteri sconosciuta";
        }
        return "non è un messaggio JSON-RPC valido";
    }
}
