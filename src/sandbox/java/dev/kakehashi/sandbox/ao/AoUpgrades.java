package dev.kakehashi.sandbox.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Runs a plugin's AO upgrade tasks the way the host's AO plugin does (docs/HOST-FACTS.md §9.2): in model-version
 * order, only those newer than the stored version, each in its own transaction followed by storing its version, so
 * a failed task stops the run and the next start resumes from it; two tasks with one version are refused. The host
 * keeps the version in plugin settings under {@code <table prefix>_#}; the sandbox keeps it in its own settings table.
 */
public final class AoUpgrades {
    private static final Logger LOG = Logger.getLogger(AoUpgrades.class.getName());

    /** Where the current model version is kept. */
    public interface VersionStore {
        ModelVersion current();

        void update(ModelVersion version);
    }

    private AoUpgrades() {
    }

    /** Runs the tasks that are newer than the stored version; returns the version afterwards. */
    public static ModelVersion run(ActiveObjects ao, VersionStore versions, List<ActiveObjectsUpgradeTask> tasks) {
        List<ActiveObjectsUpgradeTask> sorted = new ArrayList<>(tasks);
        sorted.sort(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).getModelVersion().isSame(sorted.get(i - 1).getModelVersion())) {
                throw new IllegalStateException("There are more than one upgrade tasks with model version "
                        + sorted.get(i).getModelVersion());
            }
        }
        ModelVersion current = versions.current();
        for (ActiveObjectsUpgradeTask task : sorted) {
            if (!current.isOlderThan(task.getModelVersion())) {
                continue;
            }
            ModelVersion from = current;
            current = ao.executeInTransaction(() -> {
                task.upgrade(from, ao);
                versions.update(task.getModelVersion());
                return task.getModelVersion();
            });
            LOG.info("AO model upgraded from version " + from + " to " + current + " by " + task.getClass().getName());
        }
        return current;
    }

    /** Creates the tasks a descriptor names (the plugin's upgrade tasks take no constructor arguments). */
    public static List<ActiveObjectsUpgradeTask> instantiate(List<String> classNames, ClassLoader loader) {
        List<ActiveObjectsUpgradeTask> tasks = new ArrayList<>();
        for (String name : classNames) {
            try {
                Class<?> type = Class.forName(name, true, loader);
                if (!ActiveObjectsUpgradeTask.class.isAssignableFrom(type)) {
                    throw new IllegalStateException("<upgradeTask> " + name + " does not implement ActiveObjectsUpgradeTask");
                }
                tasks.add((ActiveObjectsUpgradeTask) type.getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("<upgradeTask> " + name + " cannot be created: " + e, e);
            }
        }
        return tasks;
    }

    /** The version kept in the product database's {@code SANDBOX_PLUGIN_SETTING} table under {@code <prefix>_#}. */
    public static VersionStore inDatabase(DataSource dataSource, String tablePrefix) {
        String key = tablePrefix + "_#";
        return new VersionStore() {
            @Override
            public ModelVersion current() {
                try (Connection c = dataSource.getConnection()) {
                    createTable(c);
                    try (PreparedStatement s = c.prepareStatement(
                            "SELECT SETTING_VALUE FROM SANDBOX_PLUGIN_SETTING WHERE SETTING_KEY = ?")) {
                        s.setString(1, key);
                        try (ResultSet r = s.executeQuery()) {
                            return ModelVersion.valueOf(r.next() ? r.getString(1) : null);
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("Cannot read the AO model version: " + e.getMessage(), e);
                }
            }

            @Override
            public void update(ModelVersion version) {
                try (Connection c = dataSource.getConnection()) {
                    createTable(c);
                    try (PreparedStatement s = c.prepareStatement(
                            "UPDATE SANDBOX_PLUGIN_SETTING SET SETTING_VALUE = ? WHERE SETTING_KEY = ?")) {
                        s.setString(1, version.toString());
                        s.setString(2, key);
                        if (s.executeUpdate() > 0) {
                            return;
                        }
                    }
                    try (PreparedStatement s = c.prepareStatement(
                            "INSERT INTO SANDBOX_PLUGIN_SETTING (SETTING_KEY, SETTING_VALUE) VALUES (?, ?)")) {
                        s.setString(1, key);
                        s.setString(2, version.toString());
                        s.executeUpdate();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("Cannot store the AO model version: " + e.getMessage(), e);
                }
            }
        };
    }

    private static void createTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS SANDBOX_PLUGIN_SETTING (SETTING_KEY VARCHAR(255) PRIMARY KEY, "
                    + "SETTING_VALUE VARCHAR(255))");
        }
    }
}
