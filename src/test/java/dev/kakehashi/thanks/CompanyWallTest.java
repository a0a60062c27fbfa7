package dev.kakehashi.thanks;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import org.junit.Test;

public class CompanyWallTest {
    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    /** A thanks of the test: which product, its id there, and its time in seconds after T0. */
    private record Card(String product, long id, long second) {
        Instant at() {
            return T0.plusSeconds(second);
        }
    }

    /**
     * A source like ThanksService.list: ids descending, {@code id < before}, and thanks the reader may not see left
     * out of a batch (the batch may then be short or empty while more follow).
     */
    private static final class Fake implements CompanyWall.Source<Card> {
        private final List<Card> cards;
        private final LongPredicate visible;
        int calls;

        Fake(List<Card> cards, LongPredicate visible) {
            this.cards = cards.stream().sorted(Comparator.comparingLong(Card::id).reversed()).toList();
            this.visible = visible;
        }

        @Override
        public CompanyWall.Batch<Card> fetch(Long before, int limit) {
            calls++;
            List<CompanyWall.Entry<Card>> out = new ArrayList<>();
            List<Card> below = cards.stream().filter(c -> before == null || c.id() < before).toList();
            int scanned = 0;
            for (Card c : below) {
                if (scanned == limit) {
                    return new CompanyWall.Batch<>(out, below.get(scanned - 1).id());
                }
                scanned++;
                if (visible.test(c.id())) {
                    out.add(new CompanyWall.Entry<>(c.id(), c.at(), c));
                }
            }
            return new CompanyWall.Batch<>(out, null);
        }
    }

    private static List<Card> cards(String product, long... idAndSecond) {
        List<Card> out = new ArrayList<>();
        for (int i = 0; i < idAndSecond.length; i += 2) {
            out.add(new Card(product, idAndSecond[i], idAndSecond[i + 1]));
        }
        return out;
    }

    /** Walks the whole wall a page of {@code size} at a time, through the cursor's text as a client sends it back. */
    private static List<Card> walk(CompanyWall.Source<Card> local, CompanyWall.Source<Card> other, int size) {
        List<Card> seen = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 200; page++) {
            CompanyWall.Page<Card> p = CompanyWall.page(CompanyWall.Cursor.parse(cursor).orElseThrow(), size,
                    local, other);
            assertTrue("a page is never longer than asked", p.items().size() <= size);
            seen.addAll(p.items());
            if (p.next() == null) {
                return seen;
            }
            cursor = p.next().text();
        }
        throw new AssertionError("the wall never ended: " + seen);
    }

    /** Interleaved times, ties inside a product and across both, and a product clock that runs behind its ids. */
    private static final List<Card> JIRA = cards("jira", 9, 100, 8, 90, 7, 90, 6, 60, 5, 55, 4, 30, 3, 30, 2, 10, 1, 5);
    private static final List<Card> CONFLUENCE = cards("confluence", 14, 95, 13, 90, 12, 90, 11, 61, 10, 30, 9, 29,
            8, 12, 7, 2);

    @Test
    public void everyPageSizeShowsEachThanksOfBothProductsOnceNewestFirstAndThisProductFirstOnTies() {
        List<Card> expected = new ArrayList<>();
        expected.addAll(JIRA);
        expected.addAll(CONFLUENCE);
        // newest first; at the same second this product's (jira's) before the other's, each in its own id order
        expected.sort(Comparator.comparingLong(Card::second).reversed()
                .thenComparing(c -> c.product().equals("jira") ? 0 : 1)
                .thenComparing(Comparator.comparingLong(Card::id).reversed()));
        for (int size = 1; size <= 20; size++) {
            List<Card> seen = walk(new Fake(JIRA, id -> true), new Fake(CONFLUENCE, id -> true), size);
            assertEquals("page size " + size, expected, seen);
        }
    }

    @Test
    public void thanksASourceLeavesOutNeverStopTheWallNorComeBack() {
        // jira leaves out 8, 7 and 6 (say private or on issues the reader cannot browse): batches come back short
        // or empty while more follow; confluence leaves out 13
        LongPredicate jiraShows = id -> id != 8 && id != 7 && id != 6;
        LongPredicate confluenceShows = id -> id != 13;
        for (int size = 1; size <= 12; size++) {
            List<Card> seen = walk(new Fake(JIRA, jiraShows), new Fake(CONFLUENCE, confluenceShows), size);
            Set<String> unique = new HashSet<>();
            seen.forEach(c -> assertTrue("shown twice: " + c, unique.add(c.product() + c.id())));
            assertEquals("page size " + size, 6 + 7, seen.size());
            assertFalse(seen.contains(new Card("jira", 7, 90)));
            assertFalse(seen.contains(new Card("confluence", 13, 90)));
            for (int i = 1; i < seen.size(); i++) {
                assertFalse("newest first at " + i + ": " + seen, seen.get(i).at().isAfter(seen.get(i - 1).at()));
            }
        }
    }

    @Test
    public void aSourceThatCannotBeAskedKeepsItsPlaceAndItsThanksComeOnceItAnswersAgain() {
        Fake local = new Fake(JIRA, id -> true);
        Fake confluence = new Fake(CONFLUENCE, id -> true);
        boolean[] down = {true};
        int[] askedWhileDown = {0};
        CompanyWall.Source<Card> other = (before, limit) -> {
            if (down[0]) {
                askedWhileDown[0]++;
                return CompanyWall.Batch.unavailableNow();
            }
            return confluence.fetch(before, limit);
        };

        CompanyWall.Page<Card> first = CompanyWall.page(CompanyWall.Cursor.START, 4, local, other);
        assertEquals("this product's thanks are shown all the same", JIRA.subList(0, 4), first.items());
        assertEquals("asked once within the page", 1, askedWhileDown[0]);
        assertEquals("the other product stays at its start", CompanyWall.Position.START, first.next().other());

        down[0] = false;
        List<Card> seen = new ArrayList<>(first.items());
        String cursor = first.next().text();
        while (cursor != null) {
            CompanyWall.Page<Card> p = CompanyWall.page(CompanyWall.Cursor.parse(cursor).orElseThrow(), 4, local,
                    other);
            seen.addAll(p.items());
            cursor = p.next() == null ? null : p.next().text();
        }
        Set<String> unique = new HashSet<>();
        seen.forEach(c -> assertTrue("shown twice: " + c, unique.add(c.product() + c.id())));
        assertTrue("every thanks of the other product is shown: " + seen, seen.containsAll(CONFLUENCE));
        assertEquals(JIRA.size() + CONFLUENCE.size(), seen.size());
    }

    @Test
    public void whileTheOtherSourceIsDownAfterThisOneEndsThePageIsEmptyButNotTheLast() {
        CompanyWall.Source<Card> down = (before, limit) -> CompanyWall.Batch.unavailableNow();
        CompanyWall.Page<Card> page = CompanyWall.page(CompanyWall.Cursor.parse("d.5").orElseThrow(), 4,
                new Fake(JIRA, id -> true), down);
        assertEquals(List.of(), page.items());
        assertEquals("asked again on the next page from the same place", "d.5", page.next().text());
    }

    @Test
    public void theLastPageHasNoCursorAndAnEmptyWallIsOnePage() {
        CompanyWall.Page<Card> page = CompanyWall.page(CompanyWall.Cursor.START, 20,
                new Fake(JIRA, id -> true), new Fake(CONFLUENCE, id -> true));
        assertEquals(17, page.items().size());
        assertNull(page.next());
        CompanyWall.Page<Card> empty = CompanyWall.page(CompanyWall.Cursor.START, 5,
                new Fake(List.of(), id -> true), new Fake(List.of(), id -> true));
        assertEquals(List.of(), empty.items());
        assertNull(empty.next());
    }

    @Test
    public void theCursorTextRoundTripsAndAnythingElseIsRefused() {
        CompanyWall.Cursor c = new CompanyWall.Cursor(new CompanyWall.Position(42L, false), CompanyWall.Position.DONE);
        assertEquals("42.d", c.text());
        assertEquals(c, CompanyWall.Cursor.parse("42.d").orElseThrow());
        assertEquals(CompanyWall.Cursor.START, CompanyWall.Cursor.parse("s.s").orElseThrow());
        assertEquals(CompanyWall.Cursor.START, CompanyWall.Cursor.parse(null).orElseThrow());
        for (String bad : List.of("42", "0.s", "-1.s", "s.x", "s.s.s", "1e3.s", "s. 3", "99999999999999999999.s")) {
            assertTrue(bad, CompanyWall.Cursor.parse(bad).isEmpty());
        }
    }
}
