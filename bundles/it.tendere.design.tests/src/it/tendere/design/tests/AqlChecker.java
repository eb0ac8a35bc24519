// SPDX-License-Identifier: EPL-2.0
package it.tendere.design.tests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Parses an AQL expression and follows its types through the project's
 * metamodel: every navigated feature must exist on the class it is read
 * from, every type and enum literal must exist, every variable must be
 * known, every call must be an AQL service or one of the viewpoint's Java
 * services. It covers the part of AQL a viewpoint specification uses
 * (navigation, collection calls with lambdas, literals, operators, if/let);
 * anything it cannot type (a Sirius runtime variable, an untyped call) is
 * counted as unverified rather than guessed.
 */
final class AqlChecker {

    /** A type as far as the check can tell; {@code classifier} is set for model types, enums and type literals. */
    record Type(Kind kind, EClassifier classifier, boolean many) {
        enum Kind { MODEL, ENUM, STRING, INT, REAL, BOOL, NULL, ANY, TYPE_LITERAL }

        static final Type ANY = new Type(Kind.ANY, null, false);
        static final Type STRING = new Type(Kind.STRING, null, false);
        static final Type INT = new Type(Kind.INT, null, false);
        static final Type REAL = new Type(Kind.REAL, null, false);
        static final Type BOOL = new Type(Kind.BOOL, null, false);
        static final Type NULL = new Type(Kind.NULL, null, false);

        static Type of(EClassifier classifier) {
            if (classifier != null && classifier.eIsProxy()) {
                return ANY; // a type from a metamodel that is not here
            }
            if (classifier instanceof EClass) {
                return new Type(Kind.MODEL, classifier, false);
            }
            if (classifier instanceof EEnum) {
                return new Type(Kind.ENUM, classifier, false);
            }
            Class<?> instance = classifier == null ? null : classifier.getInstanceClass();
            if (instance == String.class) {
                return STRING;
            }
            if (instance == int.class || instance == Integer.class || instance == long.class || instance == Long.class) {
                return INT;
            }
            if (instance == boolean.class || instance == Boolean.class) {
                return BOOL;
            }
            if (instance == double.class || instance == Double.class || instance == float.class) {
                return REAL;
            }
            return ANY;
        }

        Type many(boolean value) {
            return new Type(kind, classifier, value);
        }

        Type single() {
            return many(false);
        }

        @Override
        public String toString() {
            String name = classifier == null ? kind.name() : classifier.getEPackage().getName() + "::" + classifier.getName();
            return many ? "Collection(" + name + ")" : name;
        }
    }

    /** The result of one check. */
    record Result(Type type, List<String> syntaxErrors, List<String> typeErrors, int unverified) {
        boolean ok() {
            return syntaxErrors.isEmpty() && typeErrors.isEmpty();
        }
    }

    /** Finds a Java service: returns its result type, or null where there is none with that name and arity. */
    interface JavaServices {
        Type find(Type receiver, String name, int arguments);

        /** Whether the viewpoint has Java services at all: calls to unknown names are then only unverified. */
        boolean any();
    }

    private static final Set<String> STRING_SERVICES = Set.of("toString", "toUpper", "toLower", "toUpperFirst",
            "toLowerFirst", "trim", "concat", "substring", "replace", "replaceAll", "prefix", "strcmp", "tokenize");
    private static final Set<String> BOOLEAN_SERVICES = Set.of("startsWith", "endsWith", "contains", "matches",
            "isAlpha", "isAlphaNum", "equalsIgnoreCase", "oclIsKindOf", "oclIsTypeOf", "oclIsUndefined");
    private static final Set<String> INT_SERVICES = Set.of("size", "index", "lastIndex", "length", "toInteger", "floor",
            "round", "abs", "max", "min");
    private static final Set<String> ANY_SERVICES = Set.of("eClass", "eContainingFeature", "eContainmentFeature",
            "eGet", "eResource", "eCrossReferences", "eInverse", "ancestors", "precedingSiblings", "followingSiblings",
            "siblings", "trace", "toReal");

    private final Function<String, EClassifier> types;
    private final JavaServices services;

    private List<Token> tokens;
    private int position;
    private List<String> syntaxErrors;
    private List<String> typeErrors;
    private int unverified;
    private Map<String, Type> variables;

    AqlChecker(Function<String, EClassifier> types, JavaServices services) {
        this.types = types;
        this.services = services;
    }

    /** Checks the body of an {@code aql:} expression with these variables in scope. */
    Result check(String expression, Map<String, Type> scope) {
        syntaxErrors = new ArrayList<>();
        typeErrors = new ArrayList<>();
        unverified = 0;
        variables = new HashMap<>(scope);
        Type type = Type.ANY;
        try {
            tokens = tokenize(expression);
            position = 0;
            type = expression();
            if (peek().kind != TokenKind.END) {
                throw syntax("unexpected '" + peek().text + "'");
            }
        } catch (SyntaxError e) {
            syntaxErrors.add(e.getMessage());
        }
        return new Result(type, syntaxErrors, typeErrors, unverified);
    }

    // ---- grammar, lowest precedence first

    private Type expression() {
        Type left = or();
        while (acceptWord("implies")) {
            or();
            left = Type.BOOL;
        }
        return left;
    }

    private Type or() {
        Type left = and();
        while (acceptWord("or") || acceptWord("xor")) {
            and();
            left = Type.BOOL;
        }
        return left;
    }

    private Type and() {
        Type left = comparison();
        while (acceptWord("and")) {
            comparison();
            left = Type.BOOL;
        }
        return left;
    }

    private Type comparison() {
        Type left = additive();
        for (String operator : List.of("<>", "!=", "<=", ">=", "==", "=", "<", ">")) {
            if (accept(operator)) {
                Type right = additive();
                if (!operator.startsWith("<") && !operator.startsWith(">") || operator.equals("<>")) {
                    checkComparable(left, right);
                }
                return Type.BOOL;
            }
        }
        return left;
    }

    private Type additive() {
        Type left = multiplicative();
        while (true) {
            if (accept("+")) {
                Type right = multiplicative();
                left = left.kind() == Type.Kind.STRING || right.kind() == Type.Kind.STRING ? Type.STRING : numeric(left, right);
            } else if (accept("-")) {
                left = numeric(left, multiplicative());
            } else {
                return left;
            }
        }
    }

    private Type multiplicative() {
        Type left = unary();
        while (accept("*") || accept("/")) {
            left = numeric(left, unary());
        }
        return left;
    }

    private Type unary() {
        if (acceptWord("not")) {
            unary();
            return Type.BOOL;
        }
        if (accept("-")) {
            return unary();
        }
        return postfix(primary());
    }

    private Type postfix(Type receiver) {
        Type current = receiver;
        while (true) {
            if (accept(".")) {
                String name = identifier();
                if (accept("(")) {
                    List<Type> arguments = arguments(")");
                    current = call(current, name, arguments);
                } else {
                    current = navigate(current, name);
                }
            } else if (accept("->")) {
                String name = identifier();
                expect("(");
                current = collectionCall(current, name);
            } else {
                return current;
            }
        }
    }

    private Type primary() {
        Token token = next();
        switch (token.kind) {
            case STRING:
                return Type.STRING;
            case NUMBER:
                return token.text.contains(".") ? Type.REAL : Type.INT;
            case SYMBOL:
                if (token.text.equals("(")) {
                    Type inner = expression();
                    expect(")");
                    return inner;
                }
                throw syntax("unexpected '" + token.text + "'");
            case WORD:
                return word(token.text);
            default:
                throw syntax("unexpected end of expression");
        }
    }

    private Type word(String word) {
        switch (word) {
            case "true", "false":
                return Type.BOOL;
            case "null":
                return Type.NULL;
            case "if": {
                expression();
                expectWord("then");
                Type then = expression();
                expectWord("else");
                Type otherwise = expression();
                expectWord("endif");
                return then.kind() == Type.Kind.NULL ? otherwise : then;
            }
            case "let": {
                Map<String, Type> saved = new HashMap<>(variables);
                do {
                    String name = identifier();
                    expect("=");
                    variables.put(name, expression());
                } while (accept(","));
                expectWord("in");
                Type body = expression();
                variables = saved;
                return body;
            }
            case "Sequence", "OrderedSet":
                if (accept("{")) {
                    List<Type> elements = arguments("}");
                    return (elements.isEmpty() ? Type.ANY : elements.get(0)).many(true);
                }
                break;
            default:
                break;
        }
        if (accept("::")) {
            return qualified(word);
        }
        Type variable = variables.get(word);
        if (variable == null) {
            typeErrors.add("unknown variable '" + word + "'");
            return Type.ANY;
        }
        if (variable.kind() == Type.Kind.ANY) {
            unverified++;
        }
        return variable;
    }

    /** {@code pkg::Class} or {@code pkg::Enum::LITERAL}. */
    private Type qualified(String packageName) {
        String name = identifier();
        EClassifier classifier = types.apply(packageName + "::" + name);
        if (accept("::")) {
            String literal = identifier();
            if (!(classifier instanceof EEnum eEnum)) {
                typeErrors.add("unknown enumeration '" + packageName + "::" + name + "'");
                return Type.ANY;
            }
            if (eEnum.getEEnumLiteral(literal) == null) {
                typeErrors.add("enumeration '" + packageName + "::" + name + "' has no literal '" + literal + "'");
            }
            return Type.of(eEnum);
        }
        if (classifier == null) {
            typeErrors.add("unknown type '" + packageName + "::" + name + "'");
            return Type.ANY;
        }
        return new Type(Type.Kind.TYPE_LITERAL, classifier, false);
    }

    private Type navigate(Type receiver, String name) {
        if (receiver.kind() == Type.Kind.ANY) {
            unverified++;
            return Type.ANY.many(receiver.many());
        }
        if (receiver.kind() != Type.Kind.MODEL) {
            typeErrors.add("cannot read '" + name + "' from a value of type " + receiver);
            return Type.ANY;
        }
        EStructuralFeature feature = ((EClass) receiver.classifier()).getEStructuralFeature(name);
        if (feature == null) {
            typeErrors.add(receiver.classifier().getName() + " has no feature '" + name + "'");
            return Type.ANY;
        }
        return Type.of(feature.getEType()).many(receiver.many() || feature.isMany());
    }

    private Type call(Type receiver, String name, List<Type> arguments) {
        boolean many = receiver.many();
        switch (name) {
            case "oclAsType":
                return argumentType(name, arguments).many(many);
            case "eContainer":
                return arguments.isEmpty() ? unverifiedType(false) : argumentType(name, arguments).many(many);
            case "eContents", "eAllContents":
                return arguments.isEmpty() ? unverifiedType(true) : argumentType(name, arguments).many(true);
            default:
                break;
        }
        if (STRING_SERVICES.contains(name)) {
            return Type.STRING.many(many);
        }
        if (BOOLEAN_SERVICES.contains(name)) {
            return Type.BOOL.many(many);
        }
        if (INT_SERVICES.contains(name)) {
            return Type.INT.many(many);
        }
        if (ANY_SERVICES.contains(name)) {
            return unverifiedType(many);
        }
        Type java = services.find(receiver.single(), name, arguments.size());
        if (java != null) {
            return java.many(many || java.many());
        }
        if (receiver.kind() == Type.Kind.ANY || services.any()) {
            unverified++;
            return Type.ANY.many(many);
        }
        typeErrors.add("no service '" + name + "' with " + arguments.size() + " argument(s) for " + receiver);
        return Type.ANY;
    }

    private Type collectionCall(Type receiver, String name) {
        Type element = receiver.single();
        if (peek().kind == TokenKind.WORD && peekAt(1).text.equals("|")) {
            String parameter = identifier();
            expect("|");
            Type saved = variables.put(parameter, element);
            Type body = expression();
            restore(parameter, saved);
            expect(")");
            return switch (name) {
                case "select", "reject", "sortedBy", "closure" -> element.many(true);
                case "collect" -> body.many(true);
                case "exists", "forAll", "one", "isUnique" -> Type.BOOL;
                case "any" -> element;
                default -> unknownCollectionCall(name);
            };
        }
        List<Type> arguments = arguments(")");
        return switch (name) {
            case "size", "indexOf", "count", "lastIndexOf" -> Type.INT;
            case "isEmpty", "notEmpty", "includes", "excludes", "includesAll", "excludesAll" -> Type.BOOL;
            case "first", "last", "at" -> element;
            case "asSequence", "asOrderedSet", "asSet", "reverse", "including", "excluding", "union", "append",
                    "prepend", "sub", "subSequence", "subOrderedSet", "insertAt", "intersection", "flatten" ->
                element.many(true);
            case "filter" -> argumentType(name, arguments).many(true);
            case "sep" -> Type.STRING.many(true);
            case "sum", "max", "min" -> element.kind() == Type.Kind.REAL ? Type.REAL : Type.INT;
            default -> unknownCollectionCall(name);
        };
    }

    private Type unknownCollectionCall(String name) {
        typeErrors.add("unknown collection service '" + name + "'");
        return Type.ANY;
    }

    private Type argumentType(String service, List<Type> arguments) {
        if (arguments.size() != 1 || arguments.get(0).kind() != Type.Kind.TYPE_LITERAL) {
            if (arguments.size() == 1 && arguments.get(0).kind() == Type.Kind.ANY) {
                return Type.ANY;
            }
            typeErrors.add(service + " takes one type, as pkg::Class");
            return Type.ANY;
        }
        return Type.of(arguments.get(0).classifier());
    }

    private Type unverifiedType(boolean many) {
        unverified++;
        return Type.ANY.many(many);
    }

    private void checkComparable(Type left, Type right) {
        if (left.kind() == Type.Kind.ANY || right.kind() == Type.Kind.ANY || left.kind() == Type.Kind.NULL
                || right.kind() == Type.Kind.NULL || left.many() || right.many()) {
            return;
        }
        boolean enums = left.kind() == Type.Kind.ENUM || right.kind() == Type.Kind.ENUM;
        if (enums && (left.kind() != right.kind() || left.classifier() != right.classifier())) {
            typeErrors.add("compares " + left + " with " + right + ": never equal");
        }
    }

    private Type numeric(Type left, Type right) {
        for (Type side : List.of(left, right)) {
            if (side.kind() != Type.Kind.INT && side.kind() != Type.Kind.REAL && side.kind() != Type.Kind.ANY) {
                typeErrors.add("arithmetic on a value of type " + side);
            }
        }
        return left.kind() == Type.Kind.REAL || right.kind() == Type.Kind.REAL ? Type.REAL : Type.INT;
    }

    private List<Type> arguments(String close) {
        List<Type> arguments = new ArrayList<>();
        if (accept(close)) {
            return arguments;
        }
        do {
            arguments.add(expression());
        } while (accept(","));
        expect(close);
        return arguments;
    }

    private void restore(String name, Type saved) {
        if (saved == null) {
            variables.remove(name);
        } else {
            variables.put(name, saved);
        }
    }

    // ---- tokens

    private enum TokenKind { WORD, STRING, NUMBER, SYMBOL, END }

    private record Token(TokenKind kind, String text) {
    }

    private static final class SyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SyntaxError(String message) {
            super(message);
        }
    }

    private SyntaxError syntax(String message) {
        return new SyntaxError(message);
    }

    private static final List<String> SYMBOLS = List.of("::", "->", "<>", "!=", "<=", ">=", "==", "=", "<", ">", "+", "-", "*",
            "/", ".", ",", "(", ")", "{", "}", "|", "[", "]");

    private List<Token> tokenize(String text) {
        List<Token> result = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != '\'') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                if (end >= text.length()) {
                    throw syntax("unterminated string");
                }
                result.add(new Token(TokenKind.STRING, text.substring(i + 1, end)));
                i = end + 1;
            } else if (Character.isDigit(c)) {
                int end = i;
                while (end < text.length() && (Character.isDigit(text.charAt(end))
                        || text.charAt(end) == '.' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1)))) {
                    end++;
                }
                result.add(new Token(TokenKind.NUMBER, text.substring(i, end)));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                result.add(new Token(TokenKind.WORD, text.substring(i, end)));
                i = end;
            } else {
                String symbol = null;
                for (String candidate : SYMBOLS) {
                    if (text.startsWith(candidate, i)) {
                        symbol = candidate;
                        break;
                    }
                }
                if (symbol == null) {
                    throw syntax("unexpected character '" + c + "'");
                }
                result.add(new Token(TokenKind.SYMBOL, symbol));
                i += symbol.length();
            }
        }
        result.add(new Token(TokenKind.END, "<end>"));
        return result;
    }

    private Token peek() {
        return tokens.get(position);
    }

    private Token peekAt(int ahead) {
        return tokens.get(Math.min(position + ahead, tokens.size() - 1));
    }

    private Token next() {
        Token token = tokens.get(position);
        if (token.kind != TokenKind.END) {
            position++;
        }
        return token;
    }

    private boolean accept(String symbol) {
        if (peek().kind == TokenKind.SYMBOL && peek().text.equals(symbol)) {
            position++;
            return true;
        }
        return false;
    }

    private boolean acceptWord(String word) {
        if (peek().kind == TokenKind.WORD && peek().text.equals(word)) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(String symbol) {
        if (!accept(symbol)) {
            throw syntax("expected '" + symbol + "' but found '" + peek().text + "'");
        }
    }

    private void expectWord(String word) {
        if (!acceptWord(word)) {
            throw syntax("expected '" + word + "' but found '" + peek().text + "'");
        }
    }

    private String identifier() {
        Token token = next();
        if (token.kind != TokenKind.WORD) {
            throw syntax("expected a name but found '" + token.text + "'");
        }
        return token.text;
    }
}
