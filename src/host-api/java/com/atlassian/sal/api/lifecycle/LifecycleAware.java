package com.atlassian.sal.api.lifecycle;

/**
 * Host declaration (compile only): SAL calls onStart() once the host and the plugin are up and onStop() when the plugin is disabled; the bean must be exported as an OSGi service under this interface.
 * Mirrors sal-api 5.1.4 (ngannk-fptu/Decompiled-Files com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/lifecycle/LifecycleAware.java; all abstract methods); SAL 6 (Platform 7/8) unverified.
 */
public interface LifecycleAware {
    void onStart();

    void onStop();
}
