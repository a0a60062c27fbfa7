package com.atlassian.jira.project;

import java.util.List;

/**
 * Host declaration (compile only): looks projects up (null when absent); only the members the plugin calls.
 * Mirrors jira-api 11.0.0 as used in atlassian-labs/atlassian-slack-integration-server (getProjectObj, getProjectObjByKey, getProjectByCurrentKey) and codescape/jira-scrum-poker 11.3.1; getProjectObjects() from Jira 7+ plugins, Jira 11 unverified.
 */
public interface ProjectManager {
    Project getProjectObj(Long id);

    Project getProjectObjByKey(String projectKey);

    Project getProjectByCurrentKey(String projectKey);

    List<Project> getProjectObjects();
}
