package dev.kakehashi.sandbox.host;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Jira's {@link IssueTypeManager}, kept in {@code SANDBOX_ISSUE_TYPE}: the built-in Task (10000), Bug (10001) and
 * Story (10002), translated into Japanese, and the types created at run time (ids from 10100), which Jira adds to the
 * default issue type scheme. Names are unique ignoring case. Not emulated: sub-task types, icons and avatars beyond
 * their id, editing or removing types.
 */
public final class JiraIssueTypes implements IssueTypeManager {
    public static final String TASK = "10000";
    public static final String BUG = "10001";
    public static final String STORY = "10002";
    static final long FIRST_CREATED_ID = 10100;

    private final JiraDatabase database;
    private final JiraTranslations translations;
    private final Map<String, JiraIssueType> byId = new ConcurrentHashMap<>();
    private volatile Consumer<String> addToDefaultScheme = id -> { };

    public JiraIssueTypes(JiraDatabase database, JiraTranslations translations) {
        this.database = database;
        this.translations = translations;
        database.createTable("SANDBOX_ISSUE_TYPE", "ID VARCHAR(40) PRIMARY KEY, NAME VARCHAR(255) NOT NULL, "
                + "DESCRIPTION VARCHAR(4000) NOT NULL, AVATAR_ID BIGINT");
        if (database.number("SELECT COUNT(*) FROM SANDBOX_ISSUE_TYPE") == 0) {
            builtIn(TASK, "Task", "A task that needs to be done.", "タスク", "実施する必要のある作業です。");
            builtIn(BUG, "Bug", "A problem which impairs or prevents the functions of the product.", "バグ",
                    "製品の機能を損なう、または妨げる問題です。");
            builtIn(STORY, "Story", "A user story.", "ストーリー", "ユーザーストーリーです。");
        }
        reload();
    }

    /** Reads the types again: another node of the cluster may have created one (Jira's own caches are cluster-wide). */
    private void reload() {
        List<JiraIssueType> stored = database.query("SELECT ID, NAME, DESCRIPTION, AVATAR_ID FROM SANDBOX_ISSUE_TYPE",
                r -> {
                    long avatar = r.getLong(4);
                    return new JiraIssueType(r.getString(1), r.getString(2), r.getString(3),
                            r.wasNull() ? null : avatar, translations);
                });
        stored.forEach(t -> byId.putIfAbsent(t.getId(), t));
        byId.keySet().retainAll(stored.stream().map(JiraIssueType::getId).toList());
    }

    private JiraIssueType find(String id) {
        JiraIssueType type = byId.get(id);
        if (type == null) {
            reload();
            type = byId.get(id);
        }
        return type;
    }

    private void builtIn(String id, String name, String description, String nameJa, String descriptionJa) {
        database.update("INSERT INTO SANDBOX_ISSUE_TYPE (ID, NAME, DESCRIPTION, AVATAR_ID) VALUES (?, ?, ?, ?)", id,
                name, description, JiraAvatars.DEFAULT_ISSUE_TYPE_AVATAR_ID);
        JiraIssueType type = new JiraIssueType(id, name, description, JiraAvatars.DEFAULT_ISSUE_TYPE_AVATAR_ID,
                translations);
        translations.setIssueConstantTranslation(type, JiraTranslations.ISSUE_TYPE_PREFIX, Locale.JAPAN, nameJa,
                descriptionJa);
    }

    /** Called by the schemes: where a created type goes, as Jira adds it to the default scheme. */
    void whenCreated(Consumer<String> addToDefault) {
        this.addToDefaultScheme = addToDefault;
    }

    /**
     * Creates a type and adds it to the default issue type scheme. Refuses (IllegalArgumentException) a blank name, a
     * name another type has (ignoring case) and a null avatar id; Jira's exact exception is not known.
     */
    @Override
    public synchronized IssueType createIssueType(String name, String description, Long avatarId) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("The issue type name must not be empty");
        }
        if (avatarId == null) {
            throw new IllegalArgumentException("avatarId cannot be null");
        }
        String trimmed = name.strip();
        reload();
        if (byId.values().stream().anyMatch(t -> t.getName().equalsIgnoreCase(trimmed))) {
            throw new IllegalArgumentException("An issue type with the name '" + trimmed + "' exists already");
        }
        long next = Math.max(FIRST_CREATED_ID, byId.keySet().stream().mapToLong(Long::parseLong).max().orElse(0) + 1);
        String id = Long.toString(next);
        String text = description == null ? "" : description;
        database.update("INSERT INTO SANDBOX_ISSUE_TYPE (ID, NAME, DESCRIPTION, AVATAR_ID) VALUES (?, ?, ?, ?)", id,
                trimmed, text, avatarId);
        JiraIssueType type = new JiraIssueType(id, trimmed, text, avatarId, translations);
        byId.put(id, type);
        addToDefaultScheme.accept(id);
        return type;
    }

    /** Every issue type, in id order. */
    @Override
    public Collection<IssueType> getIssueTypes() {
        return new ArrayList<>(all());
    }

    @Override
    public IssueType getIssueType(String id) {
        return id == null ? null : find(id);
    }

    public Optional<JiraIssueType> byId(String id) {
        return Optional.ofNullable(id == null ? null : find(id));
    }

    /** Every issue type, in id order. */
    public List<JiraIssueType> all() {
        reload();
        return byId.values().stream().sorted((a, b) -> Long.compare(Long.parseLong(a.getId()),
                Long.parseLong(b.getId()))).toList();
    }

    /** The type whose name or whose translation into any language is this text (ignoring case), as JQL finds it. */
    public List<JiraIssueType> named(String text) {
        List<JiraIssueType> result = new ArrayList<>();
        for (JiraIssueType type : all()) {
            if (type.getName().equalsIgnoreCase(text) || translations.names(type).stream()
                    .anyMatch(n -> n.equalsIgnoreCase(text))) {
                result.add(type);
            }
        }
        return result;
    }
}
