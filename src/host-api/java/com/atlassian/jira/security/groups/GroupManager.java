package com.atlassian.jira.security.groups;

import com.atlassian.crowd.embedded.api.Group;
import java.util.Collection;

/**
 * Host declaration (compile only): Jira's groups; only the members the plugin calls.
 * Mirrors jira-api, com.atlassian.jira.security.groups.GroupManager#getGroup(String), null when absent
 * (docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/security/groups/GroupManager.html).
 */
public interface GroupManager {
    Group getGroup(String groupName);

    /** The user names of the group's members, nested groups included (since 5.0; HOST-FACTS §22). */
    Collection<String> getUserNamesInGroup(String groupName);
}
