package com.atlassian.jira.bc.issue.properties;

import com.atlassian.jira.entity.property.EntityWithKeyPropertyService;
import com.atlassian.jira.issue.Issue;

/**
 * Host declaration (compile only): the service that adds, updates and reads the JSON properties of issues; setting
 * one publishes Jira's issue property event, on which Jira re-indexes the issue per the apps' index-document-configuration.
 * Mirrors jira-api 7.0.8 Javadoc (https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/bc/issue/properties/package-summary.html)
 * and its use in public Jira apps (validateSetProperty then setProperty); Jira 11 unverified.
 */
public interface IssuePropertyService extends EntityWithKeyPropertyService<Issue> {
}
