package dev.kakehashi.collaboration;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the {@link RequestProperty} of every request once: requests created before the property existed are
 * otherwise missed by JQL, list columns and board filters until they change. Requests go in batches by issue id, each
 * written on behalf of its requester as a change by them would write it; the value is the request's own as read just
 * before the write (not as the batch read it), so writing it again changes nothing and a change made meanwhile is
 * kept. When every request is done the app keeps a mark, and later runs write nothing; a run cut short leaves no
 * mark, and the next one starts again from the first request. Whether an issue has the property is
 * not read first: Jira answers that in a type of a library (Fugue) that the hosts are not known to export to apps.
 */
public class RequestPropertyBackfill {
    private static final Logger LOG = LoggerFactory.getLogger(RequestPropertyBackfill.class);
    /** Requests read at a time. */
    static final int BATCH = 100;
    /** Writes of one request that changes while being written, at most. */
    static final int ATTEMPTS = 5;

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
                written += write(request.issueId());
            }
            after = batch.get(batch.size() - 1).issueId();
            LOG.info("Kakehashi request properties: {} written so far (up to issue {})", written, after);
        }
        mark.markWritten();
        LOG.info("Kakehashi request properties: {} written; later runs write none", written);
        return new Run(false, written);
    }

    /**
     * Writes the request as it is now, not as the batch read it; when it changed while being written, writes it again.
     * Race-free: a change saved after the last re-read writes its own property after this write, so it is not lost.
     */
    private int write(long issueId) {
        Optional<CollaborationRequest> current = store.find(issueId);
        for (int attempt = 0; attempt < ATTEMPTS && current.isPresent(); attempt++) {
            CollaborationRequest request = current.get();
            properties.publish(request, request.requesterKey());
            current = store.find(issueId);
            if (current.isEmpty() || current.get().version() == request.version()) {
                return 1;
            }
        }
        if (current.isPresent()) {
            LOG.warn("Kakehashi request properties: request of issue {} kept changing; its own changes write it", issueId);
            return 1;
        }
        return 0;
    }
}
