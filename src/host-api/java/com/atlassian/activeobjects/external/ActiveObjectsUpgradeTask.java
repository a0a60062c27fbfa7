package com.atlassian.activeobjects.external;

/**
 * Host declaration (compile only, never packaged): an upgrade task named by {@code <upgradeTask>} in the {@code <ao>}
 * module; the host runs it once when the stored model version is older than {@link #getModelVersion()}.
 * Mirrors activeobjects-plugin 5.2.1, com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask (docs/HOST-FACTS.md §9.2).
 */
public interface ActiveObjectsUpgradeTask {
    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
