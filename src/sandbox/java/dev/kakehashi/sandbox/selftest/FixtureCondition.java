package dev.kakehashi.sandbox.selftest;

import com.atlassian.plugin.web.Condition;
import java.util.Map;

/**
 * A condition of the self-test descriptor: shows when its {@code show} parameter says so.
 */
public class FixtureCondition implements Condition {
    private boolean show;

    @Override
    public void init(Map<String, String> params) {
        show = Boolean.parseBoolean(params.get("show"));
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return show;
    }
}
