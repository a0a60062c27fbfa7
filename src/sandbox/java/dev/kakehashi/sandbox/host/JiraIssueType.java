package dev.kakehashi.sandbox.host;

import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Locale;

/**
 * An issue type of the sandbox Jira: never a sub-task; its translated names come from {@link JiraTranslations}.
 * Icons, sequences and the rest of Jira's {@code IssueType} are not emulated (not declared in the host API).
 */
public final class JiraIssueType implements IssueType {
    private final String id;
    private final String name;
    private final String description;
    private final Long avatarId;
    private final JiraTranslations translations;

    JiraIssueType(String id, String name, String description, Long avatarId, JiraTranslations translations) {
        this.id = id;
        this.name = name;
        this.description = description == null ? "" : description;
        this.avatarId = avatarId;
        this.translations = translations;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDescription() {
        return description;
    }

    /** As Jira: the translation stored for exactly this locale string ({@code ja_JP}), else the name. */
    @Override
    public String getNameTranslation(String locale) {
        String translated = translations.getIssueConstantTranslation(this, true, locale);
        return translated == null ? name : translated;
    }

    @Override
    public String getDescTranslation(String locale) {
        String translated = translations.getIssueConstantTranslation(this, false, locale);
        return translated == null ? description : translated;
    }

    /** The name a reader of this language sees on the sandbox pages: a translation of the language, else the name. */
    public String nameFor(Locale locale) {
        return translations.nameIn(this, locale).orElse(name);
    }

    @Override
    public boolean isSubTask() {
        return false;
    }

    public Long avatarId() {
        return avatarId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JiraIssueType other && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return name + "(" + id + ")";
    }
}
