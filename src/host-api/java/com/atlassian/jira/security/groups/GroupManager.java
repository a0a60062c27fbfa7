package com.atlassian.jira.security.groups;

import com.atlassian.crowd.embedded.api.Group;

/**
 * Host declaration (compile only): Jira's groups; only the members the plugin calls.
 * Mirrors jira-api, com.atlassian.jira.security.groups.GroupManager#getGroup(String), null when absent
 * (docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/security/groups/GroupManager.html).
 */
public interface GroupManager {
    Group getGroup(String groupName);
}
