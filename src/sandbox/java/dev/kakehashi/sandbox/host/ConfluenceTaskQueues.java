package dev.kakehashi.sandbox.host;

import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Confluence's named task queues ("mail" among them). Confluence runs a queue from a job; the sandbox runs each task
 * as it is queued, and, like the job, logs a failing task instead of passing the failure to whoever queued it.
 */
final class ConfluenceTaskQueues implements MultiQueueTaskManager {
    private static final Logger LOG = Logger.getLogger(ConfluenceTaskQueues.class.getName());

    @Override
    public void addTask(String queueName, Task task) {
        try {
            task.execute();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "A task of Confluence's '" + queueName + "' queue failed", e);
        }
    }
}
