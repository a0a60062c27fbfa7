package dev.kakehashi.thanks.confluence;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.plugin.web.Condition;
import java.util.Map;

/**
 * Confluence renders {@code atl.general} panels on many screens; the thanks panel belongs only where a page is shown.
 */
public class PageViewCondition implements Condition {
    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return context.get("page") instanceof AbstractPage;
    }
}
