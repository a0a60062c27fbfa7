package dev.kakehashi.knowledge.confluence;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import dev.kakehashi.knowledge.KnowledgeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens in Confluence for pages created from blueprints, so that the knowledge-sharing pages reach their logs and a
 * results page reaches its collaboration request in Jira. SAL starts it once the host and the app are up.
 */
public class ConfluenceKnowledgeLifecycle implements LifecycleAware {
    private static final Logger LOG = LoggerFactory.getLogger(ConfluenceKnowledgeLifecycle.class);

    private final KnowledgeService knowledge;
    private final EventPublisher events;

    public ConfluenceKnowledgeLifecycle(KnowledgeService knowledge, EventPublisher events) {
        this.knowledge = knowledge;
        this.events = events;
    }

    @Override
    public void onStart() {
        events.register(this);
    }

    @Override
    public void onStop() {
        events.unregister(this);
    }

    /**
     * A page was created from a blueprint: its wizard's fields tell whether it is one of ours. The creator is the
     * current user (the event is published while their request publishes the page).
     */
    @EventListener
    public void onBlueprintPageCreated(BlueprintPageCreateEvent event) {
        Page page = event.getPage();
        if (page == null) {
            return;
        }
        try {
            knowledge.pageCreated(page.getId(), event.getCreator() == null || event.getCreator().getKey() == null
                    ? null : event.getCreator().getKey().getStringValue(), event.getContext());
        } catch (RuntimeException e) {
            // The page exists either way; it is only missing from the log.
            LOG.warn("Kakehashi could not keep page {} for its knowledge log", page.getId(), e);
        }
    }
}
