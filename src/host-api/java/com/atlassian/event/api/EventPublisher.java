package com.atlassian.event.api;

/**
 * Host declaration (compile only): the host's event bus (register/unregister come from EventListenerRegistrar).
 * Mirrors atlassian-event 5.0.2 (ngannk-fptu/Decompiled-Files .../com/atlassian/event/api/EventPublisher.java); imported in Jira 11.0.0 by atlassian-slack-integration-server ComponentImports.
 */
public interface EventPublisher extends EventListenerRegistrar {
    void publish(Object event);
}
