package dev.kakehashi.sandbox.selftest;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Components of the self-test index files ({@code selftest/lifecycle/}): SAL's lifecycle must reach only those
 * exported as {@code LifecycleAware}, and a failing {@code onStart} must not stop the others.
 */
public final class FixtureLifecycle {
    static final List<String> CALLS = new CopyOnWriteArrayList<>();

    private FixtureLifecycle() {
    }

    /** Exported under LifecycleAware by name. */
    public static class Exported implements LifecycleAware {
        @Override
        public void onStart() {
            CALLS.add("exported.onStart");
        }

        @Override
        public void onStop() {
            CALLS.add("exported.onStop");
        }
    }

    /** Exported without interfaces: under those its class implements directly, LifecycleAware among them. */
    public static class ExportedByDefault implements LifecycleAware {
        @Override
        public void onStart() {
            CALLS.add("default.onStart");
        }

        @Override
        public void onStop() {
            CALLS.add("default.onStop");
        }
    }

    /** LifecycleAware but not exported: SAL never sees it. */
    public static class NotExported implements LifecycleAware {
        @Override
        public void onStart() {
            CALLS.add("hidden.onStart");
        }

        @Override
        public void onStop() {
            CALLS.add("hidden.onStop");
        }
    }

    /** Exported; its start fails. */
    public static class Failing implements LifecycleAware {
        @Override
        public void onStart() {
            CALLS.add("failing.onStart");
            throw new IllegalStateException("fixture start failure");
        }

        @Override
        public void onStop() {
            CALLS.add("failing.onStop");
        }
    }
}
