package dev.kakehashi.collaboration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the {@link RequestProperty} of every request once: requests created before the property existed are
 * otherwise missed by JQL, list columns and board filters until they change. Requests go in batches by issue id, each
 * written on behalf of its requester as a change by them would write it; the value is the request's own, so writing
 * it again changes nothing. When every request is done the app keeps a mark, and later runs write nothing; a run cut
 * short leaves no mark, and the next one starts again from the first request. Whether an issue has the property is
 * not read first: Jira answers that in a type of a library (Fugue) that the hosts are not known to export to apps.
 */
public class RequestPropertyBackfill {
    private static final Logger LOG = LoggerFactory.getLogger(RequestPropertyBackfill.class);
    /** Requests read at a time. */
    static final int BATCH = 100;

    private final CollaborationStore store;
    private final RequestProperties properties;
    private final RequestPropertyMark mark;

    public RequestPropertyBackfill(CollaborationStore store, RequestProperties properties, RequestPropertyMark mark) {
        this.store = store;
        this.properties = properties;
        this.mark = mark;
    }

    /** What one run did: how many properties it wrote; none when an earlier run had written them all. */
    public record Run(boolean earlier, int written) {
        public String describe() {
            return earlier ? "request properties: written by an earlier run"
                    : "request properties: " + written + " written";
        }
    }

    public Run run() {
        if (mark.isWritten()) {
            return new Run(true, 0);
        }
        long after = 0;
        int written = 0;
        while (true) {
            var batch = store.after(after, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            for (CollaborationRequest request : batch) {
                properties.publish(request, request.requesterKey());
                written++;
            }
            after = batch.get(batch.size() - 1).issueId();
            LOG.info("Kakehashi request properties: {} written so far (up to issue {})", written, after);
        }
        mark.markWritten();
        LOG.info("Kakehashi request properties: {} written; later runs write none", written);
        return new Run(false, written);
    }
}
