package dev.kakehashi.sandbox.jql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of Jira's JQL the sandbox's issue navigator understands: clauses joined with {@code AND} (any case), each
 * {@code project = KEY}, {@code issuetype = "name"} (also {@code type}) or {@code issue in fname("arg", …)} (also
 * {@code key}, {@code id}), or an indexed entity property {@code issue.property[key].path OP value} (or an alias
 * the descriptor declares) with {@code = != < <= > >=} or {@code ~}. Values and arguments are bare words or quoted
 * with {@code "…"} or {@code '…'} (a backslash escapes the next character), so they may hold spaces,
 * {@code , < > =} and any text. Not emulated: OR, NOT, parentheses, other fields and operators, ORDER BY, functions
 * in other clauses, {@code IS EMPTY}, lists of values.
 */
public final class JqlQuery {
    /** One clause: a field, its operator ({@code =} or {@code in}), and a value or a function call. */
    public sealed interface Clause permits FieldClause, FunctionClause, PropertyClause {
    }

    /**
     * {@code issue.property[key].path OP value}; for an alias, {@code propertyKey} and {@code path} are null and
     * {@code field} is the alias as written.
     */
    public record PropertyClause(String field, String propertyKey, String path, String operator, String value)
            implements Clause {
    }

    /** {@code project = X} or {@code issuetype = X}; the field is lower case and canonical. */
    public record FieldClause(String field, String value) implements Clause {
    }

    /** {@code issue in name(args)}. */
    public record FunctionClause(String field, String functionName, List<String> args) implements Clause {
    }

    /** JQL the sandbox cannot read, with Jira's kind of message. */
    public static final class ParseException extends Exception {
        private static final long serialVersionUID = 1L;

        ParseException(String message) {
            super(message);
        }
    }

    private final List<Clause> clauses;

    private JqlQuery(List<Clause> clauses) {
        this.clauses = List.copyOf(clauses);
    }

    public List<Clause> clauses() {
        return clauses;
    }

    private static final Pattern PROPERTY = Pattern.compile("(?i)issue\\.property\\[([^\\]]+)\\]\\.(.+)");
    private static final Set<String> PROPERTY_OPERATORS = Set.of("=", "!=", "<", "<=", ">", ">=", "~");

    /** Reads a query; blank text is the query of every issue. */
    public static JqlQuery parse(String jql) throws ParseException {
        return parse(jql, Set.of());
    }

    /** Reads a query in which these names (lower case) are aliases of indexed entity property paths. */
    public static JqlQuery parse(String jql, Set<String> aliases) throws ParseException {
        List<Token> tokens = tokens(jql == null ? "" : jql);
        List<Clause> clauses = new ArrayList<>();
        int[] at = {0};
        while (at[0] < tokens.size()) {
            if (!clauses.isEmpty()) {
                Token and = tokens.get(at[0]++);
                if (and.quoted() || !and.text().equalsIgnoreCase("and")) {
                    throw new ParseException("Expecting 'AND' but got '" + and.text() + "'.");
                }
            }
            clauses.add(clause(tokens, at, aliases));
        }
        return new JqlQuery(clauses);
    }

    private static Clause clause(List<Token> tokens, int[] at, Set<String> aliases) throws ParseException {
        Token fieldToken = next(tokens, at, "a field name");
        if (fieldToken.quoted() || fieldToken.symbol()) {
            throw new ParseException("Expecting a field name but got '" + fieldToken.text() + "'.");
        }
        String field = fieldToken.text().toLowerCase(Locale.ROOT);
        Token operator = next(tokens, at, "an operator");
        Matcher property = PROPERTY.matcher(fieldToken.text());
        if (property.matches() || aliases.contains(field)) {
            if (!operator.symbol() || !PROPERTY_OPERATORS.contains(operator.text())) {
                throw new ParseException("The operator '" + operator.text() + "' is not supported by the '"
                        + fieldToken.text() + "' field in the sandbox.");
            }
            Token value = next(tokens, at, "a value");
            if (value.symbol()) {
                throw new ParseException("Expecting a value but got '" + value.text() + "'.");
            }
            return property.matches()
                    ? new PropertyClause(fieldToken.text(), property.group(1).strip(), property.group(2).strip(),
                            operator.text(), value.text())
                    : new PropertyClause(fieldToken.text(), null, null, operator.text(), value.text());
        }
        switch (field) {
            case "project", "issuetype", "type" -> {
                if (!operator.is("=")) {
                    throw new ParseException("The operator '" + operator.text() + "' is not supported by the '"
                            + field + "' field in the sandbox.");
                }
                Token value = next(tokens, at, "a value");
                if (value.symbol()) {
                    throw new ParseException("Expecting a value but got '" + value.text() + "'.");
                }
                return new FieldClause(field.equals("type") ? "issuetype" : field, value.text());
            }
            case "issue", "key", "id", "issuekey" -> {
                if (operator.quoted() || !operator.text().equalsIgnoreCase("in")) {
                    throw new ParseException("The operator '" + operator.text() + "' is not supported by the '"
                            + field + "' field in the sandbox (only 'in' with a function).");
                }
                Token name = next(tokens, at, "a function name");
                if (name.quoted() || name.symbol()) {
                    throw new ParseException("Expecting a function name but got '" + name.text() + "'.");
                }
                if (!next(tokens, at, "'('").is("(")) {
                    throw new ParseException("Expecting '(' after the function name '" + name.text() + "'.");
                }
                List<String> args = new ArrayList<>();
                Token token = next(tokens, at, "')'");
                if (!token.is(")")) {
                    while (true) {
                        if (token.symbol()) {
                            throw new ParseException("Expecting an argument but got '" + token.text() + "'.");
                        }
                        args.add(token.text());
                        Token separator = next(tokens, at, "')'");
                        if (separator.is(")")) {
                            break;
                        }
                        if (!separator.is(",")) {
                            throw new ParseException("Expecting ',' or ')' but got '" + separator.text() + "'.");
                        }
                        token = next(tokens, at, "an argument");
                    }
                }
                return new FunctionClause("issue", name.text(), args);
            }
            default -> throw new ParseException("Field '" + fieldToken.text()
                    + "' does not exist or you do not have permission to view it.");
        }
    }

    private static Token next(List<Token> tokens, int[] at, String expected) throws ParseException {
        if (at[0] >= tokens.size()) {
            throw new ParseException("The query ends where " + expected + " is expected.");
        }
        return tokens.get(at[0]++);
    }

    private record Token(String text, boolean quoted, boolean symbol) {
        boolean is(String s) {
            return symbol && text.equals(s);
        }
    }

    private static List<Token> tokens(String jql) throws ParseException {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < jql.length()) {
            char c = jql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '=' || c == '(' || c == ')' || c == ',') {
                tokens.add(new Token(String.valueOf(c), false, true));
                i++;
            } else if (c == '"' || c == '\'') {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (true) {
                    if (j >= jql.length()) {
                        throw new ParseException("The quoted string starting at character " + (i + 1)
                                + " is not closed.");
                    }
                    char d = jql.charAt(j);
                    if (d == '\\' && j + 1 < jql.length()) {
                        text.append(jql.charAt(j + 1));
                        j += 2;
                    } else if (d == c) {
                        break;
                    } else {
                        text.append(d);
                        j++;
                    }
                }
                tokens.add(new Token(text.toString(), true, false));
                i = j + 1;
            } else if (c == '~') {
                tokens.add(new Token("~", false, true));
                i++;
            } else if (c == '!' || c == '<' || c == '>') {
                boolean withEquals = i + 1 < jql.length() && jql.charAt(i + 1) == '=';
                if (c == '!' && !withEquals) {
                    throw new ParseException("The operator '!' is not supported: use '!='.");
                }
                tokens.add(new Token(withEquals ? c + "=" : String.valueOf(c), false, true));
                i += withEquals ? 2 : 1;
            } else {
                int j = i;
                while (j < jql.length() && !Character.isWhitespace(jql.charAt(j))
                        && "=(),\"'!~<>".indexOf(jql.charAt(j)) < 0) {
                    j++;
                }
                tokens.add(new Token(jql.substring(i, j), false, false));
                i = j;
            }
        }
        return tokens;
    }
}
