package com.atlassian.event.api;

/**
 * Host declaration (compile only): registers objects whose @EventListener methods receive events.
 * Mirrors atlassian-event 5.0.2 (ngannk-fptu/Decompiled-Files com.atlassian.event_atlassian-event-5.0.2/com/atlassian/event/api/EventListenerRegistrar.java); Platform 8 unverified.
 */
public interface EventListenerRegistrar {
    void register(Object listener);

    void unregister(Object listener);

    void unregisterAll();
}
