package dev.kakehashi.goals.confluence;

import static dev.kakehashi.testing.FakePeople.key;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import dev.kakehashi.admin.DepartmentInput;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.admin.ao.AoDepartment;
import dev.kakehashi.admin.ao.AoDepartmentGroup;
import dev.kakehashi.admin.ao.AoDepartmentStore;
import dev.kakehashi.goals.GoalInput;
import dev.kakehashi.goals.GoalService;
import dev.kakehashi.goals.GoalSpaces;
import dev.kakehashi.goals.ao.AoGoal;
import dev.kakehashi.goals.ao.AoGoalItem;
import dev.kakehashi.goals.ao.AoGoalStore;
import dev.kakehashi.goals.ao.AoGoalUpdate;
import dev.kakehashi.goals.web.GoalCards;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.sandbox.host.BundleI18nResolver;
import dev.kakehashi.sandbox.plugin.PluginDescriptor;
import dev.kakehashi.sandbox.velocity.VelocityTemplateRenderer;
import dev.kakehashi.testing.FakePeople;
import dev.kakehashi.testing.MemoryCaches;
import dev.kakehashi.testing.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The shared-goals macro rendered as the host renders it: wrong parameters are told to the page's editors only, a
 * space nobody may see shows no list (the same whether it exists or not), and a timeline has its months and today.
 */
public class SharedGoalsMacroTest {
    private static final long PAGE = 65538;
    private final FakePeople people = new FakePeople().with("tanaka", "田中", "sales").with("sato", "佐藤", "sales")
            .with("kato", "加藤", "accounting");
    private EntityManagerActiveObjects ao;
    private SharedGoalsMacro macro;
    private GoalService goals;

    /** DEMO: everyone; SECRET: sales only. Everyone but kato edits the page. */
    private final GoalSpaces spaces = new GoalSpaces() {
        @Override
        public Optional<String> name(String spaceKey) {
            return Set.of("DEMO", "SECRET").contains(spaceKey) ? Optional.of(spaceKey) : Optional.empty();
        }

        @Override
        public boolean canView(String spaceKey, String userKey) {
            return spaceKey.equals("DEMO") || (spaceKey.equals("SECRET") && !userKey.equals(key("kato")));
        }

        @Override
        public Set<String> viewable(String userKey) {
            return canView("SECRET", userKey) ? Set.of("DEMO", "SECRET") : Set.of("DEMO");
        }

        @Override
        public Optional<String> spaceOfPage(long pageId, String userKey) {
            return Optional.of("DEMO");
        }

        @Override
        public boolean canEdit(String spaceKey, String userKey) {
            return canView(spaceKey, userKey);
        }

        @Override
        public boolean canEditPage(long pageId, String userKey) {
            return pageId == PAGE && !userKey.equals(key("kato"));
        }

        @Override
        public boolean canAdminister(String spaceKey, String userKey) {
            return false;
        }
    };

    @Before
    public void setUp() {
        ao = TestDatabase.open(AoGoal.class, AoGoalUpdate.class, AoGoalItem.class, AoDepartment.class,
                AoDepartmentGroup.class);
        DepartmentService departments = new DepartmentService(new AoDepartmentStore(ao), people.groups(g -> true),
                people, new MemoryCaches());
        departments.create(new DepartmentInput("sales", "Sales", "営業", List.of("sales"), null));
        departments.create(new DepartmentInput("support", "Support", "サポート", List.of(), null));
        goals = new GoalService(new AoGoalStore(ao), spaces, people, departments,
                Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneOffset.UTC));
        PluginDescriptor descriptor = PluginDescriptor.load(getClass().getClassLoader(), Product.CONFLUENCE);
        BundleI18nResolver i18n = new BundleI18nResolver(descriptor.i18nBundle().orElseThrow(),
                getClass().getClassLoader());
        LocaleResolver locales = mock(LocaleResolver.class);
        when(locales.getLocale()).thenReturn(java.util.Locale.JAPANESE);
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/confluence");
        PageBuilderService pageBuilder = mock(PageBuilderService.class);
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(mock(RequiredResources.class));
        GoalCards cards = new GoalCards(people, departments, locales, i18n, pageBuilder, application);
        macro = new SharedGoalsMacro(goals, cards, people,
                new VelocityTemplateRenderer(descriptor.velocityAllowlist(), Map.of()));
        for (String[] goal : new String[][] {{"DEMO", "2026-10-01", "2027-01-15"}, {"SECRET", "2026-09-10",
                "2027-03-31"}}) {
            goals.create(key("tanaka"), new GoalInput(goal[0], null, "目標 " + goal[0], "", null,
                    List.of(new GoalInput.ParticipantInput("sales", "sato", ""),
                            new GoalInput.ParticipantInput("support", "", "")),
                    "number", 0.0, 10.0, null, "件", null, goal[1], goal[2], null, null, null));
        }
    }

    @After
    public void tearDown() {
        TestDatabase.close(ao);
    }

    private String render(String reader, Map<String, String> parameters) throws Exception {
        people.loggedIn(reader);
        ConversionContext context = mock(ConversionContext.class);
        ContentEntityObject page = mock(ContentEntityObject.class);
        when(page.getId()).thenReturn(PAGE);
        when(context.getEntity()).thenReturn(page);
        when(context.getSpaceKey()).thenReturn("DEMO");
        when(context.getOutputType()).thenReturn("display");
        return macro.execute(parameters, null, context);
    }

    @Test
    public void wrongParametersAreToldToThePagesEditorsOnly() throws Exception {
        Map<String, String> wrong = Map.of("space", "*", "status", "great", "sort", "best", "view", "grid",
                "size", "500", "department", "nosuch");

        String editor = render("tanaka", wrong);
        String reader = render("kato", wrong);

        assertTrue(editor, editor.contains("kakehashi-goals-problems"));
        assertTrue(editor, editor.contains("status に「great」は指定できません。on-track, at-risk, off-track, done, paused"));
        assertTrue(editor, editor.contains("sort に「best」は指定できません。"));
        assertTrue(editor, editor.contains("view に「grid」は指定できません。"));
        assertTrue(editor, editor.contains("1 ページの件数に「500」は指定できません。"));
        assertTrue(editor, editor.contains("部署 nosuch はありません。"));
        assertFalse(reader, reader.contains("kakehashi-goals-problems"));
        assertFalse(reader, reader.contains("great"));
        assertTrue("the wrong values are left out: every goal the reader sees", reader.contains("目標 DEMO"));
        assertEquals(2, rows(editor));
        assertTrue(render("tanaka", Map.of()), !render("tanaka", Map.of()).contains("kakehashi-goals-problems"));
    }

    @Test
    public void aSpaceThatDoesNotExistOrCannotBeViewedShowsNoListAndNoMisleadingCount() throws Exception {
        String missing = render("tanaka", Map.of("space", "NOPE"));
        String hiddenFromKato = render("kato", Map.of("space", "SECRET"));
        String missingForKato = render("kato", Map.of("space", "NOPE"));

        assertTrue(missing, missing.contains("スペースキー NOPE のスペースはないか、閲覧できません。"));
        assertFalse("no \"0 goals\"", missing.contains("0 件"));
        assertTrue(missing.contains("この目標の一覧は表示できません。"));
        assertEquals("a reader cannot tell a space they may not view from one that does not exist",
                missingForKato.replace("NOPE", "X"), hiddenFromKato.replace("SECRET", "X"));
        assertFalse(hiddenFromKato.contains("目標 SECRET"));
        assertEquals(1, rows(render("tanaka", Map.of("space", "SECRET"))));
    }

    @Test
    public void aTimelineHasJapaneseMonthsATodayLineAndBarsColouredByStatus() throws Exception {
        String html = render("tanaka", Map.of("space", "*", "view", "timeline"));

        assertTrue(html, html.contains(">2026年9月<"));
        assertTrue("the year where it changes", html.contains(">2027年1月<"));
        assertTrue("every second month of seven", html.contains(">11月<") && !html.contains(">10月<"));
        assertTrue(html, html.contains(">3月<"));
        assertFalse("the year only where it starts or changes", html.contains(">2027年3月<"));
        assertFalse("whole months only", html.contains(">4月<"));
        assertTrue(html, html.contains("class=\"kakehashi-goals-today\""));
        assertTrue(html, html.contains("kakehashi-goals-span kakehashi-goals-span-on-track"));
        assertTrue("the text alternative", html.contains("2026年9月から2027年3月までのタイムライン（今日は 2026-11-23）"));
        assertTrue(html.contains("<time datetime=\"2026-10-01\">2026-10-01</time> – <time datetime=\"2027-01-15\">"));
    }

    private static int rows(String html) {
        Matcher m = Pattern.compile("class=\"kakehashi-goals-row\"").matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
