// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;

import com.google.inject.Key;
import com.google.inject.name.Names;

import it.tendere.studio.StudioPlugin;

/**
 * Syntax colouring: the language's own ANTLR lexer splits the text, and each
 * token is coloured by what the grammar says it is (keyword, string, number,
 * comment).
 */
final class LexicalScanner implements ITokenScanner {

    private static final IToken KEYWORD = token(new Color(0x7F, 0x00, 0x55), SWT.BOLD);
    private static final IToken STRING = token(new Color(0x2A, 0x00, 0xFF), SWT.NORMAL);
    private static final IToken NUMBER = token(new Color(0x12, 0x5A, 0x9E), SWT.NORMAL);
    private static final IToken COMMENT = token(new Color(0x3F, 0x7F, 0x5F), SWT.ITALIC);
    private static final IToken DEFAULT = new org.eclipse.jface.text.rules.Token(null);

    private final Map<Integer, String> names;
    private final List<CommonToken> tokens = new ArrayList<>();
    private int index;
    private int rangeEnd;

    LexicalScanner() {
        names = StudioPlugin.service(ITokenDefProvider.class).getTokenDefMap();
    }

    private static IToken token(Color colour, int style) {
        return new org.eclipse.jface.text.rules.Token(new TextAttribute(colour, null, style));
    }

    @Override
    public void setRange(IDocument document, int offset, int length) {
        tokens.clear();
        index = 0;
        rangeEnd = offset + length;
        String text;
        try {
            text = document.get(0, document.getLength());
        } catch (BadLocationException e) {
            return;
        }
        Lexer lexer = StudioPlugin.get().injector().getInstance(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));
        lexer.setCharStream(new ANTLRStringStream(text));
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            CommonToken common = (CommonToken) token;
            if (common.getStopIndex() >= offset && common.getStartIndex() < rangeEnd) {
                tokens.add(common);
            }
        }
    }

    @Override
    public IToken nextToken() {
        if (index >= tokens.size()) {
            return org.eclipse.jface.text.rules.Token.EOF;
        }
        return kind(tokens.get(index++));
    }

    private IToken kind(CommonToken token) {
        String name = names.get(token.getType());
        if (name == null) {
            return DEFAULT;
        }
        if (name.startsWith("'") && Character.isLetter(name.charAt(1))) {
            return KEYWORD;
        }
        return switch (name) {
            case "RULE_STRING" -> STRING;
            case "RULE_INT" -> NUMBER;
            case "RULE_ML_COMMENT", "RULE_SL_COMMENT" -> COMMENT;
            default -> DEFAULT;
        };
    }

    @Override
    public int getTokenOffset() {
        return tokens.get(index - 1).getStartIndex();
    }

    @Override
    public int getTokenLength() {
        CommonToken token = tokens.get(index - 1);
        return token.getStopIndex() - token.getStartIndex() + 1;
    }
}
