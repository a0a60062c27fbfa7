package com.atlassian.jira.issue;

/**
 * Host declaration (compile only): the common super-interface of issue types, statuses, priorities, resolutions; only the members the plugin calls (the real one also extends Comparable).
 * Mirrors jira-api 11.0.0 as implemented in atlassian-labs/atlassian-slack-integration-server SlackMessageResource#getDummyIssue (anonymous IssueType).
 */
public interface IssueConstant {
    String getId();

    String getName();

    String getDescription();

    /** The name translated for the given locale string (e.g. "ja_JP"), or the untranslated name. */
    String getNameTranslation(String locale);

    String getDescTranslation(String locale);
}
