package dev.kakehashi.insights.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import dev.kakehashi.admin.CompanyCalendarService;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.admin.ao.AoCompanyCalendarStore;
import dev.kakehashi.admin.ao.AoDepartment;
import dev.kakehashi.admin.ao.AoDepartmentGroup;
import dev.kakehashi.admin.ao.AoDepartmentStore;
import dev.kakehashi.admin.ao.AoHoliday;
import dev.kakehashi.admin.ao.AoHolidayStore;
import dev.kakehashi.collaboration.ao.AoRequest;
import dev.kakehashi.goals.ao.AoGoal;
import dev.kakehashi.goals.ao.AoGoalItem;
import dev.kakehashi.insights.EventAttendance;
import dev.kakehashi.insights.DepartmentMapService;
import dev.kakehashi.insights.MapPeriod;
import dev.kakehashi.insights.ao.AoDepartmentMapStore;
import dev.kakehashi.insights.ao.AoDeptMapCell;
import dev.kakehashi.insights.ao.AoDeptMapDay;
import dev.kakehashi.insights.ao.AoDeptMapMark;
import dev.kakehashi.insights.ao.AoDeptMapPerson;
import dev.kakehashi.knowledge.ao.AoKnowledgePage;
import dev.kakehashi.platform.ClusterLocks;
import dev.kakehashi.platform.HostGroups;
import dev.kakehashi.platform.Problem;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.platform.rest.EmptyJson;
import dev.kakehashi.profiles.NewRequestLink;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.FakePeople;
import dev.kakehashi.testing.MemoryCaches;
import dev.kakehashi.testing.Rejections;
import dev.kakehashi.testing.TestDatabase;
import dev.kakehashi.thanks.ao.AoThanks;
import dev.kakehashi.thanks.ao.AoThanksDepartment;
import dev.kakehashi.thanks.ao.AoThanksPerson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The map's REST resource over the real service and store (HSQLDB): which custom ranges a reader may ask for, and
 * that a refresh needs an administrator in a secure session. The host's WebSudo and locale are mocked.
 */
public class DepartmentMapResourceTest {
    /** 2026-12-07 00:30 in Tokyo (the calendar's default zone): the company's today is the 7th, in UTC the 6th. */
    private static final Instant NOW = Instant.parse("2026-12-06T15:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private final FakePeople people = new FakePeople().with("admin", "Admin").with("tanaka", "田中").admin("admin");
    private final WebSudoManager webSudo = mock(WebSudoManager.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpHeaders json = mock(HttpHeaders.class);
    private EntityManagerActiveObjects ao;
    private DepartmentMapService maps;
    private DepartmentMapResource resource;

    @Before
    public void open() {
        ao = TestDatabase.open(AoDeptMapCell.class, AoDeptMapDay.class, AoDeptMapPerson.class,
                AoDeptMapMark.class, AoSetting.class, AoThanks.class, AoThanksPerson.class,
                AoThanksDepartment.class, AoRequest.class, AoGoal.class, AoGoalItem.class, AoKnowledgePage.class,
                AoDepartment.class, AoDepartmentGroup.class, AoHoliday.class);
        MemoryCaches caches = new MemoryCaches();
        HostGroups groups = new HostGroups() {
            @Override
            public boolean exists(String groupName) {
                return true;
            }

            @Override
            public List<String> memberNames(String groupName) {
                return List.of();
            }
        };
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ClusterLocks locks = new ClusterLocks() {
            @Override
            public <T> T underLock(String name, java.util.function.Supplier<T> work) {
                return work.get();
            }
        };
        AoDepartmentMapStore store = new AoDepartmentMapStore(ao, TestDatabase.jdbc(ao));
        maps = new DepartmentMapService(store, new DepartmentService(new AoDepartmentStore(ao), groups, people,
                caches), new CompanyCalendarService(new AoCompanyCalendarStore(ao), new AoHolidayStore(ao), caches,
                clock), () -> Optional.of("/jira" + NewRequestLink.PATH), EventAttendance.NONE, caches, locks, clock);
        LocaleResolver locales = mock(LocaleResolver.class);
        when(locales.getLocale()).thenReturn(Locale.ENGLISH);
        when(json.getMediaType()).thenReturn(MediaType.APPLICATION_JSON_TYPE);
        resource = new DepartmentMapResource(people, maps, locales, webSudo);
    }

    @After
    public void close() {
        TestDatabase.close(ao);
    }

    private Problem refused(String from, String to) {
        List<Problem> problems = Rejections.problems(() -> resource.period(null, from, to), Rejection.Reason.INVALID);
        assertEquals(1, problems.size());
        return problems.get(0);
    }

    @Test
    public void aCustomRangeEndsYesterdayInTheCompanysZoneAtTheLatest() {
        assertEquals(TODAY, maps.today());
        LocalDate yesterday = TODAY.minusDays(1);
        assertEquals(MapPeriod.custom(yesterday.minusDays(29), yesterday),
                resource.period(null, yesterday.minusDays(29).toString(), yesterday.toString()));
        Problem today = refused(TODAY.minusDays(29).toString(), TODAY.toString());
        assertEquals("to", today.field());
        assertEquals("kakehashi.insights.error.period.end", today.messageKey());
        assertEquals(List.of("2026-12-06"), today.arguments());
        assertEquals("kakehashi.insights.error.period.end",
                refused(TODAY.minusDays(100).toString(), TODAY.plusDays(20).toString()).messageKey());
    }

    @Test
    public void aCustomRangeSpansAtLeastThirtyDays() {
        LocalDate yesterday = TODAY.minusDays(1);
        Problem oneDay = refused(yesterday.toString(), yesterday.toString());
        assertEquals("from", oneDay.field());
        assertEquals("kakehashi.insights.error.period.short", oneDay.messageKey());
        assertEquals(List.of("30"), oneDay.arguments());
        assertEquals("kakehashi.insights.error.period.short",
                refused(yesterday.minusDays(28).toString(), yesterday.toString()).messageKey());
        assertEquals(30, resource.period(null, "2026-01-01", "2026-01-30").days());
        assertEquals(731, resource.period(null, "2024-01-01", "2025-12-31").days());
        assertEquals("kakehashi.insights.error.period", refused("2024-01-01", "2026-01-01").messageKey());
        assertEquals("the standard windows are unchanged", MapPeriod.standard(30, TODAY),
                resource.period("30", null, null));
    }

    @Test
    public void anAdministratorRefreshesInASecureSessionOnly() throws Exception {
        people.loggedIn("tanaka");
        Rejections.problems(() -> resource.refresh(new EmptyJson(), request, json),
                Rejection.Reason.FORBIDDEN);
        people.loggedIn("admin");
        doThrow(new WebSudoSessionException("no")).when(webSudo).willExecuteWebSudoRequest(request);
        Rejections.problems(() -> resource.refresh(new EmptyJson(), request, json),
                Rejection.Reason.UNAUTHENTICATED);
        assertNull("nothing was recomputed", maps.map("admin", MapPeriod.standard(30, TODAY), Locale.ENGLISH)
                .computedAt());

        HttpServletRequest secure = mock(HttpServletRequest.class);
        assertEquals(NOW.toString(), resource.refresh(new EmptyJson(), secure, json)
                .computedAt());
        assertNotNull(maps.map("admin", MapPeriod.standard(30, TODAY), Locale.ENGLISH).computedAt());
    }
}
