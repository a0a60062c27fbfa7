package dev.kakehashi.sandbox.jql;

import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.operand.FunctionOperand;
import dev.kakehashi.sandbox.directory.DemoUser;
import dev.kakehashi.sandbox.host.JiraInstance;
import dev.kakehashi.sandbox.host.JiraIssue;
import dev.kakehashi.sandbox.host.JiraIssueProperties;
import dev.kakehashi.sandbox.host.JiraIssueType;
import dev.kakehashi.sandbox.host.JiraProject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Runs the navigator's JQL as Jira does: every clause must hold; a function clause is validated first (its errors
 * stop the search) and its values are issue ids ({@code Long}) or keys ({@code String}); only issues the searcher may
 * browse are listed, in project and number order. An entity property clause reads the property index
 * ({@link JiraIssueProperties}) with its declared type: number and date compare with {@code = != < <= > >=}, string
 * with {@code = !=} (exact), text with {@code ~} (every word of the value); {@code !=} matches issues that have a
 * value and none equal; a path no descriptor indexes matches nothing. No paging, no sorting options.
 */
public final class IssueSearch {
    private static final Logger LOG = Logger.getLogger(IssueSearch.class.getName());

    private final JiraInstance jira;
    private final JqlFunctions functions;
    /** The entity properties and their index; null when the search knows none. */
    private final JiraIssueProperties properties;

    public IssueSearch(JiraInstance jira, JqlFunctions functions) {
        this(jira, functions, null);
    }

    public IssueSearch(JiraInstance jira, JqlFunctions functions, JiraIssueProperties properties) {
        this.jira = jira;
        this.functions = functions;
        this.properties = properties;
    }

    /** The issues found, or the errors that stopped the search (then no issues). */
    public record Result(List<JiraIssue> issues, List<String> errors) {
        public Result {
            issues = List.copyOf(issues);
            errors = List.copyOf(errors);
        }
    }

    /** Searches as this user (null: anonymous, who browses nothing). */
    public Result search(String jql, DemoUser user) {
        JqlQuery query;
        try {
            query = JqlQuery.parse(jql, aliases());
        } catch (JqlQuery.ParseException e) {
            return new Result(List.of(), List.of("Error in the JQL Query: " + e.getMessage()));
        }
        ApplicationUser searcher = user == null ? null : jira.users().getUserByKey(user.key());
        List<String> errors = new ArrayList<>();
        List<Filter> filters = new ArrayList<>();
        for (JqlQuery.Clause clause : query.clauses()) {
            if (clause instanceof JqlQuery.FieldClause field) {
                filters.add(fieldFilter(field, errors));
            } else if (clause instanceof JqlQuery.PropertyClause property) {
                filters.add(propertyFilter(property, errors));
            } else {
                filters.add(functionFilter((JqlQuery.FunctionClause) clause, searcher, errors));
            }
        }
        if (!errors.isEmpty()) {
            return new Result(List.of(), errors);
        }
        List<JiraIssue> found = jira.issues().all().stream()
                .filter(i -> jira.permissions().canBrowse(i, user))
                .filter(i -> filters.stream().allMatch(f -> f.accepts(i)))
                .toList();
        return new Result(found, List.of());
    }

    private interface Filter {
        boolean accepts(JiraIssue issue);
    }

    /** The aliases the descriptor gives indexed paths, lower case (a name Jira would otherwise not know). */
    private Set<String> aliases() {
        if (properties == null) {
            return Set.of();
        }
        Set<String> aliases = new HashSet<>();
        for (String candidate : properties.aliasNames()) {
            aliases.add(candidate.toLowerCase(Locale.ROOT));
        }
        return aliases;
    }

    private Filter propertyFilter(JqlQuery.PropertyClause clause, List<String> errors) {
        JiraIssueProperties.Indexed indexed = properties == null ? null : (clause.propertyKey() == null
                ? properties.alias(clause.field()) : properties.extract(clause.propertyKey(), clause.path()))
                .orElse(null);
        if (indexed == null) {
            return issue -> false;
        }
        String type = indexed.extract().type();
        String op = clause.operator();
        boolean ordered = Set.of("=", "!=", "<", "<=", ">", ">=").contains(op);
        boolean allowed = switch (type) {
            case "number", "date" -> ordered;
            case "string" -> op.equals("=") || op.equals("!=");
            default -> op.equals("~");
        };
        if (!allowed) {
            errors.add("The operator '" + op + "' is not supported by the " + type + " field '" + clause.field()
                    + "'.");
            return issue -> false;
        }
        Predicate<Object> matches;
        switch (type) {
            case "number" -> {
                Double wanted = number(clause.value());
                if (wanted == null) {
                    errors.add("The value '" + clause.value() + "' is not a number for the field '" + clause.field()
                            + "'.");
                    return issue -> false;
                }
                matches = v -> compare(op, Double.compare((Double) v, wanted));
            }
            case "date" -> {
                LocalDate wanted = JiraIssueProperties.date(clause.value().replace('/', '-'));
                if (wanted == null) {
                    errors.add("The value '" + clause.value() + "' is not a date (yyyy-MM-dd) for the field '"
                            + clause.field() + "'.");
                    return issue -> false;
                }
                matches = v -> compare(op, ((LocalDate) v).compareTo(wanted));
            }
            case "string" -> matches = v -> v.equals(clause.value());
            default -> {
                List<String> words = Arrays.asList(clause.value().toLowerCase(Locale.ROOT).split("\\s+"));
                matches = v -> Arrays.asList(((String) v).split("\\W+")).containsAll(words);
            }
        }
        Map<Long, List<Object>> byIssue = new java.util.HashMap<>();
        for (JiraIssueProperties.IndexedValue value : properties.values(indexed)) {
            byIssue.computeIfAbsent(value.issueId(), k -> new ArrayList<>()).add(value.value());
        }
        if (op.equals("!=")) {
            Predicate<Object> equal = matches;
            return issue -> byIssue.containsKey(issue.getId()) && byIssue.get(issue.getId()).stream().noneMatch(equal);
        }
        Predicate<Object> found = matches;
        return issue -> byIssue.getOrDefault(issue.getId(), List.of()).stream().anyMatch(found);
    }

    private static boolean compare(String op, int order) {
        return switch (op) {
            case "=", "!=" -> order == 0;
            case "<" -> order < 0;
            case "<=" -> order <= 0;
            case ">" -> order > 0;
            default -> order >= 0;
        };
    }

    private static Double number(String text) {
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Filter fieldFilter(JqlQuery.FieldClause clause, List<String> errors) {
        if (clause.field().equals("project")) {
            JiraProject project = jira.projects().byKey(clause.value())
                    .or(() -> jira.projects().all().stream().filter(p -> p.name().equalsIgnoreCase(clause.value()))
                            .findFirst())
                    .orElse(null);
            if (project == null) {
                errors.add("The value '" + clause.value() + "' does not exist for the field 'project'.");
                return issue -> false;
            }
            return issue -> issue.getProjectId().equals(project.id());
        }
        List<JiraIssueType> types = jira.issueTypes().named(clause.value());
        if (types.isEmpty()) {
            errors.add("The value '" + clause.value() + "' does not exist for the field 'issuetype'.");
            return issue -> false;
        }
        Set<String> ids = types.stream().map(JiraIssueType::getId).collect(Collectors.toSet());
        return issue -> ids.contains(issue.getIssueTypeId());
    }

    private Filter functionFilter(JqlQuery.FunctionClause clause, ApplicationUser searcher, List<String> errors) {
        JqlFunctions.Registered registered = functions.named(clause.functionName()).orElse(null);
        if (registered == null) {
            errors.add("Unable to find JQL function '" + clause.functionName() + "()'.");
            return issue -> false;
        }
        if (!registered.descriptor().isList()) {
            errors.add("The operator 'in' is not supported by the function '" + clause.functionName()
                    + "', which does not return a list.");
            return issue -> false;
        }
        FunctionOperand operand = new FunctionOperand(registered.descriptor().functionName(), clause.args());
        SandboxTerminalClause terminal = new SandboxTerminalClause(clause.field(), "in", operand);
        try {
            MessageSet messages = registered.function().validate(searcher, operand, terminal);
            if (messages != null && messages.hasAnyErrors()) {
                errors.addAll(messages.getErrorMessages());
                return issue -> false;
            }
            List<QueryLiteral> literals = registered.function().getValues(
                    new SandboxQueryCreationContext(searcher, false), operand, terminal);
            Set<Long> ids = new HashSet<>();
            Set<String> keys = new LinkedHashSet<>();
            for (QueryLiteral literal : literals == null ? List.<QueryLiteral>of() : literals) {
                if (literal.getLongValue() != null) {
                    ids.add(literal.getLongValue());
                } else if (literal.getStringValue() != null) {
                    keys.add(literal.getStringValue().strip().toUpperCase(Locale.ROOT));
                }
            }
            return issue -> ids.contains(issue.getId()) || keys.contains(issue.getKey());
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.SEVERE, "JQL function " + clause.functionName() + " failed", e);
            errors.add("The JQL function '" + clause.functionName() + "' failed: " + e);
            return issue -> false;
        }
    }
}
