package com.atlassian.crowd.embedded.api;

/**
 * Host declaration (compile only): a Jira group; only the members the plugin calls.
 * Mirrors crowd-api, com.atlassian.crowd.embedded.api.Group (docs.atlassian.com/software/jira/docs/api, GroupManager#getGroup).
 */
public interface Group {
    String getName();
}
