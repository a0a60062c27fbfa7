package dev.kakehashi.admin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import dev.kakehashi.admin.ao.AoDepartment;
import dev.kakehashi.admin.ao.AoDepartmentGroup;
import dev.kakehashi.admin.ao.AoDepartmentStore;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Problem;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.MemoryCaches;
import dev.kakehashi.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class DepartmentServiceTest {
    private static final Set<String> HOST_GROUPS = Set.of("sales", "development", "marketing", "sales-managers");
    private static final Map<String, Set<String>> MEMBERS = Map.of(
            "tanaka", Set.of("sales"),
            "suzuki", Set.of("development", "sales-managers"));

    private EntityManagerActiveObjects ao;
    private DepartmentService service;
    private final MemoryCaches caches = new MemoryCaches();

    /** The host's users as far as these rules need them: group membership only. */
    private static final People PEOPLE = new People() {
        @Override
        public Optional<Person> currentUser() {
            return Optional.empty();
        }

        @Override
        public Optional<Person> byKey(String userKey) {
            return Optional.empty();
        }

        @Override
        public Optional<Person> byUsername(String username) {
            return Optional.empty();
        }

        @Override
        public boolean isAdmin(String userKey) {
            return false;
        }

        @Override
        public boolean isInGroup(String userKey, String group) {
            return MEMBERS.getOrDefault(userKey, Set.of()).contains(group);
        }
    };

    @Before
    public void setUp() {
        ao = TestDatabase.open(AoDepartment.class, AoDepartmentGroup.class);
        service = node();
    }

    /** The service as another cluster node builds it: its own objects over the same database and cluster cache. */
    private DepartmentService node() {
        return new DepartmentService(new AoDepartmentStore(ao), new dev.kakehashi.platform.HostGroups() {
            @Override
            public boolean exists(String groupName) {
                return HOST_GROUPS.contains(groupName);
            }

            @Override
            public List<String> memberNames(String groupName) {
                return List.of();
            }
        }, PEOPLE, caches);
    }

    @After
    public void tearDown() {
        TestDatabase.close(ao);
    }

    private static DepartmentInput input(String key, String nameEn, String nameJa, String... groups) {
        return new DepartmentInput(key, nameEn, nameJa, List.of(groups), null);
    }

    private static List<Problem> rejected(Runnable action, Rejection.Reason reason) {
        try {
            action.run();
        } catch (Rejection e) {
            assertEquals(reason, e.reason());
            return e.problems();
        }
        fail("expected a rejection for " + reason);
        return List.of();
    }

    @Test
    public void aNewDepartmentGetsAKeyFromItsEnglishNameAndGoesLast() {
        service.create(input(null, "Sales", "営業", "sales"));

        Department created = service.create(input("", "Customer Support", "カスタマーサポート"));

        assertEquals("customer-support", created.key());
        assertEquals(1, created.position());
        assertTrue(created.active());
    }

    @Test
    public void derivedKeysNeverCollideAndNeverTakeTheReservedWord() {
        service.create(input(null, "Sales", "営業"));
        Department second = service.create(input(null, "Sales!", "営業2"));
        Department reserved = service.create(input(null, "Order", "受注"));

        assertEquals("sales-2", second.key());
        assertEquals("order-2", reserved.key());
    }

    @Test
    public void aJapaneseOnlyEnglishNameStillGivesAValidKey() {
        Department created = service.create(input(null, "総務", "総務"));

        assertEquals("department", created.key());
    }

    @Test
    public void namesAreTrimmedAndRequiredInBothLanguages() {
        List<Problem> problems = rejected(() -> service.create(input(null, "  ", null)), Rejection.Reason.INVALID);

        assertEquals(List.of("nameEn", "nameJa"), problems.stream().map(Problem::field).toList());
        assertEquals("kakehashi.error.required", problems.get(0).messageKey());
    }

    @Test
    public void everyProblemIsReportedAtOnce() {
        String tooLong = "あ".repeat(101);
        List<Problem> problems = rejected(() -> service.create(input("Bad Key!", "x".repeat(101), tooLong, "no-such-group")),
                Rejection.Reason.INVALID);

        assertEquals(Set.of("nameEn", "nameJa", "groups", "key"),
                Set.copyOf(problems.stream().map(Problem::field).toList()));
    }

    @Test
    public void aHundredEmojiAreAHundredCharacters() {
        Department created = service.create(input(null, "Emoji", "🎉".repeat(100)));

        assertEquals(100, created.nameJa().codePointCount(0, created.nameJa().length()));
    }

    @Test
    public void duplicateNamesAreRejectedIgnoringCase() {
        service.create(input(null, "Sales", "営業"));

        List<Problem> problems = rejected(() -> service.create(input(null, "SALES", "営業")), Rejection.Reason.INVALID);

        assertEquals(List.of("nameEn", "nameJa"), problems.stream().map(Problem::field).toList());
        assertEquals("kakehashi.error.name.taken", problems.get(0).messageKey());
    }

    @Test
    public void anExplicitKeyAlreadyInUseIsRejected() {
        service.create(input("sales", "Sales", "営業"));

        List<Problem> problems = rejected(() -> service.create(input("sales", "Sales 2", "営業2")),
                Rejection.Reason.INVALID);

        assertEquals("kakehashi.error.key.taken", problems.get(0).messageKey());
    }

    @Test
    public void unknownHostGroupsAreNamedInTheProblem() {
        List<Problem> problems = rejected(() -> service.create(input(null, "Sales", "営業", "sales", "saless")),
                Rejection.Reason.INVALID);

        assertEquals("kakehashi.error.group.unknown", problems.get(0).messageKey());
        assertEquals(List.of("saless"), problems.get(0).arguments());
    }

    @Test
    public void repeatedAndBlankGroupsAreDropped() {
        Department created = service.create(input(null, "Sales", "営業", "sales", " sales ", "", "sales-managers"));

        assertEquals(List.of("sales", "sales-managers"), created.groups());
    }

    @Test
    public void updatingKeepsKeyPositionAndActiveFlagUnlessGiven() {
        service.create(input("sales", "Sales", "営業", "sales"));
        service.create(input("dev", "Development", "開発"));

        Department updated = service.update("dev", new DepartmentInput(null, "Engineering", "開発本部", List.of("development"), null));

        assertEquals("dev", updated.key());
        assertEquals(1, updated.position());
        assertTrue(updated.active());
        assertEquals("開発本部", service.list().get(1).nameJa());
    }

    @Test
    public void aDepartmentCanKeepItsOwnNameOnUpdate() {
        service.create(input("sales", "Sales", "営業"));

        Department updated = service.update("sales", new DepartmentInput(null, "Sales", "営業", List.of("sales"), false));

        assertFalse(updated.active());
    }

    @Test
    public void aFollowerChangesOnlyTheGroupsOfACopiedDepartment() {
        service.create(input("sales", "Sales", "営業", "sales"));
        service.create(input("dev", "Development", "開発"));

        Department mapped = service.updateGroups("dev", new DepartmentInput(null, " Development ", "開発",
                List.of("development", "sales"), true)).orElseThrow();
        assertEquals(List.of("development", "sales"), mapped.groups());
        assertEquals(List.of("development", "sales"), service.list().get(1).groups());
        assertEquals(1, mapped.position());
        assertEquals("名前を省いても同じ", List.of("sales"), service.updateGroups("dev",
                new DepartmentInput(null, null, null, List.of("sales"), null)).orElseThrow().groups());

        assertTrue("a name", service.updateGroups("dev", new DepartmentInput(null, "Engineering", "開発",
                List.of(), null)).isEmpty());
        assertTrue("the other name", service.updateGroups("dev", new DepartmentInput(null, null, "開発本部",
                List.of(), null)).isEmpty());
        assertTrue("the active flag", service.updateGroups("dev", new DepartmentInput(null, null, null,
                List.of(), false)).isEmpty());
        Department kept = service.list().get(1);
        assertEquals(List.of("sales"), kept.groups());
        assertEquals("開発", kept.nameJa());
        assertTrue(kept.active());
        rejected(() -> service.updateGroups("dev", new DepartmentInput(null, null, null, List.of("no-such-group"),
                null)), Rejection.Reason.INVALID);
        rejected(() -> service.updateGroups("nope", input(null, "X", "X")), Rejection.Reason.NOT_FOUND);
    }

    @Test
    public void updatingAnUnknownDepartmentIsNotFound() {
        rejected(() -> service.update("nope", input(null, "X", "X")), Rejection.Reason.NOT_FOUND);
    }

    @Test
    public void reorderMustNameEveryDepartmentOnce() {
        service.create(input("a", "A", "あ"));
        service.create(input("b", "B", "い"));

        rejected(() -> service.reorder(List.of("a")), Rejection.Reason.INVALID);
        rejected(() -> service.reorder(List.of("a", "a")), Rejection.Reason.INVALID);
        List<Department> reordered = service.reorder(List.of("b", "a"));

        assertEquals(List.of("b", "a"), reordered.stream().map(Department::key).toList());
    }

    @Test
    public void cachedNamesFollowEveryChange() {
        service.create(input("a", "A", "あ"));
        assertEquals(List.of("a"), service.activeNames().stream().map(DepartmentName::key).toList());

        service.create(input("b", "B", "い"));
        service.update("a", new DepartmentInput(null, "A2", "あ2", List.of(), false));
        assertEquals(List.of("b"), service.activeNames().stream().map(DepartmentName::key).toList());

        service.update("a", new DepartmentInput(null, "A2", "あ2", List.of(), true));
        service.reorder(List.of("b", "a"));
        assertEquals(List.of("b", "a"), service.activeNames().stream().map(DepartmentName::key).toList());
        assertEquals("あ2", service.activeNames().get(1).nameJa());
    }

    @Test
    public void aPersonBelongsToTheActiveDepartmentsOfTheirGroups() {
        service.create(input("sales", "Sales", "営業", "sales", "sales-managers"));
        service.create(input("dev", "Development", "開発", "development"));
        service.create(new DepartmentInput("old", "Old", "旧部署", List.of("development"), false));

        assertEquals(List.of("sales"), service.departmentsOf("tanaka").stream().map(Department::key).toList());
        assertEquals(List.of("sales", "dev"), service.departmentsOf("suzuki").stream().map(Department::key).toList());
        assertEquals(List.of(), service.departmentsOf("guest"));
    }

    private static List<String> keys(List<?> departments) {
        return departments.stream().map(d -> d instanceof Department dep ? dep.key() : ((DepartmentName) d).key())
                .toList();
    }

    @Test
    public void aNewDepartmentIsSeenOnEveryNode() {
        DepartmentService other = node();
        assertEquals(List.of(), other.allNames());
        assertEquals(List.of(), other.departmentsOf("tanaka"));

        service.create(input("sales", "Sales", "営業", "sales"));

        assertEquals("names", List.of("sales"), keys(other.allNames()));
        assertEquals("a person's departments", List.of("sales"), keys(other.departmentsOf("tanaka")));
    }

    @Test
    public void anUpdatedDepartmentIsSeenOnEveryNode() {
        service.create(input("sales", "Sales", "営業", "sales"));
        service.create(input("dev", "Development", "開発", "development"));
        DepartmentService other = node();
        assertEquals("営業", other.allNames().get(0).nameJa());
        assertEquals(List.of("sales"), keys(other.departmentsOf("tanaka")));

        service.update("dev", input(null, "Development", "開発本部", "development", "sales"));

        assertEquals("names", "開発本部", other.allNames().get(1).nameJa());
        assertEquals("a person's departments", List.of("sales", "dev"), keys(other.departmentsOf("tanaka")));
    }

    @Test
    public void aNewOrderIsSeenOnEveryNode() {
        service.create(input("sales", "Sales", "営業", "sales"));
        service.create(input("dev", "Development", "開発", "sales"));
        DepartmentService other = node();
        assertEquals(List.of("sales", "dev"), keys(other.activeNames()));
        assertEquals(List.of("sales", "dev"), keys(other.departmentsOf("tanaka")));

        service.reorder(List.of("dev", "sales"));

        assertEquals("names", List.of("dev", "sales"), keys(other.activeNames()));
        assertEquals("a person's departments", List.of("dev", "sales"), keys(other.departmentsOf("tanaka")));
    }
}
