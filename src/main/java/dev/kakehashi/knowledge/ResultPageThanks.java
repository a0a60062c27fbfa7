package dev.kakehashi.knowledge;

import dev.kakehashi.thanks.Thanks;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.ThanksSent;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A public thanks given on a results page (its "who to thank" buttons) counts for the request the page records:
 * Jira is told, as the sender, that they thanked on the page, and asks back which departments their public thanks
 * there went to, so that step 6 sees the partner thanked only for a thanks that was really given. Only pages in the
 * results log that name a request are passed on; nothing else happens in Jira.
 */
public class ResultPageThanks implements ThanksSent {
    private static final Logger LOG = LoggerFactory.getLogger(ResultPageThanks.class);

    private final KnowledgeStore store;
    private final LinkedRequests requests;

    public ResultPageThanks(KnowledgeStore store, LinkedRequests requests) {
        this.store = store;
        this.requests = requests;
    }

    @Override
    public void sent(Thanks thanks) {
        if (thanks.context().type() != ThanksContext.Type.CONFLUENCE_PAGE
                || thanks.visibility() != Thanks.Visibility.PUBLIC || thanks.recipientDepartments().isEmpty()) {
            return;
        }
        long pageId;
        try {
            pageId = Long.parseLong(thanks.context().id());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<KnowledgePage> page = store.find(pageId)
                .filter(p -> p.kind() == KnowledgeKind.RESULTS && p.requestKey() != null);
        if (page.isEmpty()) {
            return;
        }
        try {
            LinkState state = requests.recordThanks(page.get().requestKey(), pageId);
            if (state != LinkState.RECORDED) {
                LOG.info("The thanks {} on results page {} was not confirmed to {}: {}", thanks.id(), pageId,
                        page.get().requestKey(), state);
            }
        } catch (RuntimeException e) {
            // the thanks is sent and stays; only its counting on the request is lost
            LOG.warn("The thanks {} on results page {} could not be passed on to its request", thanks.id(), pageId, e);
        }
    }
}
