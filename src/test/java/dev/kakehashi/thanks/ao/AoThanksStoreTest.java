package dev.kakehashi.thanks.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import dev.kakehashi.thanks.Thanks;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.ThanksPage;
import dev.kakehashi.thanks.ThanksPolicy;
import dev.kakehashi.thanks.ThanksQuery;
import dev.kakehashi.thanks.ThanksStore;
import java.time.Instant;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class AoThanksStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
    private static final ThanksContext ISSUE = ThanksContext.issue(10001);
    private EntityManagerActiveObjects ao;
    private AoThanksStore store;

    @Before
    public void openDatabase() {
        ao = TestDatabase.open(AoThanks.class, AoThanksPerson.class, AoThanksDepartment.class, AoSetting.class);
        store = new AoThanksStore(ao);
    }

    @After
    public void closeDatabase() {
        TestDatabase.close(ao);
    }

    private Thanks send(String from, List<String> to, ThanksContext context, Thanks.Visibility visibility, int minute) {
        return store.insert(new Thanks(0, from, to, "", "ありがとう " + minute, "collaboration", context, visibility,
                T0.plusSeconds(60L * minute), List.of("sales"), List.of("development"), true, Thanks.State.ACTIVE));
    }

    private static ThanksQuery query(ThanksContext context, String recipient, String department, Long before, int limit) {
        return new ThanksQuery(context, recipient, null, department, null, null, null, before, limit);
    }

    private static List<String> messages(ThanksPage page) {
        return page.items().stream().map(Thanks::message).toList();
    }

    @Test
    public void aThanksRoundTripsWithEmojiAndAThousandCharacters() {
        String message = "助かりました！🙏".repeat(125);
        Thanks sent = store.insert(new Thanks(0, "JIRAUSER10001", List.of("JIRAUSER10002", "JIRAUSER10003"), "",
                message, "teamwork", ISSUE, Thanks.Visibility.PRIVATE, T0, List.of("sales"),
                List.of("development", "it"), true, Thanks.State.ACTIVE));

        Thanks read = store.find(sent.id()).orElseThrow();

        assertEquals(1000, message.codePointCount(0, message.length()));
        assertEquals(message, read.message());
        assertEquals(List.of("JIRAUSER10002", "JIRAUSER10003"), read.recipientKeys());
        assertEquals(ISSUE, read.context());
        assertEquals(Thanks.Visibility.PRIVATE, read.visibility());
        assertEquals(T0, read.createdAt());
        assertEquals(List.of("development", "it"), read.recipientDepartments());
        assertTrue(read.crossDepartment());
    }

    @Test
    public void aWholeDepartmentCanBeThanked() {
        Thanks sent = store.insert(new Thanks(0, "u1", List.of(), "support", "いつもありがとう", "", ThanksContext.NONE,
                Thanks.Visibility.PUBLIC, T0, List.of(), List.of("support"), false, Thanks.State.ACTIVE));

        Thanks read = store.find(sent.id()).orElseThrow();

        assertEquals(List.of(), read.recipientKeys());
        assertEquals("support", read.departmentKey());
        assertEquals(ThanksContext.NONE, read.context());
        assertEquals("", read.valueKey());
    }

    @Test
    public void pagesOfAContextAreNewestFirstAndContinueAtTheCursor() {
        for (int i = 0; i < 5; i++) {
            send("u1", List.of("u2"), ISSUE, Thanks.Visibility.PUBLIC, i);
        }
        send("u1", List.of("u2"), ThanksContext.issue(10002), Thanks.Visibility.PUBLIC, 9);

        ThanksPage first = store.page(query(ISSUE, null, null, null, 2), "u3");
        ThanksPage second = store.page(query(ISSUE, null, null, first.next(), 2), "u3");
        ThanksPage last = store.page(query(ISSUE, null, null, second.next(), 2), "u3");

        assertEquals(List.of("ありがとう 4", "ありがとう 3"), messages(first));
        assertEquals(List.of("ありがとう 2", "ありがとう 1"), messages(second));
        assertEquals(List.of("ありがとう 0"), messages(last));
        assertNull(last.next());
    }

    @Test
    public void privateThanksAreReadOnlyByThePeopleInThem() {
        send("u1", List.of("u2", "u3"), ISSUE, Thanks.Visibility.PRIVATE, 1);
        send("u1", List.of("u2"), ISSUE, Thanks.Visibility.PUBLIC, 2);
        send("u1", List.of("u3"), ThanksContext.issue(10002), Thanks.Visibility.PRIVATE, 3);

        assertEquals(2, store.page(query(ISSUE, null, null, null, 10), "u1").items().size());
        assertEquals(2, store.page(query(ISSUE, null, null, null, 10), "u3").items().size());
        assertEquals(List.of("ありがとう 2"), messages(store.page(query(ISSUE, null, null, null, 10), "u4")));
        assertEquals(List.of("ありがとう 2"), messages(store.page(query(ISSUE, null, null, null, 10), null)));
    }

    @Test
    public void keysThatLookLikeWildcardsDoNotMatchOtherPeople() {
        send("u1", List.of("ab_c"), ThanksContext.NONE, Thanks.Visibility.PRIVATE, 1);
        send("u1", List.of("abxc"), ThanksContext.NONE, Thanks.Visibility.PRIVATE, 2);

        assertEquals(List.of("ありがとう 1"), messages(store.page(query(ThanksContext.NONE, "ab_c", null, null, 10), "ab_c")));
        assertEquals(List.of("ありがとう 2"), messages(store.page(query(ThanksContext.NONE, null, null, null, 10), "abxc")));
    }

    @Test
    public void thanksCanBeFoundByRecipientAndByDepartment() {
        send("u1", List.of("u2"), ThanksContext.NONE, Thanks.Visibility.PUBLIC, 1);
        send("u1", List.of("u3"), ThanksContext.NONE, Thanks.Visibility.PUBLIC, 2);

        assertEquals(List.of("ありがとう 1"), messages(store.page(query(ThanksContext.NONE, "u2", null, null, 10), "x")));
        assertEquals(2, store.page(query(ThanksContext.NONE, null, "development", null, 10), "x").items().size());
        assertEquals(2, store.page(query(ThanksContext.NONE, null, "sales", null, 10), "x").items().size());
        assertEquals(0, store.page(query(ThanksContext.NONE, null, "it", null, 10), "x").items().size());
    }

    @Test
    public void aFilteredPageMergesPublicThanksWithTheReadersPrivateOnesNewestFirstAcrossPages() {
        send("u1", List.of("u2"), ThanksContext.NONE, Thanks.Visibility.PUBLIC, 0);
        send("u1", List.of("u2", "u3"), ThanksContext.NONE, Thanks.Visibility.PRIVATE, 1);
        send("u4", List.of("u2"), ThanksContext.NONE, Thanks.Visibility.PRIVATE, 2);
        send("u1", List.of("u2"), ThanksContext.NONE, Thanks.Visibility.PUBLIC, 3);
        send("u3", List.of("u2"), ThanksContext.NONE, Thanks.Visibility.PRIVATE, 4);
        send("u1", List.of("u5"), ThanksContext.NONE, Thanks.Visibility.PUBLIC, 5);

        ThanksPage first = store.page(query(ThanksContext.NONE, "u2", null, null, 2), "u3");
        ThanksPage second = store.page(query(ThanksContext.NONE, "u2", null, first.next(), 2), "u3");

        assertEquals(List.of("ありがとう 4", "ありがとう 3"), messages(first));
        assertEquals(List.of("ありがとう 1", "ありがとう 0"), messages(second));
        assertNull(second.next());
        assertEquals(List.of("ありがとう 4", "ありがとう 3", "ありがとう 2", "ありがとう 1", "ありがとう 0"),
                messages(store.page(query(ThanksContext.NONE, "u2", null, null, 10), "u2")));
        assertEquals(List.of("ありがとう 3", "ありがとう 0"),
                messages(store.page(query(ThanksContext.NONE, "u2", null, null, 10), "u5")));
    }

    @Test
    public void theDepartmentFilterMeetsEachThanksOnceAndKeepsOthersPrivateThanksOut() {
        store.insert(new Thanks(0, "u1", List.of("u2"), "", "同じ部署の中で", "", ThanksContext.NONE,
                Thanks.Visibility.PUBLIC, T0, List.of("sales"), List.of("sales"), false, Thanks.State.ACTIVE));
        send("u1", List.of("u2"), ThanksContext.NONE, Thanks.Visibility.PRIVATE, 1);
        store.insert(new Thanks(0, "u6", List.of(), "sales", "営業部の皆さんへ 🎉", "", ThanksContext.NONE,
                Thanks.Visibility.PUBLIC, T0.plusSeconds(600), List.of("it"), List.of("sales"), true,
                Thanks.State.ACTIVE));

        assertEquals(List.of("営業部の皆さんへ 🎉", "同じ部署の中で"),
                messages(store.page(query(ThanksContext.NONE, null, "sales", null, 10), "u9")));
        assertEquals(List.of("営業部の皆さんへ 🎉", "ありがとう 1", "同じ部署の中で"),
                messages(store.page(query(ThanksContext.NONE, null, "sales", null, 10), "u2")));
        assertEquals(List.of("ありがとう 1"),
                messages(store.page(query(ThanksContext.NONE, "u2", "development", null, 10), "u1")));
        assertTrue(store.anyPublicToDepartment(ThanksContext.NONE, "sales"));
        assertFalse(store.anyPublicToDepartment(ThanksContext.NONE, "it"));
    }

    @Test
    public void withdrawnAndHiddenThanksLeaveThePagesButAreKept() {
        Thanks a = send("u1", List.of("u2"), ISSUE, Thanks.Visibility.PUBLIC, 1);
        Thanks b = send("u1", List.of("u2"), ISSUE, Thanks.Visibility.PUBLIC, 2);

        store.changeState(a.id(), Thanks.State.ACTIVE, Thanks.State.WITHDRAWN, "u1", T0.plusSeconds(600));
        store.changeState(b.id(), Thanks.State.ACTIVE, Thanks.State.HIDDEN, "admin", T0.plusSeconds(900));

        assertEquals(0, store.page(query(ISSUE, null, null, null, 10), "u2").items().size());
        assertEquals(Thanks.State.HIDDEN, store.find(b.id()).orElseThrow().state());
        assertEquals(2, store.countSentSince("u1", T0));
    }

    @Test
    public void countSentSinceLooksOnlyAtTheWindow() {
        send("u1", List.of("u2"), ThanksContext.NONE, Thanks.Visibility.PUBLIC, 0);
        send("u1", List.of("u2"), ThanksContext.NONE, Thanks.Visibility.PUBLIC, 30);
        send("u9", List.of("u2"), ThanksContext.NONE, Thanks.Visibility.PUBLIC, 30);

        assertEquals(1, store.countSentSince("u1", T0.plusSeconds(60 * 10)));
        assertEquals(2, store.countSentSince("u1", T0));
    }

    @Test
    public void crossDepartmentCreditsArePublicActiveOnesOfThePeriod() {
        send("u1", List.of("u2"), ISSUE, Thanks.Visibility.PUBLIC, 1);
        send("u1", List.of("u2"), ThanksContext.NONE, Thanks.Visibility.PRIVATE, 2);
        Thanks withdrawn = send("u1", List.of("u2"), ThanksContext.NONE, Thanks.Visibility.PUBLIC, 3);
        store.changeState(withdrawn.id(), Thanks.State.ACTIVE, Thanks.State.WITHDRAWN, "u1", T0);
        store.insert(new Thanks(0, "u3", List.of("u4"), "", "同じ部署", "", ThanksContext.NONE,
                Thanks.Visibility.PUBLIC, T0, List.of("sales"), List.of("sales"), false, Thanks.State.ACTIVE));
        send("u1", List.of("u2"), ThanksContext.NONE, Thanks.Visibility.PUBLIC, 60 * 48);

        List<ThanksStore.Credit> credits = new java.util.ArrayList<>();
        store.forEachCrossDepartment(T0, T0.plusSeconds(86400), credits::add);

        assertEquals(List.of(new ThanksStore.Credit(ISSUE, List.of("sales"), List.of("development"))), credits);
    }

    @Test
    public void thanksBetweenTwoDepartmentsAreReadWithWhatAReaderCheckNeeds() {
        send("u1", List.of("u2"), ISSUE, Thanks.Visibility.PUBLIC, 1);
        send("u1", List.of("u2", "u5"), ThanksContext.NONE, Thanks.Visibility.PRIVATE, 2);
        Thanks withdrawn = send("u1", List.of("u2"), ThanksContext.NONE, Thanks.Visibility.PUBLIC, 3);
        store.changeState(withdrawn.id(), Thanks.State.ACTIVE, Thanks.State.WITHDRAWN, "u1", T0);
        send("u1", List.of("u2"), ThanksContext.NONE, Thanks.Visibility.PUBLIC, -60);
        store.insert(new Thanks(0, "u3", List.of(), "development", "開発部へ", "", ThanksContext.NONE,
                Thanks.Visibility.PUBLIC, T0, List.of("sales"), List.of(), true, Thanks.State.ACTIVE));
        List<ThanksStore.PairThanks> between = store.between("sales", "development", T0);

        ThanksStore.PairThanks secret = new ThanksStore.PairThanks(ThanksContext.NONE, false, "u1", List.of("u2", "u5"));
        assertEquals(java.util.Set.of(new ThanksStore.PairThanks(ISSUE, true, "u1", List.of("u2")), secret,
                new ThanksStore.PairThanks(ThanksContext.NONE, true, "u3", List.of())), java.util.Set.copyOf(between));
        assertEquals(3, between.size());
        assertTrue(secret.readableBy("u5"));
        assertFalse(secret.readableBy("u3"));
        assertEquals(List.of(), store.between("development", "sales", T0));
    }

    @Test
    public void onlyAnActivePublicThanksTellsThatADepartmentWasThankedInAContext() {
        send("u1", List.of("u2"), ISSUE, Thanks.Visibility.PRIVATE, 1);
        assertFalse(store.anyPublicToDepartment(ISSUE, "development"));
        Thanks open = send("u1", List.of("u2"), ISSUE, Thanks.Visibility.PUBLIC, 2);
        assertTrue(store.anyPublicToDepartment(ISSUE, "development"));
        assertFalse(store.anyPublicToDepartment(ThanksContext.issue(10002), "development"));
        store.changeState(open.id(), Thanks.State.ACTIVE, Thanks.State.WITHDRAWN, "u1", T0);
        assertFalse(store.anyPublicToDepartment(ISSUE, "development"));
    }

    @Test
    public void policyDefaultsUntilSavedAndThenKeepsWhatWasSaved() {
        AoThanksPolicyStore policies = new AoThanksPolicyStore(ao);
        assertEquals(ThanksPolicy.DEFAULT, policies.get());

        policies.save(new ThanksPolicy(false, 5, 3));
        policies.save(new ThanksPolicy(false, 7, 3));

        assertEquals(new ThanksPolicy(false, 7, 3), policies.get());
        assertFalse(policies.get().valueRequired());
    }
}
