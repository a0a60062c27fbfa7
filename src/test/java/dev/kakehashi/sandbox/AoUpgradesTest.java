package dev.kakehashi.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.sandbox.ao.AoUpgrades;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.DBParam;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The sandbox runs upgrade tasks as the host's AO plugin does (docs/HOST-FACTS.md §9.2). */
public class AoUpgradesTest {
    private EntityManagerActiveObjects ao;
    private final List<String> ran = new ArrayList<>();
    private final MemoryVersions versions = new MemoryVersions();

    @Before
    public void openDatabase() {
        ao = TestDatabase.open(AoSetting.class);
    }

    @After
    public void closeDatabase() {
        TestDatabase.close(ao);
    }

    @Test
    public void givenVersionZero_whenRun_thenEveryTaskRunsInVersionOrderAndTheLastVersionIsStored() {
        ModelVersion after = AoUpgrades.run(ao, versions, List.of(task("3"), task("1"), task("2")));

        assertEquals(List.of("1 from 0", "2 from 1", "3 from 2"), ran);
        assertEquals("3", after.toString());
        assertEquals("3", versions.stored);
    }

    @Test
    public void givenAStoredVersion_whenRun_thenOnlyNewerTasksRun() {
        versions.stored = "2";

        AoUpgrades.run(ao, versions, List.of(task("1"), task("2"), task("3")));

        assertEquals(List.of("3 from 2"), ran);
    }

    @Test
    public void givenATaskThatFails_whenRun_thenItsWritesAreRolledBackAndTheVersionStaysAtTheLastTaskThatWorked() {
        ActiveObjectsUpgradeTask failing = new Task("2") {
            @Override
            public void upgrade(ModelVersion current, ActiveObjects ao) {
                ao.create(AoSetting.class, new DBParam(AoSetting.NAME, "half.written"), new DBParam(AoSetting.VALUE, "x"));
                throw new IllegalStateException("copy not verified");
            }
        };

        assertThrows(IllegalStateException.class,
                () -> AoUpgrades.run(ao, versions, List.of(task("1"), failing, task("3"))));

        assertEquals("1", versions.stored);
        assertEquals(List.of("1 from 0"), ran);
        assertEquals(0, ao.count(AoSetting.class, AoSetting.NAME + " = ?", "half.written"));
    }

    @Test
    public void givenTwoTasksWithOneVersion_whenRun_thenNothingRuns() {
        assertThrows(IllegalStateException.class,
                () -> AoUpgrades.run(ao, versions, List.of(task("1"), task("1"))));
        assertEquals(List.of(), ran);
    }

    private ActiveObjectsUpgradeTask task(String version) {
        return new Task(version);
    }

    private class Task implements ActiveObjectsUpgradeTask {
        private final String version;

        Task(String version) {
            this.version = version;
        }

        @Override
        public ModelVersion getModelVersion() {
            return ModelVersion.valueOf(version);
        }

        @Override
        public void upgrade(ModelVersion current, ActiveObjects ao) {
            ran.add(version + " from " + current);
        }
    }

    private static final class MemoryVersions implements AoUpgrades.VersionStore {
        private String stored;

        @Override
        public ModelVersion current() {
            return ModelVersion.valueOf(stored);
        }

        @Override
        public void update(ModelVersion version) {
            stored = version.toString();
        }
    }
}
