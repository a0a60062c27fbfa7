package com.atlassian.event.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Host declaration (compile only): marks a public one-argument method of a registered listener as an event handler.
 * Mirrors atlassian-event 5.0.2 (ngannk-fptu/Decompiled-Files .../com/atlassian/event/api/EventListener.java); used in Platform 8 by atlassian-slack-integration-server listeners.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Documented
public @interface EventListener {
    String scope() default "";

    int order() default 0;
}
