package dev.kakehashi.collaboration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the {@link RequestProperty} of every request whose issue lacks it: requests created before the property
 * existed are otherwise missed by JQL, list columns and board filters until they change. Requests go in batches by
 * issue id; a request whose issue has the property is left alone, so a run repeated, or cut short and started again,
 * writes each missing property once. Each is written on behalf of the request's requester, as a change by them would.
 */
public class RequestPropertyBackfill {
    private static final Logger LOG = LoggerFactory.getLogger(RequestPropertyBackfill.class);
    /** Requests read at a time. */
    static final int BATCH = 100;

    private final CollaborationStore store;
    private final RequestProperties properties;

    public RequestPropertyBackfill(CollaborationStore store, RequestProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    /** What one run did: requests looked at and properties written. */
    public record Run(int checked, int written) {
        public String describe() {
            return "request properties: " + checked + " requests checked, " + written + " written";
        }
    }

    public Run run() {
        long after = 0;
        int checked = 0;
        int written = 0;
        while (true) {
            var batch = store.after(after, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            for (CollaborationRequest request : batch) {
                checked++;
                if (!properties.isPublished(request.issueId(), request.requesterKey())) {
                    properties.publish(request, request.requesterKey());
                    written++;
                }
            }
            after = batch.get(batch.size() - 1).issueId();
            if (written > 0) {
                LOG.info("Kakehashi request properties: {} requests checked, {} written so far", checked, written);
            }
        }
        LOG.info("Kakehashi request properties: {} requests checked, {} written", checked, written);
        return new Run(checked, written);
    }
}
