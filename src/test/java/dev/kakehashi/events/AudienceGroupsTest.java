package dev.kakehashi.events;

import static org.junit.Assert.assertEquals;

import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.admin.ao.AoDepartment;
import dev.kakehashi.admin.ao.AoDepartmentGroup;
import dev.kakehashi.events.ao.AoAudienceGroup;
import dev.kakehashi.platform.Problem;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.FakePeople;
import dev.kakehashi.testing.MemoryCaches;
import dev.kakehashi.testing.Rejections;
import dev.kakehashi.testing.TestDatabase;
import java.util.List;
import java.util.Locale;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Sites and cohorts as administrators map them, and a reader's audience keys. */
public class AudienceGroupsTest {
    private final FakePeople people = EventPeople.people();
    private EntityManagerActiveObjects ao;
    private AudienceGroups audiences;

    @Before
    public void open() {
        ao = TestDatabase.open(AoAudienceGroup.class, AoDepartment.class, AoDepartmentGroup.class);
        MemoryCaches caches = new MemoryCaches();
        DepartmentService departments = EventPeople.departments(ao, people, caches);
        audiences = new AudienceGroups(new dev.kakehashi.events.ao.AoAudienceGroupStore(ao), departments,
                people.groups(g -> !g.equals("no-such-group")), people, caches);
    }

    @After
    public void close() {
        TestDatabase.close(ao);
    }

    private static List<String> fields(List<Problem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    public void aReadersKeysAreTheirDepartmentsThenTheSitesAndCohortsOfTheirGroups() {
        audiences.save("site", "osaka", new AudienceGroups.Input("Osaka office", "大阪支社", "osaka-office"));
        audiences.save("cohort", "2020", new AudienceGroups.Input("Joined 2020", "2020年入社", "joined-2020"));

        assertEquals(List.of("support", "site:osaka"), audiences.keysOf(FakePeople.key("yamada")));
        assertEquals(List.of("it", "cohort:2020"), audiences.keysOf(FakePeople.key("kobayashi")));
        assertEquals(List.of("sales"), audiences.keysOf(FakePeople.key("ito")));
        assertEquals("大阪支社", audiences.label("site:osaka", Locale.JAPANESE));
        assertEquals("Joined 2020", audiences.label("cohort:2020", Locale.ENGLISH));
        assertEquals("営業", audiences.label("sales", Locale.JAPANESE));
        assertEquals("a removed one shows its key", "site:nagoya", audiences.label("site:nagoya", Locale.ENGLISH));
    }

    @Test
    public void aChangeIsSeenAtOnceThroughTheCache() {
        audiences.save("site", "osaka", new AudienceGroups.Input("Osaka", "大阪", "osaka-office"));
        assertEquals(List.of("support", "site:osaka"), audiences.keysOf(FakePeople.key("yamada")));

        audiences.save("site", "osaka", new AudienceGroups.Input("Osaka", "大阪", "joined-2020"));

        assertEquals(List.of("support"), audiences.keysOf(FakePeople.key("yamada")));
        assertEquals(List.of("it", "site:osaka"), audiences.keysOf(FakePeople.key("kobayashi")));
        audiences.remove("site", "osaka");
        assertEquals(List.of("it"), audiences.keysOf(FakePeople.key("kobayashi")));
    }

    @Test
    public void everyProblemIsReportedOnItsField() {
        assertEquals(List.of("key:kakehashi.error.key.format", "nameEn:kakehashi.error.required",
                        "hostGroup:kakehashi.error.group.unknown"),
                fields(Rejections.problems(() -> audiences.save("site", "Osaka!", new AudienceGroups.Input("",
                        "大阪", "no-such-group")), Rejection.Reason.INVALID)));
        assertEquals("25 characters do not fit with the prefix", List.of("key:kakehashi.error.too.long"),
                fields(Rejections.problems(() -> audiences.save("cohort", "a".repeat(25),
                        new AudienceGroups.Input("A", "A", "joined-2020")), Rejection.Reason.INVALID)));
        audiences.save("cohort", "a".repeat(24), new AudienceGroups.Input("A", "A", "joined-2020"));
        Rejections.problems(() -> audiences.save("department", "x", new AudienceGroups.Input("X", "X", "it")),
                Rejection.Reason.NOT_FOUND);
        Rejections.problems(() -> audiences.remove("site", "nagoya"), Rejection.Reason.NOT_FOUND);
        assertEquals(1, audiences.list().size());
    }

    @Test
    public void noMoreThanTheLimitButAnExistingOneMayStillChange() {
        for (int i = 0; i < AudienceGroups.MAX_GROUPS; i++) {
            audiences.save("cohort", "c" + i, new AudienceGroups.Input("C", "C", "joined-2020"));
        }

        assertEquals(List.of("key:kakehashi.events.audience.error.many"), fields(Rejections.problems(
                () -> audiences.save("site", "one-more", new AudienceGroups.Input("S", "S", "osaka-office")),
                Rejection.Reason.INVALID)));
        audiences.save("cohort", "c0", new AudienceGroups.Input("C0", "C0", "joined-2020"));
        assertEquals("C0", audiences.list(AudienceGroup.Kind.COHORT).get(0).nameEn());
    }
}
