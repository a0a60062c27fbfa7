package dev.kakehashi.knowledge;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class PageDraftTest {
    private static final List<String> KNOWN = List.of("sales", "development", "support", "accounting");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private static PageDraft read(KnowledgeKind kind, Map<String, ?> fields) {
        return PageDraft.read(kind, fields, KNOWN, TODAY);
    }

    private static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    public void wizardFieldsBecomeADraft() {
        PageDraft draft = read(KnowledgeKind.RESULTS, fields("title", "  成果と学び  ", "kakehashiDepartments",
                "sales,development", "kakehashiRequest", "collab-12", "kakehashiSummary", "回答時間が半分に"));
        assertEquals("成果と学び", draft.title());
        assertEquals(List.of("sales", "development"), draft.departments());
        assertEquals("COLLAB-12", draft.requestKey());
        assertEquals("回答時間が半分に", draft.summary());
        assertEquals(TODAY, draft.date());
    }

    @Test
    public void departmentsMayArriveAsAListOrAnArrayAndOnlyKnownOnesAreKeptOnceInOrder() {
        assertEquals(List.of("support", "sales"), read(KnowledgeKind.MEETING,
                fields("kakehashiDepartments", List.of("support", "sales, support", "nosuch"))).departments());
        assertEquals(List.of("accounting"), read(KnowledgeKind.PLAN,
                fields("kakehashiDepartments", new String[] {"ACCOUNTING", "<b>x</b>"})).departments());
        assertEquals(List.of(), read(KnowledgeKind.PLAN, fields()).departments());
    }

    @Test
    public void atMostTenDepartmentsAreKept() {
        List<String> many = java.util.stream.IntStream.range(0, 15).mapToObj(i -> "d" + i).toList();
        PageDraft draft = PageDraft.read(KnowledgeKind.RESULTS, fields("kakehashiDepartments", String.join(",", many)),
                many, TODAY);
        assertEquals(many.subList(0, PageDraft.DEPARTMENTS_MAX), draft.departments());
    }

    @Test
    public void aMalformedRequestKeyIsDropped() {
        for (String bad : List.of("COLLAB", "COLLAB-0", "12-COLLAB", "COLLAB-1<script>", "COLLAB 1", "")) {
            assertNull(bad, read(KnowledgeKind.RESULTS, fields("kakehashiRequest", bad)).requestKey());
        }
        assertNull(PageDraft.requestKey("javascript:alert(1)"));
        assertEquals("AB_2-7", PageDraft.requestKey("ab_2-7"));
    }

    @Test
    public void textIsOneLineWithoutControlCharactersAndCutAtItsLimitWithoutSplittingACharacter() {
        String title = "a\nb\tc\u0000d\u2028e";
        assertEquals("a b c d e", read(KnowledgeKind.PLAN, fields("title", title)).title());
        String emoji = "x" + "😀".repeat(200);
        String cut = read(KnowledgeKind.PLAN, fields("title", emoji)).title();
        assertTrue(cut.length() <= PageDraft.TITLE_MAX);
        assertFalse("no lone surrogate", Character.isHighSurrogate(cut.charAt(cut.length() - 1)));
        assertEquals(PageDraft.SUMMARY_MAX, read(KnowledgeKind.RESULTS,
                fields("kakehashiSummary", "あ".repeat(500))).summary().length());
    }

    @Test
    public void aMeetingHasTheMeetingDateAndOtherPagesTheDayOfCreation() {
        assertEquals(LocalDate.of(2026, 11, 30), read(KnowledgeKind.MEETING,
                fields("kakehashiMeetingDate", "2026-11-30")).date());
        assertEquals(TODAY, read(KnowledgeKind.MEETING, fields("kakehashiMeetingDate", "30/11/2026")).date());
        assertEquals(TODAY, read(KnowledgeKind.RESULTS, fields("kakehashiMeetingDate", "2026-11-30")).date());
    }

    @Test
    public void kindsHaveStableKeysAndLabels() {
        assertEquals("kakehashi-owwh-plan", KnowledgeKind.PLAN.label());
        assertEquals(KnowledgeKind.MEETING, KnowledgeKind.byKey(" Meeting-Notes ").orElseThrow());
        assertTrue(KnowledgeKind.byKey("blog").isEmpty());
    }
}
