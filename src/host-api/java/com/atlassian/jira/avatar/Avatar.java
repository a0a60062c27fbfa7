package com.atlassian.jira.avatar;

/**
 * Host declaration (compile only): an avatar (project, user or issue type icon); only the members the plugin calls.
 * Mirrors jira-api 11.0.0 as implemented in atlassian-labs/atlassian-slack-integration-server SlackMessageResource (anonymous Avatar, getId()).
 */
public interface Avatar {
    Long getId();

    /** The base file name of the avatar image, e.g. {@code task.svg} for a system issue type icon. Jira server Javadoc
     * https://docs.atlassian.com/jira/server/com/atlassian/jira/avatar/Avatar.html ("The base filename to the avatar
     * image file"). */
    String getFileName();
}
