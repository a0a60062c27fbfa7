package dev.kakehashi.events.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.events.Answer;
import dev.kakehashi.events.Event;
import dev.kakehashi.events.EventCard;
import dev.kakehashi.events.EventFormat;
import dev.kakehashi.events.EventMode;
import dev.kakehashi.events.EventStore;
import dev.kakehashi.events.Invitation;
import dev.kakehashi.events.Participation;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Events, their people and preparation requests on the build's database (HSQLDB, or PostgreSQL or MariaDB by
 * profile).
 */
public class AoEventStoreTest {
    private static final Instant T0 = Instant.parse("2026-12-01T03:00:00Z");
    private EntityManagerActiveObjects ao;
    private AoEventStore store;

    @Before
    public void openDatabase() {
        ao = TestDatabase.open(AoEvent.class, AoEventPerson.class, AoEventInvite.class, AoEventPreparation.class,
                AoSetting.class);
        store = new AoEventStore(ao);
    }

    @After
    public void closeDatabase() {
        TestDatabase.close(ao);
    }

    private static Event event(String title, int dayOffset, boolean privateEvent, List<String> audience) {
        Instant start = T0.plusSeconds(86_400L * dayOffset);
        return new Event(0, title, EventFormat.LUNCH, EventMode.HYBRID, "本社 3F 🍱", "https://meet.example/x",
                start, start.plusSeconds(3600), 8, "他部署の人と話せる 🙂", privateEvent, "lunch-club",
                List.of("ito", "suzuki"), audience, "ito", T0, null);
    }

    @Test
    public void anEventKeepsOnePreparationRequestTheFirstRecorded() {
        Event lunch = store.create(event("lunch", 3, false, List.of()));
        Event other = store.create(event("other", 4, false, List.of()));
        assertEquals(Optional.empty(), store.preparation(lunch.id()));

        assertTrue(store.recordPreparation(lunch.id(), "COLLAB-7", "ito", T0));
        assertFalse("a second organiser's, from another node, is refused by the database",
                store.recordPreparation(lunch.id(), "COLLAB-8", "suzuki", T0));
        assertTrue(store.recordPreparation(other.id(), "COLLAB-9", "suzuki", T0));

        assertEquals(Optional.of("COLLAB-7"), store.preparation(lunch.id()));
        assertEquals(Optional.of("COLLAB-9"), store.preparation(other.id()));
    }

    @Test
    public void anEventRoundTripsWithItsOrganisersAndAudienceByteForByte() {
        String longGain = "学".repeat(10_000);
        Event written = store.create(new Event(0, "ランチ会 🍙 <b>", EventFormat.BOOK_CLUB, EventMode.ONLINE, "",
                "https://meet.example/a?b=c&d", T0, T0.plusSeconds(5400), 0, longGain, true, "",
                List.of("ito", "suzuki"), List.of("sales", "development"), "ito", T0, null));

        Event read = store.find(written.id()).orElseThrow();

        assertEquals(written, read);
        assertEquals(10_000, read.gain().length());
        assertTrue(store.find(written.id() + 1000).isEmpty());
    }

    @Test
    public void upcomingListsAnnouncedPublicEventsAndOnlyTheReadersPrivateOnesSoonestFirst() {
        Event later = store.create(event("later", 3, false, List.of()));
        Event sooner = store.create(event("sooner", 1, false, List.of()));
        Event past = store.create(event("past", -2, false, List.of()));
        Event secret = store.create(event("secret", 2, true, List.of("sales")));
        Event unannounced = store.create(event("draft", 2, false, List.of()));
        for (Event e : List.of(later, sooner, past, secret)) {
            assertTrue(store.announce(e.id(), T0));
        }
        assertFalse("announced only once", store.announce(later.id(), T0.plusSeconds(5)));

        List<String> stranger = store.upcoming(T0, Set.of(), Set.of(), 20).stream().map(EventCard::title).toList();
        List<String> audience = store.upcoming(T0, Set.of("marketing", "sales"), Set.of(), 20).stream()
                .map(EventCard::title).toList();
        List<String> otherDepartment = store.upcoming(T0, Set.of("sale"), Set.of(), 20).stream()
                .map(EventCard::title).toList();
        List<String> organiser = store.upcoming(T0, Set.of(), Set.of(unannounced.id()), 20).stream()
                .map(EventCard::title).toList();

        assertEquals(List.of("sooner", "later"), stranger);
        assertEquals(List.of("sooner", "secret", "later"), audience);
        assertEquals("a key is matched whole, not as a prefix", List.of("sooner", "later"), otherDepartment);
        assertEquals(List.of("sooner", "draft", "later"), organiser);
        assertEquals(1, store.upcoming(T0, Set.of(), Set.of(), 1).size());
    }

    @Test
    public void heldEventsComeWithTheirCheckInsAndInPublicOnlyTheAnnouncedPublicOnes() {
        Event open = store.create(event("open", 1, false, List.of()));
        Event secret = store.create(event("secret", 2, true, List.of("sales")));
        Event draft = store.create(event("draft", 3, false, List.of()));
        Event later = store.create(event("later", 9, false, List.of()));
        for (Event e : List.of(open, secret, later)) {
            store.announce(e.id(), T0);
        }
        for (Event e : List.of(open, secret, draft, later)) {
            store.put(Participation.of(e.id(), Participation.Kind.ATTENDED, "tanaka", T0, "ito"));
        }
        store.put(Participation.of(open.id(), Participation.Kind.ATTENDED, "kato", T0, "ito"));
        store.put(Participation.of(open.id(), Participation.Kind.RSVP, "sato", T0, "sato"));
        Instant from = T0;
        Instant to = T0.plusSeconds(86_400L * 5);

        List<EventStore.Held> all = store.held(from, to, 10);
        List<EventStore.Held> inPublic = store.heldInPublic(from, to, 10);

        assertEquals(List.of(open.id(), secret.id(), draft.id()), all.stream().map(EventStore.Held::eventId).toList());
        assertEquals(List.of(open.id()), inPublic.stream().map(EventStore.Held::eventId).toList());
        assertEquals(Set.of("tanaka", "kato"), Set.copyOf(inPublic.get(0).attendeeKeys()));
        assertEquals(open.start(), inPublic.get(0).start());
        assertEquals(1, store.held(from, to, 1).size());
    }

    @Test
    public void upcomingEventsContinuePageByPageFromTheLastStartLeavingOutWhatWasShownOfIt() {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // two events a day: the pair of a day starts at the same moment
            Event e = store.create(event("e" + i, 1 + i / 2, false, List.of()));
            store.announce(e.id(), T0);
            ids.add(e.id());
        }
        List<EventCard> first = store.upcoming(T0, Set.of(), Set.of(), 3);
        List<EventCard> second = store.upcoming(lastStart(first), shownAtLastStart(first), Set.of(), Set.of(), 3);
        List<EventCard> third = store.upcoming(lastStart(second), shownAtLastStart(second), Set.of(), Set.of(), 3);

        List<Long> paged = new java.util.ArrayList<>();
        for (List<EventCard> page : List.of(first, second, third)) {
            page.forEach(c -> paged.add(c.id()));
        }
        assertEquals("every event once", Set.copyOf(ids), Set.copyOf(paged));
        assertEquals(ids.size(), paged.size());
        assertEquals("soonest first", paged.stream().map(id -> store.find(id).orElseThrow().start()).sorted().toList(),
                paged.stream().map(id -> store.find(id).orElseThrow().start()).toList());
        assertEquals(1, third.size());
    }

    private static Instant lastStart(List<EventCard> page) {
        return page.get(page.size() - 1).start();
    }

    /** The events of the page that start at its last start (here no start spans more than one page). */
    private static List<Long> shownAtLastStart(List<EventCard> page) {
        return page.stream().filter(c -> c.start().equals(lastStart(page))).map(EventCard::id).toList();
    }

    @Test
    public void anUpdateWritesTheEventsOwnFieldsAndKeepsItsPeopleAndBroadcast() {
        Event lunch = store.create(event("lunch", 1, false, List.of()));
        store.announce(lunch.id(), T0);
        Instant start = T0.plusSeconds(86_400L * 2);
        Event changed = new Event(lunch.id(), "読書会 📚", EventFormat.BOOK_CLUB, EventMode.ONLINE, "",
                "https://meet.example/b", start, start.plusSeconds(5400), 12, "本を読む", true, "",
                List.of("someone-else"), List.of("sales", "it"), "nobody", T0.plusSeconds(1), null);

        assertTrue(store.update(changed));
        assertFalse(store.update(changed.withId(999_999)));

        Event read = store.find(lunch.id()).orElseThrow();
        assertEquals("読書会 📚", read.title());
        assertEquals(EventFormat.BOOK_CLUB, read.format());
        assertEquals(EventMode.ONLINE, read.mode());
        assertEquals("https://meet.example/b", read.link());
        assertEquals(start, read.start());
        assertEquals(12, read.capacity());
        assertTrue(read.privateEvent());
        assertEquals(List.of("sales", "it"), read.audience());
        assertEquals("organisers, creator and broadcast stay", List.of("ito", "suzuki"), read.organiserKeys());
        assertEquals("ito", read.createdBy());
        assertTrue(read.announced());
    }

    @Test
    public void aCancelledEventIsCancelledOnceAndLeavesTheListsAndTheHeldEvents() {
        Event lunch = store.create(event("lunch", 1, false, List.of()));
        store.announce(lunch.id(), T0);
        store.put(Participation.of(lunch.id(), Participation.Kind.ATTENDED, "tanaka", T0, "ito"));

        assertTrue(store.cancel(lunch.id(), T0.plusSeconds(60), "雨天のため 🌧"));
        assertFalse("cancelled only once", store.cancel(lunch.id(), T0.plusSeconds(120), "again"));

        Event read = store.find(lunch.id()).orElseThrow();
        assertEquals(T0.plusSeconds(60), read.cancelledAt());
        assertEquals("雨天のため 🌧", read.cancelNote());
        assertTrue(read.cancelled());
        assertTrue(store.cards(List.of(lunch.id())).get(0).cancelled());
        assertEquals(List.of(), store.upcoming(T0, List.of(), List.of(lunch.id()), 10));
        assertEquals(List.of(), store.held(T0, T0.plusSeconds(86_400L * 5), 10));
        assertEquals(List.of(), store.heldInPublic(T0, T0.plusSeconds(86_400L * 5), 10));
        assertEquals(List.of(), store.held("lunch-club", T0, T0.plusSeconds(86_400L * 5), 10));
    }

    @Test
    public void aPersonsOwnRowsAreReadNewestFirst() {
        Event a = store.create(event("a", 1, true, List.of("sales")));
        Event b = store.create(event("b", 1, false, List.of("development")));
        store.put(new Participation(b.id(), Participation.Kind.RSVP, "tanaka", Answer.YES, false, "楽しみ", true,
                false, T0, "tanaka"));
        store.put(Participation.of(a.id(), Participation.Kind.INVITEE, "tanaka", T0, "ito"));
        store.put(Participation.of(a.id(), Participation.Kind.INVITEE, "sato", T0, "ito"));

        List<Participation> rows = store.rowsOf("tanaka", 100);

        assertEquals(List.of(Participation.Kind.INVITEE, Participation.Kind.RSVP),
                rows.stream().map(Participation::kind).toList());
        assertEquals("楽しみ", rows.get(1).note());
        assertTrue(rows.get(1).showGoing());
        assertEquals(List.of("sales"), store.find(a.id()).orElseThrow().audience());
        assertEquals(1, store.rowsOf("tanaka", 1).size());
    }

    @Test
    public void putReplacesTheRowOfTheSameKindAndPutIfAbsentKeepsTheFirst() {
        Event e = store.create(event("e", 1, false, List.of()));
        assertTrue(store.put(new Participation(e.id(), Participation.Kind.RSVP, "tanaka", Answer.MAYBE, false, "",
                false, false, T0, "tanaka")));
        assertFalse(store.put(new Participation(e.id(), Participation.Kind.RSVP, "tanaka", Answer.YES, true, "n",
                true, true, T0.plusSeconds(9), "tanaka")));
        assertTrue(store.putIfAbsent(Participation.of(e.id(), Participation.Kind.REACHED, "tanaka", T0, "tanaka")));
        assertFalse(store.putIfAbsent(Participation.of(e.id(), Participation.Kind.REACHED, "tanaka", T0, "x")));

        List<Participation> rsvps = store.rows(e.id(), List.of(Participation.Kind.RSVP), 10);
        assertEquals(1, rsvps.size());
        assertEquals(Answer.YES, rsvps.get(0).answer());
        assertTrue(rsvps.get(0).waiting());
        assertEquals(T0.plusSeconds(9), rsvps.get(0).at());
        assertEquals("two organisers, the answer and the reach", 4, store.rows(e.id(), List.of(), 10).size());
        assertTrue(store.remove(e.id(), Participation.Kind.REACHED, "tanaka"));
        assertFalse(store.remove(e.id(), Participation.Kind.REACHED, "tanaka"));
    }

    @Test
    public void aPersonIsInvitedOnceAndTheInvitationMakesThemAnInvitee() {
        Event e = store.create(event("e", 1, true, List.of()));
        Invitation invitation = new Invitation(e.id(), "tanaka", "ito", "田中さん、ぜひ 🙏", "2026-11-02 ありがとう", T0,
                null, "", null);

        assertTrue(store.invite(invitation));
        assertFalse(store.invite(new Invitation(e.id(), "tanaka", "suzuki", "again", "", T0, null, "", null)));
        assertTrue(store.answer(e.id(), "tanaka", Answer.NO, "出張です", T0.plusSeconds(60)));
        assertFalse(store.answer(e.id(), "nobody", Answer.NO, "", T0));

        List<Invitation> read = store.invitations(e.id(), 10);
        assertEquals(1, read.size());
        assertEquals(new Invitation(e.id(), "tanaka", "ito", "田中さん、ぜひ 🙏", "2026-11-02 ありがとう", T0,
                Answer.NO, "出張です", T0.plusSeconds(60)), read.get(0));
        assertTrue(store.rowsOf("tanaka", 10).stream()
                .anyMatch(r -> r.kind() == Participation.Kind.INVITEE && r.eventId() == e.id()));
    }

    @Test
    public void aLongKeyIsStoredAsADigestAndStillUnique() {
        assertTrue(AoEventStore.rowKey("7:WANTED:" + "k".repeat(200)).startsWith("7:sha256:"));
        Event e = store.create(event("e", 1, false, List.of()));
        String longKey = "k".repeat(185);
        assertTrue(store.putIfAbsent(Participation.of(e.id(), Participation.Kind.WANTED, longKey, T0, "ito")));
        assertFalse(store.putIfAbsent(Participation.of(e.id(), Participation.Kind.WANTED, longKey, T0, "ito")));
        assertEquals(longKey, store.rows(e.id(), List.of(Participation.Kind.WANTED), 10).get(0).key());
        assertNull(store.cards(List.of()).stream().findFirst().orElse(null));
        assertEquals("e", store.cards(List.of(e.id(), 99_999L)).get(0).title());
    }

    @Test
    public void theBroadcastThresholdIsASettingKeptInTheCacheUntilItChanges() {
        dev.kakehashi.testing.MemoryCaches caches = new dev.kakehashi.testing.MemoryCaches();
        AoEventSettings settings = new AoEventSettings(ao, caches);
        AoEventSettings otherNode = new AoEventSettings(ao, caches);
        assertEquals(5, settings.invitationsBeforeBroadcast());
        settings.setInvitationsBeforeBroadcast(3);
        assertEquals(3, settings.invitationsBeforeBroadcast());
        assertEquals("the cache was dropped for every node", 3, otherNode.invitationsBeforeBroadcast());
        dev.kakehashi.platform.ao.AoSettingRows.put(ao, AoEventSettings.INVITATIONS, "7");
        assertEquals("read from the cache, not the database", 3, settings.invitationsBeforeBroadcast());
    }
}
