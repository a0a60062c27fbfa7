package dev.kakehashi.profiles;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.admin.DepartmentInput;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.admin.ao.AoDepartment;
import dev.kakehashi.admin.ao.AoDepartmentGroup;
import dev.kakehashi.admin.ao.AoDepartmentStore;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Problem;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.profiles.ProfileInput.ChallengeInput;
import dev.kakehashi.profiles.ao.AoDeptProfile;
import dev.kakehashi.profiles.ao.AoDeptProfileItem;
import dev.kakehashi.profiles.ao.AoProfileStore;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.FakePeople;
import dev.kakehashi.testing.MemoryCaches;
import dev.kakehashi.testing.Rejections;
import dev.kakehashi.testing.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class ProfileServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    /** Directory lookups by user name, as a real directory would serve them one by one. */
    private int lookups;
    private final FakePeople people = new FakePeople()
            .with("tanaka", "田中 美咲", "sales")
            .with("suzuki", "鈴木 大輔", "development")
            .with("takahashi", "高橋 さくら", "development")
            .with("admin", "Administrator")
            .admin("admin");
    private EntityManagerActiveObjects ao;
    private ProfileService service;
    private DepartmentService departments;

    @Before
    public void setUp() {
        ao = TestDatabase.open(AoDeptProfile.class, AoDeptProfileItem.class, AoDepartment.class,
                AoDepartmentGroup.class);
        departments = new DepartmentService(new AoDepartmentStore(ao), people.groups(g -> true), people,
                new MemoryCaches());
        departments.create(new DepartmentInput("sales", "Sales", "営業", List.of("sales"), null));
        departments.create(new DepartmentInput("development", "Development", "開発", List.of("development"), null));
        departments.create(new DepartmentInput("old", "Old", "旧", List.of(), false));
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        People counted = (People) Proxy.newProxyInstance(People.class.getClassLoader(), new Class<?>[] {People.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("byUsername")) {
                        lookups++;
                    }
                    try {
                        return method.invoke(people, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        service = new ProfileService(new AoProfileStore(ao), departments, counted, clock);
    }

    @After
    public void tearDown() {
        TestDatabase.close(ao);
    }

    private static ProfileInput input(List<String> contacts, List<ChallengeInput> challenges, Integer version) {
        return new ProfileInput("We build", "開発します", "Prototypes", "試作", "small-poc", contacts, challenges,
                version);
    }

    private static String admin() {
        return FakePeople.key("admin");
    }

    @Test
    public void aDepartmentNobodyDescribedHasAnEmptyProfileThatOnlyAdministratorsMayWriteFirst() {
        DepartmentProfile empty = service.profile("development");

        assertEquals(0, empty.version());
        assertTrue(empty.isEmpty());
        assertFalse(service.canEdit(FakePeople.key("suzuki"), empty));
        assertTrue(service.canEdit(admin(), empty));
        Rejections.problems(() -> service.update(FakePeople.key("suzuki"), "development",
                input(List.of("suzuki"), List.of(), 0)), Rejection.Reason.FORBIDDEN);
    }

    @Test
    public void contactsChangeTheirProfileAndOthersMayNot() {
        DepartmentProfile first = service.update(admin(), "development", input(List.of("suzuki"), List.of(), 0));
        assertEquals(List.of(FakePeople.key("suzuki")), first.contactKeys());
        assertEquals(1, first.version());

        DepartmentProfile second = service.update(FakePeople.key("suzuki"), "development",
                input(List.of("suzuki", " takahashi "), List.of(), 1));
        assertEquals(2, second.version());
        assertEquals(List.of("鈴木 大輔", "高橋 さくら"), service.contacts(second).stream().map(Person::displayName)
                .toList());
        assertEquals(FakePeople.key("suzuki"), second.updatedBy());

        Rejections.problems(() -> service.update(FakePeople.key("tanaka"), "development",
                input(List.of("tanaka"), List.of(), 2)), Rejection.Reason.FORBIDDEN);
        assertEquals(2, service.profile("development").version());
    }

    @Test
    public void aChangeFromAnOlderVersionIsAConflictAndChangesNothing() {
        service.update(admin(), "development", input(List.of("suzuki"), List.of(), 0));
        service.update(admin(), "development", input(List.of("suzuki"), List.of(), 1));

        Rejections.problems(() -> service.update(FakePeople.key("suzuki"), "development",
                input(List.of(), List.of(), 1)), Rejection.Reason.CONFLICT);
        assertEquals(List.of(FakePeople.key("suzuki")), service.profile("development").contactKeys());
    }

    @Test
    public void unknownAndInactiveDepartmentsHaveNoProfile() {
        Rejections.problems(() -> service.profile("nope"), Rejection.Reason.NOT_FOUND);
        Rejections.problems(() -> service.profile("old"), Rejection.Reason.NOT_FOUND);
        Rejections.problems(() -> service.update(admin(), "old", input(List.of(), List.of(), 0)),
                Rejection.Reason.NOT_FOUND);
    }

    @Test
    public void everyProblemOfTheInputIsReportedAtOnce() {
        List<ChallengeInput> challenges = new ArrayList<>();
        challenges.add(new ChallengeInput("x".repeat(ProfileService.MAX_CHALLENGE + 1), "2026-01-01", "2026-02-01"));
        challenges.add(new ChallengeInput("見直し日なし", "2026-01-01", ""));
        challenges.add(new ChallengeInput("逆順", "2026-03-01", "2026-02-01"));
        challenges.add(new ChallengeInput("日付", "2026/01/01", "2026-02-01"));
        ProfileInput wrong = new ProfileInput("e".repeat(ProfileService.MAX_TEXT + 1), "ok", "ok", "ok", "huge-task",
                List.of("nobody"), challenges, null);

        List<Problem> problems = Rejections.problems(() -> service.update(admin(), "development", wrong),
                Rejection.Reason.INVALID);

        List<String> found = problems.stream().map(p -> p.field() + " " + p.messageKey()).toList();
        assertEquals(List.of("version kakehashi.error.required", "doesEn kakehashi.error.too.long",
                "requestKind kakehashi.profile.error.kind", "contacts kakehashi.profile.error.contact.unknown",
                "challenge-1 kakehashi.error.too.long", "challenge-2 kakehashi.profile.error.review.required",
                "challenge-3 kakehashi.profile.error.review.before.since", "challenge-4 kakehashi.profile.error.date"),
                found);
        assertEquals(0, service.profile("development").version());
    }

    @Test
    public void theLongestTextsAreAcceptedAndCountedInCharactersAsPeopleCountThem() {
        String longest = "🚀".repeat(ProfileService.MAX_TEXT);
        DepartmentProfile saved = service.update(admin(), "development", new ProfileInput(longest, longest, "", "",
                "", List.of(), List.of(new ChallengeInput("課".repeat(ProfileService.MAX_CHALLENGE), "", "2026-07-01")),
                0));

        assertEquals(longest, service.profile("development").doesJa());
        assertEquals(TODAY, saved.challenges().get(0).since());
    }

    @Test
    public void atMostTenContactsAndTenChallenges() {
        List<ChallengeInput> eleven = new ArrayList<>();
        for (int i = 0; i < ProfileService.MAX_CHALLENGES + 1; i++) {
            eleven.add(new ChallengeInput("課題" + i, "", "2026-12-01"));
        }
        List<Problem> problems = Rejections.problems(() -> service.update(admin(), "development",
                input(List.of(), eleven, 0)), Rejection.Reason.INVALID);

        assertEquals(List.of("challenges"), problems.stream().map(Problem::field).toList());
    }

    @Test
    public void tooManyContactsOrChallengesAreRefusedBeforeAnyIsLookedUpOrRead() {
        List<String> names = new ArrayList<>();
        List<ChallengeInput> challenges = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            names.add("person" + i);
            challenges.add(new ChallengeInput("課題" + i, "someday", "never"));
        }
        List<Problem> problems = Rejections.problems(() -> service.update(admin(), "development",
                input(names, challenges, 0)), Rejection.Reason.INVALID);

        assertEquals(0, lookups);
        assertEquals(List.of("contacts kakehashi.profile.error.too.many.contacts",
                "challenges kakehashi.profile.error.too.many.challenges"),
                problems.stream().map(p -> p.field() + " " + p.messageKey()).toList());

        List<String> sameTen = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            String name = "suzuki" + (i % 10 == 0 ? "" : String.valueOf(i % 10));
            sameTen.add(i % 3 == 0 ? name.toUpperCase(Locale.ROOT) : i % 3 == 1 ? name : " " + name + " ");
        }
        Rejections.problems(() -> service.update(admin(), "development", input(sameTen, List.of(), 0)),
                Rejection.Reason.INVALID);
        assertEquals("the same ten names, however often and in whatever case, are looked up once each", 10, lookups);
    }

    @Test
    public void aChallengeIsStaleOnceItsReviewDayHasPassed() {
        service.update(admin(), "development", input(List.of(), List.of(
                new ChallengeInput("期限切れ", "2026-01-01", TODAY.minusDays(1).toString()),
                new ChallengeInput("今日まで", "2026-01-01", TODAY.toString())), 0));

        List<Challenge> challenges = service.profile("development").challenges();
        assertTrue(challenges.get(0).staleOn(service.today()));
        assertFalse(challenges.get(1).staleOn(service.today()));
    }

    @Test
    public void thePeopleComeFromTheDepartmentsGroupsBoundedWithHowManyMore() {
        for (int i = 0; i < ProfileService.PEOPLE_SHOWN + 3; i++) {
            people.with("dev" + i, "開発 " + i, "development");
        }

        ProfileService.Members members = service.members("development");

        assertEquals(ProfileService.PEOPLE_SHOWN, members.shown().size());
        assertEquals(5, members.more());
        assertFalse(members.atLeast());
        assertEquals(List.of("田中 美咲"), service.members("sales").shown().stream().map(Person::displayName).toList());
        assertEquals(0, service.members("sales").more());
    }
}
