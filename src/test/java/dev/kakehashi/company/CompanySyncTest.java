package dev.kakehashi.company;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.admin.CompanyRole;
import dev.kakehashi.admin.CompanyRoleService;
import dev.kakehashi.admin.CompanyValue;
import dev.kakehashi.admin.CompanyValueService;
import dev.kakehashi.admin.CopyCount;
import dev.kakehashi.admin.Department;
import dev.kakehashi.admin.DepartmentInput;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.admin.ao.AoCompanyRoleStore;
import dev.kakehashi.admin.ao.AoCompanyValue;
import dev.kakehashi.admin.ao.AoCompanyValueStore;
import dev.kakehashi.admin.ao.AoDepartment;
import dev.kakehashi.admin.ao.AoDepartmentGroup;
import dev.kakehashi.admin.ao.AoDepartmentStore;
import dev.kakehashi.platform.HostGroups;
import dev.kakehashi.platform.LinkedApplication;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.FakePeople;
import dev.kakehashi.testing.MemoryCaches;
import dev.kakehashi.testing.Rejections;
import dev.kakehashi.testing.TestDatabase;
import dev.kakehashi.thanks.Thanks;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.ThanksPolicy;
import dev.kakehashi.thanks.ThanksService;
import dev.kakehashi.thanks.ao.AoThanks;
import dev.kakehashi.thanks.ao.AoThanksDepartment;
import dev.kakehashi.thanks.ao.AoThanksPerson;
import dev.kakehashi.thanks.ao.AoThanksPolicyStore;
import dev.kakehashi.thanks.ao.AoThanksStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * A follower copies the source's departments, values and thanks policy into its own tables (real Active Objects on
 * the test database): keys stay, departments and values the source no longer has are deactivated and kept, the
 * follower's own host groups stay, and copying the same lists twice writes nothing.
 */
public class CompanySyncTest {
    private static final Instant NOW = Instant.parse("2026-12-07T01:00:00Z");
    private static final Set<String> FOLLOWER_GROUPS = Set.of("jira-sales", "jira-dev", "dev-team");

    private EntityManagerActiveObjects ao;
    private DepartmentService departments;
    private CompanyValueService values;
    private ThanksService thanks;
    private CompanyRoleService roles;
    private AoThanksStore thanksStore;
    private MutableClock clock;
    private SourceReader.Fetched answer;
    private int reads;
    private CompanySync sync;

    /** A clock the test moves on. */
    private static final class MutableClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Tokyo");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Before
    public void setUp() {
        ao = TestDatabase.open(AoDepartment.class, AoDepartmentGroup.class, AoCompanyValue.class, AoSetting.class,
                AoThanks.class, AoThanksPerson.class, AoThanksDepartment.class);
        MemoryCaches caches = new MemoryCaches();
        HostGroups groups = new HostGroups() {
            @Override
            public boolean exists(String groupName) {
                return FOLLOWER_GROUPS.contains(groupName);
            }

            @Override
            public List<String> memberNames(String groupName) {
                return List.of();
            }
        };
        clock = new MutableClock();
        departments = new DepartmentService(new AoDepartmentStore(ao), groups, new FakePeople(), caches);
        values = new CompanyValueService(new AoCompanyValueStore(ao), caches);
        thanksStore = new AoThanksStore(ao);
        thanks = new ThanksService(thanksStore, new AoThanksPolicyStore(ao), null, departments, values, null, null,
                caches, clock);
        LinkedApplication jira = new LinkedApplication() {
            @Override
            public Optional<String> displayUrl() {
                return Optional.of("https://jira.example.com");
            }

            @Override
            public String productName() {
                return "Jira";
            }

            @Override
            public Reply call(String method, String path, String jsonBody) {
                throw new AssertionError("the sync reads through its SourceReader");
            }
        };
        roles = new CompanyRoleService(new AoCompanyRoleStore(ao), jira, caches);
        sync = new CompanySync(roles, () -> {
            reads++;
            return answer;
        }, departments, values, thanks, clock);
    }

    @After
    public void tearDown() {
        TestDatabase.close(ao);
    }

    private static Department department(String key, String nameEn, String nameJa, boolean active, String... groups) {
        return new Department(key, nameEn, nameJa, List.of(groups), 0, active);
    }

    private static CompanyValue value(String key, String nameEn, String nameJa) {
        return new CompanyValue(key, nameEn, nameJa, "", "説明", "🤝", 0, true);
    }

    private void sourceHas(List<Department> sourceDepartments, List<CompanyValue> sourceValues, ThanksPolicy policy) {
        answer = SourceReader.Fetched.of(new CompanyData(sourceDepartments, sourceValues, policy));
    }

    private static final ThanksPolicy SOURCE_POLICY = new ThanksPolicy(false, 5, 30);

    @Test
    public void anInstallIsItsOwnSourceAndRefusesToSyncUntilAnAdminChooses() {
        assertEquals(CompanyRole.SOURCE, roles.role());
        Rejections.problems(() -> sync.syncNow(), Rejection.Reason.CONFLICT);
        assertEquals(0, reads);
    }

    @Test
    public void becomingAFollowerCopiesTheSourceKeepingKeysAndTheFollowersOwnGroups() {
        departments.create(new DepartmentInput("sales", "Sales (old)", "営業（旧）", List.of("jira-sales"), null));
        departments.create(new DepartmentInput("legal", "Legal", "法務", List.of(), null));
        Thanks given = thanksStore.insert(new Thanks(0, "u1", List.of("u2"), "", "ありがとう", "", ThanksContext.issue(10001),
                Thanks.Visibility.PUBLIC, NOW, List.of("legal"), List.of("sales"), true, Thanks.State.ACTIVE));
        sourceHas(List.of(department("development", "Development", "開発", true, "dev-team", "confluence-only"),
                        department("sales", "Sales", "営業", true, "confluence-sales")),
                List.of(value("collaboration", "Collaboration", "協力")), SOURCE_POLICY);

        CompanySync.Outcome outcome = sync.follow();

        assertEquals(new CopyCount(2, 2, 1), outcome.copied());
        assertTrue(roles.follower());
        assertEquals(NOW, roles.role().lastSyncedAt());
        List<Department> copied = departments.list();
        assertEquals(List.of("development", "sales", "legal"), copied.stream().map(Department::key).toList());
        assertEquals("開発", copied.get(0).nameJa());
        assertEquals("only the source's groups that exist here", List.of("dev-team"), copied.get(0).groups());
        assertEquals("営業", copied.get(1).nameJa());
        assertEquals("the follower's own mapping stays", List.of("jira-sales"), copied.get(1).groups());
        assertFalse("a department the source lacks is deactivated", copied.get(2).active());
        assertEquals("and kept with its names", "法務", copied.get(2).nameJa());
        Thanks kept = thanksStore.find(given.id()).orElseThrow();
        assertEquals(List.of("legal"), kept.senderDepartments());
        assertEquals(List.of("sales"), kept.recipientDepartments());
        assertEquals(List.of("collaboration"), values.list().stream().map(CompanyValue::key).toList());
        assertEquals(SOURCE_POLICY, thanks.policy());
        assertEquals("the source's version, not that of the follower's lists (which keep 法務)",
                answer.data().version(), roles.role().sourceVersion());
    }

    @Test
    public void syncingTheSameListsTwiceWritesNothingTheSecondTime() {
        sourceHas(List.of(department("sales", "Sales", "営業", true), department("hr", "HR", "人事", false)),
                List.of(value("collaboration", "Collaboration", "協力")), SOURCE_POLICY);
        sync.follow();
        List<Department> first = departments.list();

        clock.now = NOW.plus(Duration.ofMinutes(5));
        CompanySync.Outcome again = sync.syncNow();

        assertEquals(new CopyCount(0, 0, 0), again.copied());
        assertEquals(first, departments.list());
        assertEquals(NOW.plus(Duration.ofMinutes(5)), roles.role().lastSyncedAt());
    }

    @Test
    public void aDepartmentRemovedAtTheSourceBecomesInactiveAndComesBackWhenTheSourceHasItAgain() {
        sourceHas(List.of(department("sales", "Sales", "営業", true), department("support", "Support", "サポート", true)),
                List.of(), SOURCE_POLICY);
        sync.follow();
        sourceHas(List.of(department("sales", "Sales", "営業", true)), List.of(), SOURCE_POLICY);

        assertEquals(new CopyCount(0, 0, 1), sync.syncNow().copied());
        assertFalse(departments.list().get(1).active());
        assertEquals(List.of("sales"), departments.activeNames().stream().map(n -> n.key()).toList());

        sourceHas(List.of(department("sales", "Sales", "営業", true), department("support", "Support", "サポート", true)),
                List.of(), SOURCE_POLICY);
        assertEquals(new CopyCount(0, 1, 0), sync.syncNow().copied());
        assertTrue(departments.list().get(1).active());
    }

    @Test
    public void aFailedSyncIsRecordedKeepsTheCopyAndTheNextSuccessClearsIt() {
        sourceHas(List.of(department("sales", "Sales", "営業", true)), List.of(), SOURCE_POLICY);
        sync.follow();
        answer = SourceReader.Fetched.failed("unreachable", null);
        clock.now = NOW.plus(Duration.ofHours(1));

        CompanyRole failed = sync.syncNow().role();

        assertEquals("unreachable", failed.lastFailure());
        assertEquals(NOW, failed.lastSyncedAt());
        assertEquals(NOW.plus(Duration.ofHours(1)), failed.lastAttemptAt());
        assertEquals(List.of("sales"), departments.list().stream().map(Department::key).toList());
        assertTrue(departments.list().get(0).active());

        answer = SourceReader.Fetched.failed("needs-authorisation", "https://confluence.example.com/allow");
        CompanySync.Outcome needsPermission = sync.syncNow();
        assertEquals("needs-authorisation", needsPermission.role().lastFailure());
        assertEquals("https://confluence.example.com/allow", needsPermission.authoriseUrl());

        sourceHas(List.of(department("sales", "Sales", "営業", true)), List.of(), SOURCE_POLICY);
        CompanySync.Outcome recovered = sync.syncNow();
        assertNull(recovered.role().lastFailure());
        assertNull(recovered.authoriseUrl());
    }

    @Test
    public void followingIsRefusedWhenTheOtherProductCannotBeAskedAndNothingChanges() {
        departments.create(new DepartmentInput("sales", "Sales", "営業", List.of(), null));
        for (String failure : List.of("not-linked", "needs-authorisation", "unreachable", "not-source", "refused")) {
            answer = SourceReader.Fetched.failed(failure, "https://jira.example.com/allow");

            var problems = Rejections.problems(() -> sync.follow(), Rejection.Reason.CONFLICT);

            assertEquals("kakehashi.error.company." + failure, problems.get(0).messageKey());
            assertFalse(roles.follower());
            assertTrue(departments.list().get(0).active());
        }
    }

    @Test
    public void theAdminPageSyncsOnlyWhenTheLastAttemptIsOlderThanSixHours() {
        sourceHas(List.of(department("sales", "Sales", "営業", true)), List.of(), SOURCE_POLICY);
        sync.syncIfDue();
        assertEquals("a source never syncs", 0, reads);
        sync.follow();
        assertEquals(1, reads);

        clock.now = NOW.plus(Duration.ofHours(5));
        sync.syncIfDue();
        assertEquals(1, reads);

        clock.now = NOW.plus(Duration.ofHours(6)).plusSeconds(1);
        sync.syncIfDue();
        assertEquals(2, reads);
    }

    @Test
    public void becomingTheSourceAgainKeepsTheCopyAsItsOwnLists() {
        sourceHas(List.of(department("sales", "Sales", "営業", true)), List.of(), SOURCE_POLICY);
        sync.follow();
        Rejections.problems(() -> roles.requireSource(), Rejection.Reason.CONFLICT);

        sync.lead();

        assertFalse(roles.follower());
        roles.requireSource();
        assertEquals("営業", departments.list().get(0).nameJa());
    }
}
