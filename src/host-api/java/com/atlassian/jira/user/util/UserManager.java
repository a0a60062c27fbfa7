package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Host declaration (compile only): Jira's own user look-up (not SAL's); only the members the plugin calls.
 * Mirrors jira-api 11.0.0 as used in atlassian-labs/atlassian-slack-integration-server IssuePanelResource and codescape/jira-scrum-poker SessionEntityMapper.
 */
public interface UserManager {
    ApplicationUser getUserByKey(String userKey);
}
