package dev.kakehashi.goals.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.goals.Cadence;
import dev.kakehashi.goals.Goal;
import dev.kakehashi.goals.GoalStatus;
import dev.kakehashi.goals.GoalUpdate;
import dev.kakehashi.goals.GoalView;
import dev.kakehashi.goals.Measure;
import dev.kakehashi.goals.Participant;
import dev.kakehashi.testing.FakePeople;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.Test;

public class GoalCardsTest {
    private static final Instant T0 = Instant.parse("2026-09-01T00:00:00Z");

    private final I18nResolver i18n = mock(I18nResolver.class);
    private final GoalCards cards;

    public GoalCardsTest() {
        DepartmentService departments = mock(DepartmentService.class);
        when(departments.allNames()).thenReturn(List.of(new DepartmentName("sales", "Sales", "営業", true),
                new DepartmentName("support", "Support", "サポート", true)));
        LocaleResolver locales = mock(LocaleResolver.class);
        when(locales.getLocale()).thenReturn(Locale.JAPANESE);
        when(i18n.getText(anyString())).thenAnswer(call -> call.getArgument(0));
        when(i18n.getText(anyString(), any(Serializable[].class))).thenAnswer(call -> call.getArgument(0));
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/confluence");
        cards = new GoalCards(new FakePeople().with("tanaka", "田中 美咲", "sales"), departments, locales, i18n,
                mock(PageBuilderService.class), application);
    }

    private static GoalView view(List<GoalUpdate> history, double current, LocalDate start, LocalDate due) {
        Goal goal = new Goal(7, "DEMO", 65538, "問い合わせを半分に", "", FakePeople.key("tanaka"),
                List.of(new Participant("sales", FakePeople.key("tanaka"), "資料"), new Participant("support", "", "")),
                Measure.number(120, 60, current, "件"), start, due, GoalStatus.AT_RISK, Cadence.WEEKLY, List.of("q4"),
                T0, T0, T0, history.size() - 1);
        return new GoalView(goal, "デモ", goal.measure().progress(), true, LocalDate.of(2026, 9, 8), true, history);
    }

    private static GoalUpdate update(int version, double value, int day) {
        return new GoalUpdate(7, version, version == 0 ? GoalUpdate.Kind.CREATED : GoalUpdate.Kind.PROGRESS, value, 0,
                GoalStatus.ON_TRACK, "", FakePeople.key("tanaka"), T0.plusSeconds(86_400L * day));
    }

    @Test
    public void theHistoryIsDrawnFromLeftToRightAndBottomToTop() {
        List<GoalUpdate> history = List.of(update(0, 120, 0), update(1, 105, 10), update(2, 90, 20),
                new GoalUpdate(7, 3, GoalUpdate.Kind.EDITED, 90, 0, GoalStatus.ON_TRACK, "", "x", T0.plusSeconds(1)));

        GoalCards.Card card = cards.card(view(history, 90, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 3, 31)));

        assertEquals(50, card.percent());
        assertEquals("edits are not points", 3, card.chartPoints().size());
        assertEquals("0.0,60.0 120.0,45.0 240.0,30.0", card.chartLine());
        org.mockito.Mockito.verify(i18n).getText("kakehashi.goals.chart.point.number", "2026-09-21", "90", "60", "件",
                50);
        assertEquals("aui-lozenge-moved", card.lozenge());
        assertEquals(List.of("営業", "サポート"), card.participants().stream().map(GoalCards.ParticipantRow::department)
                .toList());
        assertEquals("田中 美咲", card.participants().get(0).contact());
        assertEquals("/confluence/pages/viewpage.action?pageId=65538", card.pageUrl());
        assertEquals("90", card.currentValue());
    }

    @Test
    public void aTimelinePlacesTheGoalBetweenItsStartAndDue() {
        GoalCards.Card card = cards.card(view(List.of(update(0, 120, 0)), 120, LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 1)), LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 1));

        assertEquals("24.6", card.timelineLeft());
        assertEquals("50.0", card.timelineWidth());
        assertEquals("one point sits in the middle", "120.0,60.0", card.chartLine());
    }
}
