package dev.kakehashi.collaboration.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Model version 3: fills {@code COLLAB_REQUEST.STEP_CHANGED_AT} of the requests written before the column existed,
 * from their history: the time of the last entry that moved the request to another step (the one that created it
 * counts), else the request's creation time. Requests go in batches by id; only rows without the value are read and
 * written, so a second run finds nothing to do, and a row changed meanwhile by the app keeps the value it wrote.
 *
 * @since model version 3
 */
public class StepChangedUpgrade implements ActiveObjectsUpgradeTask {
    private static final Logger LOG = LoggerFactory.getLogger(StepChangedUpgrade.class);
    /** Requests read and written at a time. */
    static final int BATCH = 200;

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("3");
    }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoRequest.class, AoRequestEvent.class);
        int after = 0;
        int filled = 0;
        int fromHistory = 0;
        while (true) {
            AoRequest[] batch = ao.find(AoRequest.class, Query.select(String.join(", ", "ID", AoRequest.ISSUE_ID,
                            AoRequest.CREATED_AT, AoRequest.STEP_CHANGED_AT))
                    .where("ID > ? AND " + AoRequest.STEP_CHANGED_AT + " IS NULL", after)
                    .order("ID ASC").limit(BATCH));
            if (batch.length == 0) {
                break;
            }
            Map<Long, Long> lastChange = lastStepChanges(ao, batch);
            for (AoRequest row : batch) {
                Long at = lastChange.get(row.getIssueId());
                if (at != null) {
                    fromHistory++;
                }
                row.setStepChangedAt(at != null ? at : row.getCreatedAt());
                row.save();
            }
            filled += batch.length;
            after = batch[batch.length - 1].getID();
            LOG.info("Time in step filled for {} requests so far (up to row {})", filled, after);
        }
        LOG.info("Time in step filled for {} requests: {} from their history, {} from their creation", filled,
                fromHistory, filled - fromHistory);
    }

    /** By issue id: when the last entry of its history that changed the step happened; absent when none did. */
    private static Map<Long, Long> lastStepChanges(ActiveObjects ao, AoRequest[] batch) {
        Object[] issues = Arrays.stream(batch).map(AoRequest::getIssueId).toArray();
        // the two steps are compared here, not in SQL: Active Objects quotes the column names of a WHERE clause only
        // where a value follows them, and PostgreSQL folds an unquoted name to lower case
        AoRequestEvent[] events = ao.find(AoRequestEvent.class, Query.select(String.join(", ", "ID",
                        AoRequestEvent.ISSUE_ID, AoRequestEvent.FROM_STEP, AoRequestEvent.TO_STEP,
                        AoRequestEvent.HAPPENED_AT))
                .where(AoRequestEvent.ISSUE_ID + " IN (" + String.join(", ", Collections.nCopies(issues.length, "?"))
                        + ") AND " + AoRequestEvent.TO_STEP + " IS NOT NULL", issues)
                .order(AoRequestEvent.HAPPENED_AT + " ASC, ID ASC"));
        Map<Long, Long> last = new HashMap<>();
        for (AoRequestEvent event : events) {
            if (event.getFromStep() == null || !event.getFromStep().equals(event.getToStep())) {
                last.put(event.getIssueId(), event.getHappenedAt());
            }
        }
        return last;
    }
}
