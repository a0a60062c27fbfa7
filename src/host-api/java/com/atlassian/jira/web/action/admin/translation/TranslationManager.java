package com.atlassian.jira.web.action.admin.translation;

import com.atlassian.jira.issue.IssueConstant;

import java.util.Locale;

/**
 * Host declaration (compile only): stores per-locale names of issue constants; prefix for issue types is "jira.translation.issuetype".
 * Mirrors jira-api (public Jira 6.x source and jira-testkit IssueTypeBackdoorResource in the code index); Jira 11 unverified.
 */
public interface TranslationManager {
    void setIssueConstantTranslation(IssueConstant issueConstant, String issueConstantPrefix, Locale locale, String translatedName, String translatedDesc);

    void deleteIssueConstantTranslation(IssueConstant issueConstant, String issueConstantPrefix, Locale locale);

    /** name=true for the name, false for the description; locale as Locale.toString(). */
    String getIssueConstantTranslation(IssueConstant issueConstant, boolean name, String locale);
}
