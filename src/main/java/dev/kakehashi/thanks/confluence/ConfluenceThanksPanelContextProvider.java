package dev.kakehashi.thanks.confluence;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.plugin.web.ContextProvider;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.web.ThanksView;
import java.util.Map;

/**
 * The thanks panel below a Confluence page: the page Confluence passes as {@code page} becomes the thanks context.
 */
public class ConfluenceThanksPanelContextProvider implements ContextProvider {
    private final ThanksView view;

    public ConfluenceThanksPanelContextProvider(ThanksView view) {
        this.view = view;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Object page = context.get("page");
        return view.panel(context, page instanceof AbstractPage p ? ThanksContext.page(p.getId()) : ThanksContext.NONE);
    }
}
