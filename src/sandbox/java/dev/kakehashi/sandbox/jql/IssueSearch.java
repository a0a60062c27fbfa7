package dev.kakehashi.sandbox.jql;

import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.operand.FunctionOperand;
import dev.kakehashi.sandbox.directory.DemoUser;
import dev.kakehashi.sandbox.host.JiraInstance;
import dev.kakehashi.sandbox.host.JiraIssue;
import dev.kakehashi.sandbox.host.JiraIssueType;
import dev.kakehashi.sandbox.host.JiraProject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Runs the navigator's JQL as Jira does: every clause must hold; a function clause is validated first (its errors
 * stop the search) and its values are issue ids ({@code Long}) or keys ({@code String}); only issues the searcher may
 * browse are listed, in project and number order. No index, no paging, no sorting options.
 */
public final class IssueSearch {
    private static final Logger LOG = Logger.getLogger(IssueSearch.class.getName());

    private final JiraInstance jira;
    private final JqlFunctions functions;

    public IssueSearch(JiraInstance jira, JqlFunctions functions) {
        this.jira = jira;
        this.functions = functions;
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
            query = JqlQuery.parse(jql);
        } catch (JqlQuery.ParseException e) {
            return new Result(List.of(), List.of("Error in the JQL Query: " + e.getMessage()));
        }
        ApplicationUser searcher = user == null ? null : jira.users().getUserByKey(user.key());
        List<String> errors = new ArrayList<>();
        List<Filter> filters = new ArrayList<>();
        for (JqlQuery.Clause clause : query.clauses()) {
            if (clause instanceof JqlQuery.FieldClause field) {
                filters.add(fieldFilter(field, errors));
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
