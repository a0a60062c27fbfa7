package com.atlassian.jira.entity.property;

/**
 * Host declaration (compile only): the property service of entities that also have a key (issues, projects); its
 * key-taking overloads are not declared (not called).
 * Mirrors jira-api (public Jira 6.x source in the code index, DelegatingEntityWithKeyPropertyService implements it);
 * Jira 11 unverified.
 */
public interface EntityWithKeyPropertyService<E> extends EntityPropertyService<E> {
}
