package dev.kakehashi.knowledge.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import dev.kakehashi.admin.DepartmentInput;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.admin.ao.AoDepartment;
import dev.kakehashi.admin.ao.AoDepartmentGroup;
import dev.kakehashi.admin.ao.AoDepartmentStore;
import dev.kakehashi.goals.GoalSpaces;
import dev.kakehashi.knowledge.KnowledgePages;
import dev.kakehashi.knowledge.KnowledgeService;
import dev.kakehashi.knowledge.LinkState;
import dev.kakehashi.knowledge.LinkedRequest;
import dev.kakehashi.knowledge.LinkedRequests;
import dev.kakehashi.knowledge.ao.AoKnowledgeDepartment;
import dev.kakehashi.knowledge.ao.AoKnowledgePage;
import dev.kakehashi.knowledge.ao.AoKnowledgeStore;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.FakePeople;
import dev.kakehashi.testing.MemoryCaches;
import dev.kakehashi.testing.TestDatabase;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The provider as the host drives it: {@code init} with the descriptor's params, then {@code getContextMap}. */
public class KnowledgeBlueprintContextProviderTest {
    private EntityManagerActiveObjects ao;
    private KnowledgeBlueprintContextProvider provider;
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final LocaleResolver locales = mock(LocaleResolver.class);
    private LinkedRequest found;
    private FakePeople people;

    private final LinkedRequests requests = new LinkedRequests() {
        @Override
        public Optional<LinkedRequest> find(String issueKey) {
            return Optional.ofNullable(found).filter(r -> r.issueKey().equals(issueKey));
        }

        @Override
        public LinkState record(String issueKey, String pageUrl, String pageTitle) {
            throw new AssertionError("making a page records nothing");
        }

        @Override
        public LinkState recordThanks(String issueKey, long pageId) {
            throw new AssertionError("making a page passes no thanks on");
        }

        @Override
        public Optional<String> issueUrl(String issueKey) {
            return Optional.of("https://jira.example.com/browse/" + issueKey);
        }
    };

    @Before
    public void setUp() {
        ao = TestDatabase.open(AoKnowledgePage.class, AoKnowledgeDepartment.class, AoDepartment.class,
                AoDepartmentGroup.class);
        people = new FakePeople().with("suzuki", "鈴木 一郎").with("kato", "加藤 恵")
                .with("sato", "佐藤 <b>花子</b>");
        DepartmentService departments = new DepartmentService(new AoDepartmentStore(ao), people.groups(g -> true), people,
                new MemoryCaches());
        departments.create(new DepartmentInput("sales", "Sales", "営業", List.of("sales"), null));
        departments.create(new DepartmentInput("development", "Development", "開発", List.of("development"), null));
        KnowledgeService knowledge = new KnowledgeService(new AoKnowledgeStore(ao), mock(KnowledgePages.class),
                requests, departments, java.time.Clock.systemDefaultZone());
        when(locales.getLocale()).thenReturn(Locale.JAPANESE);
        when(i18n.getText(anyString())).thenAnswer(call -> "[" + call.getArgument(0) + "]");
        GoalSpaces spaces = mock(GoalSpaces.class);
        // DEMO: everyone but kato; SECRET: only kato and sato
        when(spaces.canView(anyString(), anyString())).thenAnswer(call -> "DEMO".equals(call.getArgument(0))
                ? !FakePeople.key("kato").equals(call.getArgument(1))
                : "SECRET".equals(call.getArgument(0)) && (FakePeople.key("kato").equals(call.getArgument(1))
                        || FakePeople.key("sato").equals(call.getArgument(1))));
        people.loggedIn("suzuki");
        provider = new KnowledgeBlueprintContextProvider(knowledge, requests, departments, i18n, locales, people,
                spaces);
    }

    @After
    public void tearDown() {
        TestDatabase.close(ao);
    }

    @Test
    public void withoutAKnownKindTheModuleDoesNotLoad() {
        assertThrows(PluginParseException.class, () -> provider.init(Map.of()));
        assertThrows(PluginParseException.class, () -> provider.init(Map.of("kind", "blog")));
        assertThrows(IllegalStateException.class, () -> provider.getContextMap(new HashMap<>()));
    }

    @Test
    public void theWizardsFieldsFillTheTemplateAndGiveTheLabels() {
        provider.init(Map.of("kind", "results"));
        found = new LinkedRequest("COLLAB-3", "要望を共有", "https://jira.example.com/browse/COLLAB-3", "sales",
                "development", "目的です", new LinkedRequest.Person("tanaka", "田中"),
                new LinkedRequest.Person("suzuki", "鈴木"), new LinkedRequest.Person("", ""));
        Map<String, Object> context = new HashMap<>(Map.of("title", "成果と学び", "kakehashiRequest", "collab-3",
                "kakehashiSummary", "半分に", "labelsString", "earlier"));
        Map<String, Object> filled = provider.getContextMap(context);
        assertTrue("the host's own map is filled", filled == context);
        assertEquals("営業[kakehashi.knowledge.list.separator]開発", filled.get("kakehashiDepartmentNames"));
        assertEquals("<p>目的です</p>", filled.get("kakehashiPurposeXhtml"));
        assertTrue(String.valueOf(filled.get("kakehashiRequestXhtml")).contains(
                "<a href=\"https://jira.example.com/browse/COLLAB-3\">COLLAB-3</a> 要望を共有"));
        assertEquals("earlier kakehashi-dept-sales kakehashi-dept-development kakehashi-request-collab-3",
                filled.get("labelsString"));
        assertEquals("results", filled.get("kakehashiKind"));
        assertEquals("sales,development", filled.get("kakehashiDepartments"));
        assertEquals("the wizard's title stays", "成果と学び", filled.get("title"));
    }

    @Test
    public void aResultsPageWithoutATitleIsNamedAfterItsRequestAsWhenStartedFromJira() {
        provider.init(Map.of("kind", "results"));
        when(i18n.getText(anyString(), any(java.io.Serializable[].class))).thenAnswer(call -> "[" + call.getArgument(0)
                + "]" + java.util.Arrays.stream(call.getArguments()).skip(1).map(a -> " " + a)
                .collect(java.util.stream.Collectors.joining()));
        found = new LinkedRequest("COLLAB-3", "要望を共有", "https://jira.example.com/browse/COLLAB-3", "sales",
                "development", "目的です", new LinkedRequest.Person("tanaka", "田中"),
                new LinkedRequest.Person("suzuki", "鈴木"), new LinkedRequest.Person("", ""));

        Map<String, Object> named = provider.getContextMap(new HashMap<>(Map.of("kakehashiRequest", "collab-3",
                "kakehashiDepartments", "sales,development")));
        Map<String, Object> unread = provider.getContextMap(new HashMap<>(Map.of("kakehashiRequest", "collab-4",
                "kakehashiDepartments", "sales,development")));

        assertEquals("[kakehashi.knowledge.results.wizard.default.title] 要望を共有", named.get("ContentPageTitle"));
        assertTrue("a request the creator may not read is not named: kind and date",
                String.valueOf(unread.get("ContentPageTitle")).startsWith("[kakehashi.knowledge.results.name] "));
    }

    @Test
    public void aPageWithoutATitleIsNamedAfterItsKindAndDate() {
        provider.init(Map.of("kind", "meeting-notes"));
        Map<String, Object> filled = provider.getContextMap(new HashMap<>(Map.of("kakehashiDepartments",
                "development", "kakehashiMeetingDate", "2026-12-10")));
        assertEquals("[kakehashi.knowledge.meeting.name] 2026-12-10", filled.get("ContentPageTitle"));
        assertEquals("kakehashi-dept-development", filled.get("labelsString"));
        assertTrue(String.valueOf(filled.get("kakehashiActionsXhtml")).contains("<strong>開発</strong>"));
    }

    @Test
    public void meetingNotesNameEachAttendeeWhoMayViewTheSpaceAsALinkToThePerson() {
        provider.init(Map.of("kind", "meeting-notes"));
        Map<String, Object> filled = provider.getContextMap(new HashMap<>(Map.of("spaceKey", "DEMO",
                "kakehashiDepartments", "sales,development", "kakehashiMeetingDate", "2026-12-10",
                "kakehashiAttendees", "suzuki, nobody、kato sato, suzuki")));
        assertEquals("unknown names, people who may not view the space and repeats are left out",
                "<ul><li><ac:link><ri:user ri:userkey=\"" + FakePeople.key("suzuki") + "\" /></ac:link></li>"
                        + "<li><ac:link><ri:user ri:userkey=\"" + FakePeople.key("sato") + "\" /></ac:link></li></ul>",
                filled.get("kakehashiPeopleXhtml"));

        Map<String, Object> fromTheWizard = provider.getContextMap(new HashMap<>(Map.of("kakehashiSpace", "DEMO",
                "kakehashiDepartments", "sales", "kakehashiAttendees", "kato,suzuki")));
        assertEquals("the space the wizard names when the host names none",
                "<ul><li><ac:link><ri:user ri:userkey=\"" + FakePeople.key("suzuki") + "\" /></ac:link></li></ul>",
                fromTheWizard.get("kakehashiPeopleXhtml"));

        Map<String, Object> elsewhere = provider.getContextMap(new HashMap<>(Map.of("spaceKey", "SECRET",
                "kakehashiDepartments", "sales,development", "kakehashiAttendees", "suzuki")));
        assertTrue("nobody who may not view the space is named: the guidance per department stays",
                String.valueOf(elsewhere.get("kakehashiPeopleXhtml")).contains("<strong>営業</strong>"));
    }

    private Object attendeesOf(Map<String, Object> wizard) {
        provider.init(Map.of("kind", "meeting-notes"));
        Map<String, Object> context = new HashMap<>(Map.of("kakehashiDepartments", "sales",
                "kakehashiAttendees", "kato, sato, suzuki"));
        context.putAll(wizard);
        return provider.getContextMap(context).get("kakehashiPeopleXhtml");
    }

    private static String link(String username) {
        return "<ri:user ri:userkey=\"" + FakePeople.key(username) + "\" />";
    }

    @Test
    public void aCallNamingAnotherSpaceThanTheWizardsNamesNobodyWhoCannotSeeTheWizardsSpace() {
        Object named = attendeesOf(Map.of("kakehashiSpace", "DEMO", "spaceKey", "SECRET"));
        assertFalse(String.valueOf(named).contains(link("kato")));
        assertFalse("two spaces named: nobody is named", String.valueOf(named).contains(link("suzuki")));
    }

    @Test
    public void aSpaceTheCreatorMayNotViewNamesNobody() {
        Object named = attendeesOf(Map.of("spaceKey", "SECRET"));
        assertFalse("who may view a space is not told to someone who may not", String.valueOf(named)
                .contains(link("sato")));
        assertFalse(String.valueOf(named).contains(link("kato")));
    }

    @Test
    public void withoutASpaceOrACreatorNobodyIsNamed() {
        assertFalse(String.valueOf(attendeesOf(Map.of())).contains("ri:user"));

        people.loggedIn(null);
        assertFalse(String.valueOf(attendeesOf(Map.of("kakehashiSpace", "DEMO"))).contains("ri:user"));
        people.loggedIn("suzuki");
        assertTrue("the same call by a creator who may view the space names them",
                String.valueOf(attendeesOf(Map.of("kakehashiSpace", "DEMO"))).contains(link("sato")));
    }
}
