package dev.kakehashi.sandbox.selftest;

import com.atlassian.plugin.web.ContextProvider;
import java.util.Map;

/**
 * A context provider of the self-test descriptor that fails on every render.
 */
public class FailingContextProvider implements ContextProvider {
    @Override
    public void init(Map<String, String> params) {
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        throw new IllegalStateException("fixture failure");
    }
}
