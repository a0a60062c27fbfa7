package dev.kakehashi.knowledge;

import dev.kakehashi.thanks.Thanks;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.ThanksSent;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A public thanks given on a results page (its "who to thank" buttons) counts for the request the page records:
 * the departments it thanked are passed on to the request in Jira, as the sender, so that step 6 sees the partner
 * thanked. Only pages in the results log that name a request are passed on; nothing else happens in Jira.
 */
public class ResultPageThanks implements ThanksSent {
    private static final Logger LOG = LoggerFactory.getLogger(ResultPageThanks.class);

    private final KnowledgeStore store;
    private final KnowledgePages pages;
    private final LinkedRequests requests;

    public ResultPageThanks(KnowledgeStore store, KnowledgePages pages, LinkedRequests requests) {
        this.store = store;
        this.pages = pages;
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
            pages.page(pageId).ifPresent(ref -> {
                LinkState state = requests.recordThanks(page.get().requestKey(), ref.url(),
                        thanks.recipientDepartments());
                if (state != LinkState.RECORDED) {
                    LOG.info("The thanks {} on results page {} was not passed on to {}: {}", thanks.id(), pageId,
                            page.get().requestKey(), state);
                }
            });
        } catch (RuntimeException e) {
            // the thanks is sent and stays; only its counting on the request is lost
            LOG.warn("The thanks {} on results page {} could not be passed on to its request", thanks.id(), pageId, e);
        }
    }
}
