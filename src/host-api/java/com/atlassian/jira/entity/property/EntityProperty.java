package com.atlassian.jira.entity.property;

/**
 * Host declaration (compile only): one stored JSON entity property (entity name, entity id, key, JSON value).
 * Mirrors jira-api (public Jira 6.x source in the code index, com/atlassian/jira/entity/property/EntityProperty);
 * only the getters; Jira 11 unverified.
 */
public interface EntityProperty {
    Long getId();

    String getEntityName();

    Long getEntityId();

    String getKey();

    String getValue();
}
