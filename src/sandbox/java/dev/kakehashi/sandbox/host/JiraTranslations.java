package dev.kakehashi.sandbox.host;

import com.atlassian.jira.issue.IssueConstant;
import com.atlassian.jira.web.action.admin.translation.TranslationManager;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Jira's {@link TranslationManager} for issue constants, kept in {@code SANDBOX_TRANSLATION} by prefix, constant id
 * and locale string ({@code Locale.toString()}, e.g. {@code ja_JP}). As Jira's implementation, a translation is
 * written only when both name and description are non-blank. Translations of statuses, priorities and resolutions
 * are stored the same way but nothing in the sandbox reads them.
 */
public final class JiraTranslations implements TranslationManager {
    public static final String ISSUE_TYPE_PREFIX = "jira.translation.issuetype";

    private final JiraDatabase database;

    public JiraTranslations(JiraDatabase database) {
        this.database = database;
        database.createTable("SANDBOX_TRANSLATION", "PREFIX VARCHAR(100) NOT NULL, CONSTANT_ID VARCHAR(40) NOT NULL, "
                + "LOCALE VARCHAR(20) NOT NULL, NAME VARCHAR(255) NOT NULL, DESCRIPTION VARCHAR(4000) NOT NULL, "
                + "PRIMARY KEY (PREFIX, CONSTANT_ID, LOCALE)");
    }

    @Override
    public synchronized void setIssueConstantTranslation(IssueConstant issueConstant, String issueConstantPrefix,
                                                         Locale locale, String translatedName, String translatedDesc) {
        if (translatedName == null || translatedName.isBlank() || translatedDesc == null || translatedDesc.isBlank()) {
            return;
        }
        deleteIssueConstantTranslation(issueConstant, issueConstantPrefix, locale);
        database.update("INSERT INTO SANDBOX_TRANSLATION (PREFIX, CONSTANT_ID, LOCALE, NAME, DESCRIPTION) "
                + "VALUES (?, ?, ?, ?, ?)", issueConstantPrefix, issueConstant.getId(), locale.toString(),
                translatedName, translatedDesc);
    }

    @Override
    public void deleteIssueConstantTranslation(IssueConstant issueConstant, String issueConstantPrefix,
                                               Locale locale) {
        database.update("DELETE FROM SANDBOX_TRANSLATION WHERE PREFIX = ? AND CONSTANT_ID = ? AND LOCALE = ?",
                issueConstantPrefix, issueConstant.getId(), locale.toString());
    }

    /** The issue type translation for exactly this locale string, or null. */
    @Override
    public String getIssueConstantTranslation(IssueConstant issueConstant, boolean name, String locale) {
        List<String> found = database.query("SELECT " + (name ? "NAME" : "DESCRIPTION") + " FROM SANDBOX_TRANSLATION "
                + "WHERE PREFIX = ? AND CONSTANT_ID = ? AND LOCALE = ?", r -> r.getString(1), ISSUE_TYPE_PREFIX,
                issueConstant.getId(), locale);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * The issue type's name for a reader of this language, as Jira picks the translation for the user's locale: the
     * exact locale first, then any locale of the same language ({@code ja} reads {@code ja_JP}).
     */
    public Optional<String> nameIn(IssueConstant issueType, Locale locale) {
        List<String[]> rows = database.query("SELECT LOCALE, NAME FROM SANDBOX_TRANSLATION WHERE PREFIX = ? "
                + "AND CONSTANT_ID = ? ORDER BY LOCALE", r -> new String[] {r.getString(1), r.getString(2)},
                ISSUE_TYPE_PREFIX, issueType.getId());
        String exact = locale.toString();
        String language = locale.getLanguage();
        return rows.stream().filter(r -> r[0].equals(exact)).findFirst()
                .or(() -> rows.stream().filter(r -> r[0].equals(language) || r[0].startsWith(language + "_"))
                        .findFirst())
                .map(r -> r[1]);
    }

    /** Every translated name of the issue type, in any language. */
    public List<String> names(IssueConstant issueType) {
        return database.query("SELECT NAME FROM SANDBOX_TRANSLATION WHERE PREFIX = ? AND CONSTANT_ID = ?",
                r -> r.getString(1), ISSUE_TYPE_PREFIX, issueType.getId());
    }
}
