package com.atlassian.core.task;

import java.io.Serializable;

/**
 * Host declaration (compile only): work for one of Confluence's task queues; its only abstract method.
 * Mirrors atlassian-core 8.0.1, com/atlassian/core/task/Task (ngannk-fptu/Decompiled-Files).
 */
public interface Task extends Serializable {
    void execute() throws Exception;
}
