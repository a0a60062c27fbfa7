package dev.kakehashi.sandbox.host;

import com.atlassian.fugue.Option;
import com.atlassian.jira.bc.issue.properties.IssuePropertyService;
import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.EntityPropertyOptions;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.SimpleErrorCollection;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.sandbox.plugin.PluginDescriptor;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Jira's {@link IssuePropertyService} over {@code SANDBOX_ISSUE_PROPERTY}, with the index Jira keeps of them in
 * {@code SANDBOX_ISSUE_PROPERTY_INDEX} (dates as epoch days: Active Objects, which reads every table of the database
 * when it migrates, knows no SQL DATE column): setting a property re-indexes the issue's values that the plugin's
 * {@code <index-document-configuration>} modules name (read from the descriptor, as the host reads them), each as its
 * declared type — number (JSON numbers), string (as is), text (lower case, searched by word), date ({@code yyyy-MM-dd}
 * or an ISO date-time); a value that does not fit its type, and a path that holds an object, is not indexed; a path
 * to an array indexes each element; the index keeps the first 4,000 characters of a string or text. Validation as Jira's: the issue must exist, the key be 1 … 255 characters, the
 * value a JSON object of at most 32,768 characters, and the user may edit the issue unless the options skip
 * permission checks. Reading needs Browse Projects. Not emulated: deleting properties, the property event,
 * project/user/comment properties.
 */
public final class JiraIssueProperties implements IssuePropertyService {
    static final String ENTITY_NAME = "IssueProperty";
    static final int KEY_MAX = 255;
    static final int VALUE_MAX = 32_768;
    /** The longest string or text value the sandbox's index keeps (longer ones are cut there). */
    static final int INDEXED_TEXT_MAX = 4000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JiraDatabase database;
    private final JiraIssues issues;
    private final JiraPermissions permissions;
    /** What the descriptor indexes: property key → its extracts. */
    private final Map<String, List<PluginDescriptor.Extract>> indexed = new LinkedHashMap<>();

    /** One indexed value: a {@code Double}, a {@code String} or a {@code LocalDate}, per the extract's type. */
    public record IndexedValue(long issueId, Object value) {
    }

    public JiraIssueProperties(JiraDatabase database, JiraIssues issues, JiraPermissions permissions,
                               List<PluginDescriptor.IndexDocumentModule> modules) {
        this.database = database;
        this.issues = issues;
        this.permissions = permissions;
        for (PluginDescriptor.IndexDocumentModule module : modules) {
            for (PluginDescriptor.IndexedKey key : module.keys()) {
                indexed.computeIfAbsent(key.propertyKey(), k -> new ArrayList<>()).addAll(key.extracts());
            }
        }
        database.createTable("SANDBOX_ISSUE_PROPERTY", "ISSUE_ID BIGINT NOT NULL, PROPERTY_KEY VARCHAR(255) NOT NULL, "
                + "PROPERTY_VALUE VARCHAR(32768) NOT NULL, PRIMARY KEY (ISSUE_ID, PROPERTY_KEY)");
        database.createTable("SANDBOX_ISSUE_PROPERTY_INDEX", "ISSUE_ID BIGINT NOT NULL, "
                + "PROPERTY_KEY VARCHAR(255) NOT NULL, PATH VARCHAR(255) NOT NULL, NUMBER_VALUE DOUBLE, "
                + "TEXT_VALUE VARCHAR(" + INDEXED_TEXT_MAX + "), DATE_DAY BIGINT");
        reindexAll();
    }

    /** The extract for a property key and path, or the one with this alias; empty when nothing indexes it. */
    public Optional<Indexed> extract(String propertyKey, String path) {
        return indexed.getOrDefault(propertyKey, List.of()).stream().filter(x -> x.path().equals(path)).findFirst()
                .map(x -> new Indexed(propertyKey, x));
    }

    /** Every alias the descriptor gives an indexed path. */
    public List<String> aliasNames() {
        return indexed.values().stream().flatMap(List::stream).map(PluginDescriptor.Extract::alias)
                .filter(java.util.Objects::nonNull).toList();
    }

    /** The extract a JQL alias names, if a descriptor gives one that name. */
    public Optional<Indexed> alias(String alias) {
        for (Map.Entry<String, List<PluginDescriptor.Extract>> key : indexed.entrySet()) {
            for (PluginDescriptor.Extract x : key.getValue()) {
                if (alias.equalsIgnoreCase(x.alias())) {
                    return Optional.of(new Indexed(key.getKey(), x));
                }
            }
        }
        return Optional.empty();
    }

    /** An indexed path of a property with its type. */
    public record Indexed(String propertyKey, PluginDescriptor.Extract extract) {
        public String field() {
            return "issue.property[" + propertyKey + "]." + extract.path();
        }
    }

    /** Every indexed value of this property path, of every issue (one query on the index). */
    public List<IndexedValue> values(Indexed indexed) {
        String column = switch (indexed.extract().type()) {
            case "number" -> "NUMBER_VALUE";
            case "date" -> "DATE_DAY";
            default -> "TEXT_VALUE";
        };
        return database.query("SELECT ISSUE_ID, " + column + " FROM SANDBOX_ISSUE_PROPERTY_INDEX WHERE PROPERTY_KEY = ? "
                + "AND PATH = ?", row -> {
                    Object value = switch (column) {
                        case "NUMBER_VALUE" -> row.getDouble(2);
                        case "DATE_DAY" -> LocalDate.ofEpochDay(row.getLong(2));
                        default -> row.getString(2);
                    };
                    return new IndexedValue(row.getLong(1), value);
                }, indexed.propertyKey(), indexed.extract().path());
    }

    /**
     * Removes an issue's property and its index entries, for the sandbox's own checks: the issue is then as one written
     * before the property existed.
     */
    public void forget(long issueId, String key) {
        database.update("DELETE FROM SANDBOX_ISSUE_PROPERTY WHERE ISSUE_ID = ? AND PROPERTY_KEY = ?", issueId, key);
        database.update("DELETE FROM SANDBOX_ISSUE_PROPERTY_INDEX WHERE ISSUE_ID = ? AND PROPERTY_KEY = ?", issueId, key);
    }

    /** The stored JSON of an issue's property, for the sandbox's own checks. */
    public Optional<String> json(long issueId, String key) {
        return database.query("SELECT PROPERTY_VALUE FROM SANDBOX_ISSUE_PROPERTY WHERE ISSUE_ID = ? AND PROPERTY_KEY = ?",
                row -> row.getString(1), issueId, key).stream().findFirst();
    }

    @Override
    public SetPropertyValidationResult validateSetProperty(ApplicationUser user, Long entityId,
                                                           PropertyInput propertyInput) {
        return validateSetProperty(user, entityId, propertyInput, EntityPropertyOptions.defaults());
    }

    @Override
    public SetPropertyValidationResult validateSetProperty(ApplicationUser user, Long entityId,
                                                           PropertyInput propertyInput, EntityPropertyOptions options) {
        SimpleErrorCollection errors = new SimpleErrorCollection();
        Issue issue = entityId == null ? null : issues.getIssueObject(entityId);
        if (issue == null) {
            errors.addErrorMessage("The issue with id '" + entityId + "' does not exist.");
        } else if (!options.skipPermissionChecks()
                && !permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user)) {
            errors.addErrorMessage("You do not have permission to edit issue " + issue.getKey() + ".");
        }
        String key = propertyInput.getPropertyKey();
        if (key.isBlank() || key.length() > KEY_MAX) {
            errors.addError("propertyKey", "The property key must be 1 to " + KEY_MAX + " characters long.");
        }
        String value = propertyInput.getPropertyValue();
        if (value.length() > VALUE_MAX) {
            errors.addError("propertyValue", "The property value must be at most " + VALUE_MAX + " characters long.");
        } else if (parsedObject(value) == null) {
            errors.addError("propertyValue", "The property value must be a JSON object.");
        }
        if (errors.hasAnyErrors()) {
            return new SetPropertyValidationResult(errors, Option.none());
        }
        return new SetPropertyValidationResult(errors,
                Option.some(new EntityPropertyInput(value, key, entityId, ENTITY_NAME)));
    }

    @Override
    public PropertyResult setProperty(ApplicationUser user, SetPropertyValidationResult validation) {
        if (!validation.isValid()) {
            return new PropertyResult(validation.getErrorCollection(), Option.none());
        }
        EntityPropertyInput input = validation.getEntityPropertyInput().get();
        long issueId = input.getEntityId();
        if (database.update("UPDATE SANDBOX_ISSUE_PROPERTY SET PROPERTY_VALUE = ? WHERE ISSUE_ID = ? "
                + "AND PROPERTY_KEY = ?", input.getPropertyValue(), issueId, input.getPropertyKey()) == 0) {
            database.update("INSERT INTO SANDBOX_ISSUE_PROPERTY (ISSUE_ID, PROPERTY_KEY, PROPERTY_VALUE) VALUES (?, ?, ?)",
                    issueId, input.getPropertyKey(), input.getPropertyValue());
        }
        reindex(issueId, input.getPropertyKey(), input.getPropertyValue());
        return new PropertyResult(new SimpleErrorCollection(),
                Option.some(property(issueId, input.getPropertyKey(), input.getPropertyValue())));
    }

    @Override
    public PropertyResult getProperty(ApplicationUser user, Long entityId, String propertyKey) {
        SimpleErrorCollection errors = new SimpleErrorCollection();
        Issue issue = entityId == null ? null : issues.getIssueObject(entityId);
        if (issue == null || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            errors.addErrorMessage("The issue does not exist or you do not have permission to see it.");
            return new PropertyResult(errors, Option.none());
        }
        return json(entityId, propertyKey).map(v -> new PropertyResult(errors, Option.some(property(entityId,
                propertyKey, v)))).orElseGet(() -> new PropertyResult(errors, Option.none()));
    }

    private static EntityProperty property(long issueId, String key, String value) {
        return new EntityProperty() {
            @Override
            public Long getId() {
                return null;
            }

            @Override
            public String getEntityName() {
                return ENTITY_NAME;
            }

            @Override
            public Long getEntityId() {
                return issueId;
            }

            @Override
            public String getKey() {
                return key;
            }

            @Override
            public String getValue() {
                return value;
            }
        };
    }

    private static JsonNode parsedObject(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private void reindexAll() {
        database.update("DELETE FROM SANDBOX_ISSUE_PROPERTY_INDEX");
        for (String[] row : database.query("SELECT ISSUE_ID, PROPERTY_KEY, PROPERTY_VALUE FROM SANDBOX_ISSUE_PROPERTY",
                r -> new String[] {r.getString(1), r.getString(2), r.getString(3)})) {
            reindex(Long.parseLong(row[0]), row[1], row[2]);
        }
    }

    private void reindex(long issueId, String key, String json) {
        database.update("DELETE FROM SANDBOX_ISSUE_PROPERTY_INDEX WHERE ISSUE_ID = ? AND PROPERTY_KEY = ?", issueId, key);
        JsonNode root = parsedObject(json);
        if (root == null) {
            return;
        }
        for (PluginDescriptor.Extract extract : indexed.getOrDefault(key, List.of())) {
            JsonNode node = root;
            for (String part : extract.path().split("\\.")) {
                node = node == null ? null : node.get(part);
            }
            List<JsonNode> values = new ArrayList<>();
            if (node != null && node.isArray()) {
                node.forEach(values::add);
            } else if (node != null) {
                values.add(node);
            }
            for (JsonNode value : values) {
                Object typed = typed(extract.type(), value);
                if (typed != null) {
                    database.update("INSERT INTO SANDBOX_ISSUE_PROPERTY_INDEX (ISSUE_ID, PROPERTY_KEY, PATH, "
                                    + "NUMBER_VALUE, TEXT_VALUE, DATE_DAY) VALUES (?, ?, ?, ?, ?, ?)", issueId, key,
                            extract.path(), typed instanceof Double ? typed : null,
                            typed instanceof String text ? text.substring(0, Math.min(text.length(),
                                    INDEXED_TEXT_MAX)) : null,
                            typed instanceof LocalDate d ? d.toEpochDay() : null);
                }
            }
        }
    }

    /** The value as the type indexes it, or null when it does not fit. */
    static Object typed(String type, JsonNode value) {
        if (value.isContainerNode() || value.isNull()) {
            return null;
        }
        return switch (type) {
            case "number" -> value.isNumber() ? value.asDouble() : null;
            case "text" -> value.asText().toLowerCase(Locale.ROOT);
            case "date" -> date(value.asText());
            default -> value.asText();
        };
    }

    /** {@code yyyy-MM-dd} or an ISO date-time with offset (its local date); null when neither. */
    public static LocalDate date(String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text) : OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
