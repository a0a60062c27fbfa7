package com.atlassian.core.task;

/**
 * Host declaration (compile only): Confluence's named task queues; mail goes to the queue named "mail".
 * Mirrors atlassian-core 8.0.1, com/atlassian/core/task/MultiQueueTaskManager (ngannk-fptu/Decompiled-Files); imported
 * with @ComponentImport by Confluence's bundled space-blueprints 18.7.51 (SpaceHomePageEventListener).
 */
public interface MultiQueueTaskManager {
    void addTask(String queueName, Task task);
}
