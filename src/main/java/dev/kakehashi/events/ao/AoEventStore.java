package dev.kakehashi.events.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.events.Answer;
import dev.kakehashi.events.Event;
import dev.kakehashi.events.EventCard;
import dev.kakehashi.events.EventFormat;
import dev.kakehashi.events.EventMode;
import dev.kakehashi.events.EventStore;
import dev.kakehashi.events.Invitation;
import dev.kakehashi.events.Participation;
import dev.kakehashi.platform.ao.AoErrors;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/**
 * Events in Active Objects. A list is one statement over EVENT by its {@code START_AT} index; a person's own rows are
 * one statement over EVENT_PERSON by its {@code PERSON_KEY} index; "one row per event, kind and key" and "one
 * invitation per event and person" are unique columns, so parallel writers on several nodes cannot double them.
 */
public class AoEventStore implements EventStore {
    /** Longest unique key column (MySQL's utf8mb4 index limit). */
    static final int ROW_KEY_MAX = 190;

    private final ActiveObjects ao;

    public AoEventStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Event create(Event event) {
        return ao.executeInTransaction(() -> {
            Map<String, Object> values = new HashMap<>();
            values.put(AoEvent.TITLE, event.title());
            values.put(AoEvent.EVENT_FORMAT, event.format().name());
            values.put(AoEvent.EVENT_MODE, event.mode().name());
            values.put(AoEvent.EVENT_PLACE, event.place());
            values.put(AoEvent.EVENT_LINK, event.link());
            values.put(AoEvent.START_AT, event.start().toEpochMilli());
            values.put(AoEvent.END_AT, event.end().toEpochMilli());
            values.put(AoEvent.CAPACITY, event.capacity());
            values.put(AoEvent.GAIN, event.gain());
            values.put(AoEvent.PRIVATE_EVENT, event.privateEvent());
            values.put(AoEvent.COMMUNITY_KEY, event.communityKey());
            values.put(AoEvent.CREATED_BY, event.createdBy());
            values.put(AoEvent.CREATED_AT, event.createdAt().toEpochMilli());
            values.put(AoEvent.AUDIENCE, joined(event.audience()));
            if (event.announcedAt() != null) {
                values.put(AoEvent.ANNOUNCED_AT, event.announcedAt().toEpochMilli());
            }
            AoEvent row = ao.create(AoEvent.class, values);
            List<Map<String, Object>> people = new ArrayList<>();
            for (String key : event.organiserKeys()) {
                people.add(personValues(Participation.of(row.getID(), Participation.Kind.ORGANISER, key,
                        event.createdAt(), event.createdBy())));
            }
            if (!people.isEmpty()) {
                ao.create(AoEventPerson.class, people);
            }
            return event.withId(row.getID());
        });
    }

    @Override
    public Optional<Event> find(long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        AoEvent[] rows = ao.find(AoEvent.class, Query.select(AoEvent.SELECT).where("ID = ?", (int) id));
        if (rows.length == 0) {
            return Optional.empty();
        }
        List<String> organisers = new ArrayList<>();
        for (AoEventPerson p : ao.find(AoEventPerson.class, Query.select(AoEventPerson.SELECT)
                .where(AoEventPerson.EVENT_ID + " = ? AND " + AoEventPerson.ROW_KIND + " = ?", (int) id,
                        Participation.Kind.ORGANISER.name()).order("ID"))) {
            organisers.add(p.getPersonKey());
        }
        AoEvent row = rows[0];
        return Optional.of(new Event(row.getID(), row.getTitle(), EventFormat.valueOf(row.getEventFormat()),
                EventMode.valueOf(row.getEventMode()), text(row.getEventPlace()), text(row.getEventLink()),
                Instant.ofEpochMilli(row.getStartAt()), Instant.ofEpochMilli(row.getEndAt()), row.getCapacity(),
                text(row.getGain()), row.isPrivateEvent(), text(row.getCommunityKey()), organisers, split(row.getAudience()),
                text(row.getCreatedBy()), Instant.ofEpochMilli(row.getCreatedAt()), instant(row.getAnnouncedAt()),
                instant(row.getCancelledAt()), text(row.getCancelNote())));
    }

    @Override
    public List<EventCard> cards(Collection<Long> ids) {
        Object[] keys = ids.stream().filter(i -> i > 0 && i <= Integer.MAX_VALUE).map(Long::intValue).distinct()
                .toArray();
        if (keys.length == 0) {
            return List.of();
        }
        return Arrays.stream(ao.find(AoEvent.class, Query.select(AoEvent.CARD).where("ID IN (" + marks(keys.length)
                + ")", keys))).map(AoEventStore::card).toList();
    }

    @Override
    public List<EventCard> upcoming(Instant from, Collection<Long> shown, Collection<String> departments,
                                    Collection<Long> own, int limit) {
        List<Object> params = new ArrayList<>();
        params.add(from.toEpochMilli());
        Object[] skip = ids(shown);
        params.addAll(Arrays.asList(skip));
        params.add(false);
        StringBuilder where = new StringBuilder(AoEvent.START_AT + " >= ? AND "
                + (skip.length == 0 ? "" : "ID NOT IN (" + marks(skip.length) + ") AND ") + AoEvent.CANCELLED_AT
                + " IS NULL AND ((" + AoEvent.ANNOUNCED_AT
                + " IS NOT NULL AND (" + AoEvent.PRIVATE_EVENT + " = ?");
        for (String department : departments) {
            // the audience keys are [a-z0-9-] with a site: or cohort: prefix (InputCheck#key): no LIKE wildcard
            where.append(" OR ").append(AoEvent.AUDIENCE).append(" LIKE ?");
            params.add("%|" + department + "|%");
        }
        where.append("))");
        Object[] mine = ids(own);
        if (mine.length > 0) {
            where.append(" OR ID IN (").append(marks(mine.length)).append(')');
            params.addAll(Arrays.asList(mine));
        }
        where.append(')');
        // ordered by the indexed start time alone, so that the database walks the index and stops at the limit (a next
        // page starts at the last start shown and leaves out what was shown of it)
        return Arrays.stream(ao.find(AoEvent.class, Query.select(AoEvent.CARD).where(where.toString(),
                params.toArray()).order(AoEvent.START_AT).limit(limit))).map(AoEventStore::card).toList();
    }

    /** The columns a held event is read from. */
    private static final String HELD = String.join(", ", "ID", AoEvent.EVENT_MODE, AoEvent.EVENT_FORMAT,
            AoEvent.START_AT);

    @Override
    public List<Held> held(String communityKey, Instant from, Instant to, int limit) {
        if (communityKey == null || communityKey.isEmpty()) {
            return List.of();
        }
        return held(ao.find(AoEvent.class, Query.select(HELD)
                .where(AoEvent.COMMUNITY_KEY + " = ? AND " + AoEvent.START_AT + " >= ? AND " + AoEvent.START_AT
                        + " < ? AND " + AoEvent.CANCELLED_AT + " IS NULL", communityKey, from.toEpochMilli(),
                        to.toEpochMilli())
                .order(AoEvent.START_AT + ", ID").limit(limit)));
    }

    @Override
    public List<Held> held(Instant from, Instant to, int limit) {
        return held(ao.find(AoEvent.class, Query.select(HELD)
                .where(AoEvent.START_AT + " >= ? AND " + AoEvent.START_AT + " < ? AND " + AoEvent.CANCELLED_AT
                        + " IS NULL", from.toEpochMilli(), to.toEpochMilli()).order(AoEvent.START_AT + ", ID")
                .limit(limit)));
    }

    @Override
    public List<Held> heldInPublic(Instant from, Instant to, int limit) {
        return held(ao.find(AoEvent.class, Query.select(HELD)
                .where(AoEvent.START_AT + " >= ? AND " + AoEvent.START_AT + " < ? AND " + AoEvent.PRIVATE_EVENT
                        + " = ? AND " + AoEvent.ANNOUNCED_AT + " IS NOT NULL AND " + AoEvent.CANCELLED_AT + " IS NULL",
                        from.toEpochMilli(), to.toEpochMilli(), false).order(AoEvent.START_AT + ", ID").limit(limit)));
    }

    /** The events with the user keys of the people checked in, read by the event index in chunks. */
    private List<Held> held(AoEvent[] events) {
        Map<Integer, List<String>> attendees = new HashMap<>();
        Object[] ids = Arrays.stream(events).map(AoEvent::getID).toArray();
        for (Object[] chunk : chunks(ids)) {
            ao.stream(AoEventPerson.class, Query.select("ID, " + AoEventPerson.EVENT_ID + ", "
                    + AoEventPerson.PERSON_KEY).where(AoEventPerson.ROW_KIND + " = ? AND " + AoEventPerson.EVENT_ID
                    + " IN (" + marks(chunk.length) + ")", withFirst(Participation.Kind.ATTENDED.name(), chunk)),
                    row -> attendees.computeIfAbsent(row.getEventId(), k -> new ArrayList<>())
                            .add(row.getPersonKey()));
        }
        return Arrays.stream(events).map(e -> new Held(e.getID(), Instant.ofEpochMilli(e.getStartAt()),
                EventMode.valueOf(e.getEventMode()), EventFormat.valueOf(e.getEventFormat()),
                attendees.getOrDefault(e.getID(), List.of()))).toList();
    }

    @Override
    public java.util.Set<String> attendedBefore(String communityKey, Instant before) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        if (communityKey == null || communityKey.isEmpty()) {
            return keys;
        }
        List<Object> ids = new ArrayList<>();
        ao.stream(AoEvent.class, Query.select("ID").where(AoEvent.COMMUNITY_KEY + " = ? AND " + AoEvent.START_AT
                + " < ?", communityKey, before.toEpochMilli()), row -> ids.add(row.getID()));
        for (Object[] chunk : chunks(ids.toArray())) {
            ao.stream(AoEventPerson.class, Query.select("ID, " + AoEventPerson.PERSON_KEY).where(
                    AoEventPerson.ROW_KIND + " = ? AND " + AoEventPerson.EVENT_ID + " IN (" + marks(chunk.length)
                            + ")", withFirst(Participation.Kind.ATTENDED.name(), chunk)),
                    row -> keys.add(row.getPersonKey()));
        }
        return keys;
    }

    /** Most ids one IN list carries (Oracle's limit is 1,000 items; statements stay short). */
    static final int IN_MAX = 500;

    private static List<Object[]> chunks(Object[] ids) {
        List<Object[]> chunks = new ArrayList<>();
        for (int i = 0; i < ids.length; i += IN_MAX) {
            chunks.add(Arrays.copyOfRange(ids, i, Math.min(ids.length, i + IN_MAX)));
        }
        return chunks;
    }

    private static Object[] withFirst(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static Object[] ids(Collection<Long> ids) {
        return ids.stream().filter(i -> i > 0 && i <= Integer.MAX_VALUE).map(Long::intValue).distinct().toArray();
    }

    static String joined(List<String> keys) {
        return keys.isEmpty() ? "" : "|" + String.join("|", keys) + "|";
    }

    static List<String> split(String joined) {
        if (joined == null || joined.length() <= 2) {
            return List.of();
        }
        return List.of(joined.substring(1, joined.length() - 1).split("\\|"));
    }

    @Override
    public List<Participation> rows(long eventId, Collection<Participation.Kind> kinds, int limit) {
        List<Object> params = new ArrayList<>();
        params.add((int) eventId);
        String where = AoEventPerson.EVENT_ID + " = ?";
        if (!kinds.isEmpty()) {
            where += " AND " + AoEventPerson.ROW_KIND + " IN (" + marks(kinds.size()) + ")";
            kinds.forEach(k -> params.add(k.name()));
        }
        return Arrays.stream(ao.find(AoEventPerson.class, Query.select(AoEventPerson.SELECT)
                .where(where, params.toArray()).order("ID").limit(limit))).map(AoEventStore::participation).toList();
    }

    @Override
    public List<Participation> rowsOf(String userKey, int limit) {
        return Arrays.stream(ao.find(AoEventPerson.class, Query.select(AoEventPerson.SELECT)
                .where(AoEventPerson.PERSON_KEY + " = ?", userKey).order("ID DESC").limit(limit)))
                .map(AoEventStore::participation).toList();
    }

    @Override
    public boolean put(Participation row) {
        AoEventPerson[] found = byRowKey(row);
        if (found.length > 0) {
            update(found[0], row);
            return false;
        }
        try {
            ao.create(AoEventPerson.class, personValues(row));
            return true;
        } catch (RuntimeException e) {
            AoEventPerson[] again = AoErrors.isConstraintViolation(e) ? byRowKey(row) : new AoEventPerson[0];
            if (again.length == 0) {
                throw e;
            }
            update(again[0], row);
            return false;
        }
    }

    @Override
    public boolean putIfAbsent(Participation row) {
        if (byRowKey(row).length > 0) {
            return false;
        }
        try {
            ao.create(AoEventPerson.class, personValues(row));
            return true;
        } catch (RuntimeException e) {
            if (AoErrors.isConstraintViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean remove(long eventId, Participation.Kind kind, String key) {
        return ao.deleteWithSQL(AoEventPerson.class, AoEventPerson.ROW_KEY + " = ?",
                rowKey(eventId + ":" + kind.name() + ":" + key)) > 0;
    }

    @Override
    public List<Invitation> invitations(long eventId, int limit) {
        return Arrays.stream(ao.find(AoEventInvite.class, Query.select(AoEventInvite.SELECT)
                .where(AoEventInvite.EVENT_ID + " = ?", (int) eventId).order("ID").limit(limit)))
                .map(AoEventStore::invitation).toList();
    }

    @Override
    public boolean invite(Invitation invitation) {
        return AoErrors.unlessTaken(() -> ao.executeInTransaction(() -> {
            Map<String, Object> values = new HashMap<>();
            values.put(AoEventInvite.EVENT_ID, (int) invitation.eventId());
            values.put(AoEventInvite.INVITEE_KEY, invitation.inviteeKey());
            values.put(AoEventInvite.ROW_KEY, rowKey(invitation.eventId() + ":" + invitation.inviteeKey()));
            values.put(AoEventInvite.ORGANISER_KEY, invitation.organiserKey());
            values.put(AoEventInvite.MESSAGE, invitation.message());
            values.put(AoEventInvite.THANKS_LINE, invitation.thanksLine());
            values.put(AoEventInvite.CREATED_AT, invitation.createdAt().toEpochMilli());
            ao.create(AoEventInvite.class, values);
            putIfAbsent(Participation.of(invitation.eventId(), Participation.Kind.INVITEE,
                    invitation.inviteeKey(), invitation.createdAt(), invitation.organiserKey()));
            return invitation;
        })).isPresent();
    }

    @Override
    public boolean answer(long eventId, String inviteeKey, Answer answer, String note, Instant at) {
        AoEventInvite[] rows = ao.find(AoEventInvite.class, Query.select(AoEventInvite.SELECT)
                .where(AoEventInvite.ROW_KEY + " = ?", rowKey(eventId + ":" + inviteeKey)));
        if (rows.length == 0) {
            return false;
        }
        rows[0].setAnswer(answer.name());
        rows[0].setAnswerNote(note);
        rows[0].setAnsweredAt(at.toEpochMilli());
        rows[0].save();
        return true;
    }

    @Override
    public boolean announce(long eventId, Instant at) {
        AoEvent[] rows = ao.find(AoEvent.class, Query.select("ID, " + AoEvent.ANNOUNCED_AT)
                .where("ID = ? AND " + AoEvent.ANNOUNCED_AT + " IS NULL", (int) eventId));
        if (rows.length == 0) {
            return false;
        }
        rows[0].setAnnouncedAt(at.toEpochMilli());
        rows[0].save();
        return true;
    }

    @Override
    public boolean update(Event event) {
        if (event.id() <= 0 || event.id() > Integer.MAX_VALUE) {
            return false;
        }
        AoEvent row = ao.get(AoEvent.class, (int) event.id());
        if (row == null) {
            return false;
        }
        row.setTitle(event.title());
        row.setEventFormat(event.format().name());
        row.setEventMode(event.mode().name());
        row.setEventPlace(event.place());
        row.setEventLink(event.link());
        row.setStartAt(event.start().toEpochMilli());
        row.setEndAt(event.end().toEpochMilli());
        row.setCapacity(event.capacity());
        row.setGain(event.gain());
        row.setPrivateEvent(event.privateEvent());
        row.setCommunityKey(event.communityKey());
        row.setAudience(joined(event.audience()));
        row.save();
        return true;
    }

    @Override
    public boolean cancel(long eventId, Instant at, String note) {
        AoEvent[] rows = ao.find(AoEvent.class, Query.select("ID, " + AoEvent.CANCELLED_AT + ", " + AoEvent.CANCEL_NOTE)
                .where("ID = ? AND " + AoEvent.CANCELLED_AT + " IS NULL", (int) eventId));
        if (rows.length == 0) {
            return false;
        }
        rows[0].setCancelledAt(at.toEpochMilli());
        rows[0].setCancelNote(note);
        rows[0].save();
        return true;
    }

    @Override
    public int count() {
        return ao.count(AoEvent.class);
    }

    private AoEventPerson[] byRowKey(Participation row) {
        return ao.find(AoEventPerson.class, Query.select(AoEventPerson.SELECT).where(AoEventPerson.ROW_KEY + " = ?",
                rowKey(row.eventId() + ":" + row.kind().name() + ":" + row.key())));
    }

    private static void update(AoEventPerson entity, Participation row) {
        entity.setAnswer(row.answer() == null ? null : row.answer().name());
        entity.setWaiting(row.waiting());
        entity.setRowNote(row.note());
        entity.setShowGoing(row.showGoing());
        entity.setViaInvitation(row.viaInvitation());
        entity.setRowAt(row.at().toEpochMilli());
        entity.setRowBy(row.byKey());
        entity.save();
    }

    private static Map<String, Object> personValues(Participation row) {
        Map<String, Object> values = new HashMap<>();
        values.put(AoEventPerson.EVENT_ID, (int) row.eventId());
        values.put(AoEventPerson.ROW_KIND, row.kind().name());
        values.put(AoEventPerson.PERSON_KEY, row.key());
        values.put(AoEventPerson.ROW_KEY, rowKey(row.eventId() + ":" + row.kind().name() + ":" + row.key()));
        values.put(AoEventPerson.ANSWER, row.answer() == null ? null : row.answer().name());
        values.put(AoEventPerson.WAITING, row.waiting());
        values.put(AoEventPerson.ROW_NOTE, row.note());
        values.put(AoEventPerson.SHOW_GOING, row.showGoing());
        values.put(AoEventPerson.VIA_INVITATION, row.viaInvitation());
        values.put(AoEventPerson.ROW_AT, row.at().toEpochMilli());
        values.put(AoEventPerson.ROW_BY, row.byKey());
        return values;
    }

    /**
     * The unique key as stored: itself when it fits the column, else the event id and a SHA-256 digest of it. Either
     * way it starts with {@code <event id>:}, which an import rewrites to the event's new id.
     */
    static String rowKey(String key) {
        if (key.length() <= ROW_KEY_MAX) {
            return key;
        }
        try {
            return key.substring(0, key.indexOf(':')) + ":sha256:" + HexFormat.of().formatHex(MessageDigest
                    .getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static EventCard card(AoEvent row) {
        return new EventCard(row.getID(), row.getTitle(), EventFormat.valueOf(row.getEventFormat()),
                EventMode.valueOf(row.getEventMode()), Instant.ofEpochMilli(row.getStartAt()),
                Instant.ofEpochMilli(row.getEndAt()), row.isPrivateEvent(), row.getAnnouncedAt() != null,
                split(row.getAudience()), row.getCancelledAt() != null);
    }

    private static Participation participation(AoEventPerson row) {
        return new Participation(row.getEventId(), Participation.Kind.valueOf(row.getRowKind()), row.getPersonKey(),
                row.getAnswer() == null ? null : Answer.valueOf(row.getAnswer()), row.isWaiting(),
                text(row.getRowNote()), row.isShowGoing(), row.isViaInvitation(), Instant.ofEpochMilli(row.getRowAt()),
                text(row.getRowBy()));
    }

    private static Invitation invitation(AoEventInvite row) {
        return new Invitation(row.getEventId(), row.getInviteeKey(), row.getOrganiserKey(), text(row.getMessage()),
                text(row.getThanksLine()), Instant.ofEpochMilli(row.getCreatedAt()),
                row.getAnswer() == null ? null : Answer.valueOf(row.getAnswer()), text(row.getAnswerNote()),
                instant(row.getAnsweredAt()));
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    /** MariaDB and Oracle-style databases may give back null for an empty text. */
    private static String text(String value) {
        return value == null ? "" : value;
    }

    @Override
    public Optional<String> preparation(long eventId) {
        return Arrays.stream(ao.find(AoEventPreparation.class, Query.select(AoEventPreparation.SELECT)
                .where(AoEventPreparation.EVENT_ID + " = ?", (int) eventId))).map(AoEventPreparation::getIssueKey)
                .findFirst();
    }

    @Override
    public boolean recordPreparation(long eventId, String issueKey, String byKey, Instant at) {
        Map<String, Object> values = new HashMap<>();
        values.put(AoEventPreparation.EVENT_ID, (int) eventId);
        values.put(AoEventPreparation.ROW_KEY, eventId + ":preparation");
        values.put(AoEventPreparation.ISSUE_KEY, issueKey);
        values.put(AoEventPreparation.CREATED_BY, byKey);
        values.put(AoEventPreparation.CREATED_AT, at.toEpochMilli());
        return AoErrors.unlessTaken(() -> ao.create(AoEventPreparation.class, values)).isPresent();
    }

}
