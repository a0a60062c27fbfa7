package dev.kakehashi.goals.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.goals.Cadence;
import dev.kakehashi.goals.Goal;
import dev.kakehashi.goals.GoalStatus;
import dev.kakehashi.goals.GoalUpdate;
import dev.kakehashi.goals.GoalView;
import dev.kakehashi.goals.Measure;
import dev.kakehashi.goals.Participant;
import dev.kakehashi.sandbox.host.BundleI18nResolver;
import dev.kakehashi.sandbox.plugin.PluginDescriptor;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.velocity.VelocityTemplateRenderer;
import dev.kakehashi.testing.FakePeople;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * The goal templates rendered as the host renders them (Velocity 1.7, the host's escaping and method allowlist).
 */
public class GoalTemplatesTest {
    private static final Instant T0 = Instant.parse("2026-09-01T00:00:00Z");
    private static final Pattern FORM = Pattern.compile("<form\\b.*?</form>", Pattern.DOTALL);
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");
    private static final Pattern FOR = Pattern.compile("\\sfor=\"([^\"]*)\"");

    final GoalCards cards;
    final VelocityTemplateRenderer renderer;

    public GoalTemplatesTest() {
        PluginDescriptor descriptor = PluginDescriptor.load(getClass().getClassLoader(), Product.CONFLUENCE);
        BundleI18nResolver i18n = new BundleI18nResolver(descriptor.i18nBundle().orElseThrow(),
                getClass().getClassLoader());
        renderer = new VelocityTemplateRenderer(descriptor.velocityAllowlist(), Map.of());
        DepartmentService departments = mock(DepartmentService.class);
        List<DepartmentName> names = List.of(new DepartmentName("sales", "Sales", "営業", true),
                new DepartmentName("support", "Support", "サポート", true));
        when(departments.allNames()).thenReturn(names);
        when(departments.activeNames()).thenReturn(names);
        LocaleResolver locales = mock(LocaleResolver.class);
        when(locales.getLocale()).thenReturn(Locale.JAPANESE);
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/confluence");
        PageBuilderService pageBuilder = mock(PageBuilderService.class);
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(mock(RequiredResources.class));
        cards = new GoalCards(new FakePeople().with("tanaka", "田中 美咲", "sales"), departments, locales, i18n,
                pageBuilder, application);
    }

    static GoalView view(long id, Measure measure, GoalStatus status, boolean overdue) {
        Goal goal = new Goal(id, "DEMO", 0, "目標 " + id, "", FakePeople.key("tanaka"),
                List.of(new Participant("sales", FakePeople.key("tanaka"), "資料"), new Participant("support", "", "")),
                measure, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 3, 31), status, Cadence.WEEKLY, List.of(),
                T0, T0, T0, 0);
        return new GoalView(goal, "デモ", measure.progress(), overdue, LocalDate.of(2026, 9, 8), true,
                List.of(new GoalUpdate(id, 0, GoalUpdate.Kind.CREATED, measure.current(), 0, status, "",
                        FakePeople.key("tanaka"), T0)));
    }

    String render(String fragment, Map<String, Object> extra) {
        Map<String, Object> model = cards.common();
        model.putAll(extra);
        return renderer.renderFragment(fragment, model);
    }

    @Test
    public void twoEditableCardsHaveDistinctIdsAndEveryLabelPointsIntoItsOwnForm() {
        List<GoalCards.Card> two = List.of(
                cards.card(view(7, Measure.number(0, 10, 3, "件"), GoalStatus.ON_TRACK, false)),
                cards.card(view(8, Measure.number(0, 10, 5, "件"), GoalStatus.AT_RISK, false)));

        String html = render("#foreach ($card in $two)#parse(\"templates/goals/goal-card.vm\")#end",
                Map.of("two", two, "interactive", true));

        List<String> ids = new ArrayList<>();
        Matcher id = ID.matcher(html);
        while (id.find()) {
            ids.add(id.group(1));
        }
        assertTrue("the edit forms are there", ids.contains("kakehashi-goal-edit-7-title"));
        assertTrue(ids.contains("kakehashi-goal-edit-8-title"));
        Set<String> seen = new HashSet<>();
        for (String each : ids) {
            assertFalse("an id holds an unrendered reference: " + each, each.contains("$"));
            assertTrue("id repeated: " + each, seen.add(each));
        }
        Matcher form = FORM.matcher(html);
        int forms = 0;
        while (form.find()) {
            forms++;
            String inside = form.group();
            Set<String> local = new HashSet<>();
            Matcher localId = ID.matcher(inside);
            while (localId.find()) {
                local.add(localId.group(1));
            }
            Matcher label = FOR.matcher(inside);
            while (label.find()) {
                assertTrue("label for " + label.group(1) + " points outside its form", local.contains(label.group(1)));
            }
        }
        assertEquals("an update and an edit form per card", 4, forms);
    }

    @Test
    public void aDecreasingMeasureReadsAsTheValueNowTheTargetAndTheDirection() {
        GoalView down = view(9, Measure.number(120, 60, 90, "件"), GoalStatus.ON_TRACK, false);
        GoalView up = view(10, Measure.number(0, 30, 12, "件"), GoalStatus.ON_TRACK, false);

        String html = render("#foreach ($card in $two)#parse(\"templates/goals/goal-card.vm\")#end",
                Map.of("two", List.of(cards.card(down), cards.card(up)), "interactive", false));

        assertTrue(html, html.contains("現在 90件 → 目標 60件（減らす）"));
        assertTrue(html, html.contains("現在 12件 → 目標 30件（増やす）"));
        assertFalse("never the start over the target", html.contains("90 / 60"));
        GoalCards.Card card = cards.card(new GoalView(down.goal(), "デモ", 0.5, false, LocalDate.of(2026, 9, 8), true,
                List.of(new GoalUpdate(9, 0, GoalUpdate.Kind.CREATED, 120, 0, GoalStatus.ON_TRACK, "", "x", T0),
                        new GoalUpdate(9, 1, GoalUpdate.Kind.PROGRESS, 90, 0, GoalStatus.ON_TRACK, "", "x",
                                T0.plusSeconds(86_400)))));
        assertEquals("the tooltip tells the value and the target apart from the progress",
                "2026-09-02：90件（目標 60件・達成度 50%）", card.chartPoints().get(1).label());
    }
}
