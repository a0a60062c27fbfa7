package dev.kakehashi.sandbox.host;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import dev.kakehashi.sandbox.demo.DemoPage;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import java.util.List;

/**
 * Confluence's {@link PageManager} over the demo space: every page by id, whoever asks (the host does not check
 * permissions here either); null for an unknown id.
 */
public final class ConfluencePages implements PageManager {
    private final DemoDirectory directory;

    public ConfluencePages(DemoDirectory directory) {
        this.directory = directory;
    }

    @Override
    public AbstractPage getAbstractPage(long id) {
        return DemoPage.byId(id).map(this::page).orElse(null);
    }

    /** Every page of the demo space, in sidebar order. */
    public List<ConfluencePage> all() {
        return DemoPage.all().stream().map(this::page).toList();
    }

    public ConfluencePage page(DemoPage page) {
        return new ConfluencePage(page, directory.byUsername(page.creator()).map(ConfluenceUserOf::new).orElse(null));
    }
}
