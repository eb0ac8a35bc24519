// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import it.tendere.dsl.i18n.Messages;

/**
 * Says syntax errors in the user's language. ANTLR only words them in
 * English, in a handful of fixed shapes; each shape is reworded, its parts
 * (the input found, the token expected) carried over.
 */
public class TendereSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

    private static final Messages MESSAGES = new Messages("it.tendere.dsl.validation.messages",
            TendereSyntaxErrorMessageProvider.class);

    private static final Pattern MISMATCHED = Pattern.compile("mismatched (?:input|character) '(.*)' expecting (.+)",
            Pattern.DOTALL);
    private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '(.*)' expecting (.+)", Pattern.DOTALL);
    private static final Pattern MISSING = Pattern.compile("missing (.+) at '(.*)'", Pattern.DOTALL);
    private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at (?:input|character) '(.*)'",
            Pattern.DOTALL);
    private static final Pattern LOOP = Pattern.compile("required \\(\\.\\.\\.\\)\\+ loop did not match anything at "
            + "(?:input|character) '(.*)'", Pattern.DOTALL);

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
        SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
        return new SyntaxErrorMessage(translate(original.getMessage()), original.getIssueCode(), original.getIssueData());
    }

    /** The message in the user's language, or the original where its shape is unknown. */
    public static String translate(String message) {
        Matcher m;
        if ((m = MISMATCHED.matcher(message)).matches()) {
            if (isWord(m.group(1)) && "RULE_ID".equals(m.group(2).strip())) {
                return MESSAGES.get("syntax.reserved", m.group(1));
            }
            return MESSAGES.get(eof("syntax.mismatched", m.group(1)), input(m.group(1)), token(m.group(2)));
        }
        if ((m = EXTRANEOUS.matcher(message)).matches()) {
            return MESSAGES.get("syntax.extraneous", input(m.group(1)), token(m.group(2)));
        }
        if ((m = MISSING.matcher(message)).matches()) {
            return MESSAGES.get("syntax.missing", token(m.group(1)), input(m.group(2)));
        }
        if ((m = NO_VIABLE.matcher(message)).matches() || (m = LOOP.matcher(message)).matches()) {
            return MESSAGES.get(eof("syntax.unexpected", m.group(1)), input(m.group(1)));
        }
        return message;
    }

    /** The key of the message's variant for the end of the file, which is feminine in Italian. */
    private static String eof(String key, String input) {
        return "<EOF>".equals(input) ? key + ".EOF" : key;
    }

    /** A word of the language where a name was expected: a reserved word (a name would have matched). */
    private static boolean isWord(String input) {
        return !input.isEmpty() && input.codePoints().allMatch(Character::isLetter);
    }

    private static String input(String text) {
        return "<EOF>".equals(text) ? MESSAGES.get("syntax.token.EOF") : "«" + text + "»";
    }

    private static String token(String name) {
        String trimmed = name.strip();
        if (trimmed.equals("'\\n'") || trimmed.equals("'\\r'")) {
            return MESSAGES.get("syntax.token.newline");
        }
        if (trimmed.startsWith("'") && trimmed.endsWith("'") && trimmed.length() > 1) {
            return "«" + trimmed.substring(1, trimmed.length() - 1) + "»";
        }
        return switch (trimmed) {
            case "RULE_ID" -> MESSAGES.get("syntax.token.ID");
            case "RULE_STRING" -> MESSAGES.get("syntax.token.STRING");
            case "RULE_INT" -> MESSAGES.get("syntax.token.INT");
            case "EOF" -> MESSAGES.get("syntax.token.EOF");
            default -> trimmed;
        };
    }
}
