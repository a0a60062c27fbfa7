package dev.kakehashi.thanks.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.platform.ao.AoErrors;
import dev.kakehashi.platform.ao.AoIds;
import dev.kakehashi.platform.ao.AoVersions;
import dev.kakehashi.thanks.MailWatermark;
import dev.kakehashi.thanks.Thanks;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.ThanksPage;
import dev.kakehashi.thanks.ThanksQuery;
import dev.kakehashi.thanks.ThanksStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Thanks in Active Objects: a page is one statement (keyset paging on the id, newest first), whatever the size of
 * the table or the number of thanks on one issue.
 */
public class AoThanksStore implements ThanksStore {
    /** How often a send is tried when the database rolled it back in favour of a parallel one. */
    private static final int CONFLICT_ATTEMPTS = 5;
    /** How many of the reader's private thanks one statement reads when some of them are left out after reading. */
    private static final int PRIVATE_BATCH = 200;

    private final ActiveObjects ao;

    public AoThanksStore(ActiveObjects ao) {
        this.ao = ao;
    }

    static String joined(List<String> keys) {
        return "|" + String.join("|", keys) + "|";
    }

    static List<String> split(String joined) {
        if (joined == null || joined.length() <= 2) {
            return List.of();
        }
        return Arrays.asList(joined.substring(1, joined.length() - 1).split("\\|"));
    }

    @Override
    public Thanks insert(Thanks thanks) {
        return ao.executeInTransaction(() -> {
            AoThanks row = ao.create(AoThanks.class,
                    new DBParam(AoThanks.SENDER_KEY, thanks.senderKey()),
                    new DBParam(AoThanks.RECIPIENT_KEYS, joined(thanks.recipientKeys())),
                    new DBParam(AoThanks.DEPARTMENT_KEY, thanks.departmentKey()),
                    new DBParam(AoThanks.MESSAGE, thanks.message()),
                    new DBParam(AoThanks.VALUE_KEY, thanks.valueKey()),
                    new DBParam(AoThanks.CONTEXT_KEY, thanks.context().storageKey()),
                    new DBParam(AoThanks.VISIBILITY, thanks.visibility().name()),
                    new DBParam(AoThanks.CREATED_AT, thanks.createdAt().toEpochMilli()),
                    new DBParam(AoThanks.SENDER_DEPARTMENTS, joined(thanks.senderDepartments())),
                    new DBParam(AoThanks.RECIPIENT_DEPARTMENTS, joined(thanks.recipientDepartments())),
                    new DBParam(AoThanks.CROSS_DEPARTMENT, thanks.crossDepartment()),
                    new DBParam(AoThanks.STATE, thanks.state().name()));
            insertChildren(ao, row.getID(), thanks.senderKey(), thanks.recipientKeys(), thanks.departmentKey(),
                    thanks.visibility().name(), thanks.senderDepartments(), thanks.recipientDepartments());
            return thanks.withId(row.getID());
        });
    }

    /** Writes the child rows of one thanks: one batch per child table. */
    static void insertChildren(ActiveObjects ao, int thanksId, String senderKey, List<String> recipientKeys,
                               String departmentKey, String visibility, List<String> senderDepartments,
                               List<String> recipientDepartments) {
        List<Map<String, Object>> people = personRows(thanksId, senderKey, recipientKeys, visibility);
        if (!people.isEmpty()) {
            ao.create(AoThanksPerson.class, people);
        }
        List<Map<String, Object>> departments = departmentRows(thanksId, departmentKey, senderDepartments,
                recipientDepartments);
        if (!departments.isEmpty()) {
            ao.create(AoThanksDepartment.class, departments);
        }
    }

    /** The THANKS_PERSON rows of a thanks: its sender, then each person thanked. */
    static List<Map<String, Object>> personRows(int thanksId, String senderKey, List<String> recipientKeys,
                                                String visibility) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (senderKey != null && !senderKey.isBlank()) {
            rows.add(Map.of(AoThanksPerson.THANKS_ID, thanksId, AoThanksPerson.USER_KEY, senderKey,
                    AoThanksPerson.ROLE, AoThanksPerson.Role.SENDER.name(), AoThanksPerson.VISIBILITY, visibility));
        }
        // a blank key names no one (and a NOT NULL text column refuses it)
        for (String recipient : new LinkedHashSet<>(recipientKeys)) {
            if (recipient.isBlank()) {
                continue;
            }
            rows.add(Map.of(AoThanksPerson.THANKS_ID, thanksId, AoThanksPerson.USER_KEY, recipient,
                    AoThanksPerson.ROLE, AoThanksPerson.Role.RECIPIENT.name(), AoThanksPerson.VISIBILITY, visibility));
        }
        return rows;
    }

    /** The THANKS_DEPT rows of a thanks: one per department it names, with its roles. */
    static List<Map<String, Object>> departmentRows(int thanksId, String departmentKey, List<String> senderDepartments,
                                                    List<String> recipientDepartments) {
        Set<String> keys = new LinkedHashSet<>(senderDepartments);
        keys.addAll(recipientDepartments);
        if (departmentKey != null && !departmentKey.isEmpty()) {
            keys.add(departmentKey);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String key : keys) {
            if (key.isBlank()) {
                continue;
            }
            rows.add(Map.of(AoThanksDepartment.THANKS_ID, thanksId, AoThanksDepartment.DEPARTMENT_KEY, key,
                    AoThanksDepartment.AS_SENDER, senderDepartments.contains(key),
                    AoThanksDepartment.AS_RECIPIENT, recipientDepartments.contains(key),
                    AoThanksDepartment.AS_WHOLE, key.equals(departmentKey)));
        }
        return rows;
    }

    @Override
    public Optional<Thanks> insertWithinLimit(Thanks thanks, int limit, Instant since) {
        int senderRow = senderRow(thanks.senderKey());
        for (int attempt = 1; ; attempt++) {
            try {
                return insertWithinLimitOnce(thanks, limit, since, senderRow);
            } catch (RuntimeException e) {
                // A database that runs stricter than READ COMMITTED may roll a waiting send back; it wrote nothing.
                if (!AoErrors.isRolledBackByConflict(e) || attempt >= CONFLICT_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private Optional<Thanks> insertWithinLimitOnce(Thanks thanks, int limit, Instant since, int senderRow) {
        // A per-sender lock row rather than the host's cluster lock: the database serialises the sender's sends on
        // every node, holds the lock exactly until the insert is committed, and costs one UPDATE (docs/PERFORMANCE.md).
        try {
            return Optional.of(ao.executeInTransaction(() -> {
                // Insert first, while this transaction holds no lock (AO's HSQLDB provider serialises inserts in Java,
                // so an insert made while holding a lock could wait on a writer that waits on this one).
                Thanks stored = insert(thanks);
                // Then the sender's row: its row lock, held until commit, lets one send of this person at a time past
                // this point on any node; no read happened before it, so the count sees every send committed before.
                AoThanksSender sender = ao.get(AoThanksSender.class, senderRow);
                sender.setTakenAt(thanks.createdAt().toEpochMilli());
                sender.save();
                if (countSentSince(thanks.senderKey(), since) > limit) {
                    throw new OverLimit();
                }
                return stored;
            }));
        } catch (RuntimeException e) {
            // the host's transaction template may hand the callback's exception back wrapped
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof OverLimit) {
                    return Optional.empty();
                }
            }
            throw e;
        }
    }

    /** Rolls the send back: with it, the sender would be over the limit. */
    private static final class OverLimit extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OverLimit() {
            super(null, null, false, false);
        }
    }

    /** The id of the sender's lock row, created on the first send (two nodes creating it at once meet on the key). */
    private int senderRow(String senderKey) {
        for (int attempt = 0; attempt < 2; attempt++) {
            AoThanksSender[] rows = ao.find(AoThanksSender.class, Query.select("ID")
                    .where(AoThanksSender.SENDER_KEY + " = ?", senderKey));
            if (rows.length > 0) {
                return rows[0].getID();
            }
            try {
                return ao.create(AoThanksSender.class, new DBParam(AoThanksSender.SENDER_KEY, senderKey),
                        new DBParam(AoThanksSender.TAKEN_AT, 0L)).getID();
            } catch (RuntimeException e) {
                if (!AoErrors.isConstraintViolation(e)) {
                    throw e;
                }
            }
        }
        throw new IllegalStateException("The sender's row could neither be read nor created");
    }

    @Override
    public List<Thanks> activeSentAfter(MailWatermark.Position after, Instant to, int limit) {
        List<Thanks> found = new ArrayList<>();
        long at = after.sentAt().toEpochMilli();
        int afterId = (int) Math.max(-1, Math.min(after.id(), Integer.MAX_VALUE));
        // keyset on (time, id); the range on the indexed time comes first so that the index bounds the rows read
        for (AoThanks row : ao.find(AoThanks.class, Query.select(AoThanks.SELECT).where(AoThanks.CREATED_AT
                + " >= ? AND " + AoThanks.CREATED_AT + " <= ? AND (" + AoThanks.CREATED_AT + " > ? OR ID > ?) AND "
                + AoThanks.STATE + " = ?", at, to.toEpochMilli(), at, afterId, Thanks.State.ACTIVE.name()).order(AoThanks.CREATED_AT + ", ID").limit(limit))) {
            found.add(toThanks(row));
        }
        return found;
    }

    @Override
    public Optional<Thanks> find(long id) {
        if (!AoIds.inRange(id)) {
            return Optional.empty();
        }
        AoThanks[] rows = ao.find(AoThanks.class, Query.select(AoThanks.SELECT).where("ID = ?", (int) id));
        return rows.length == 0 ? Optional.empty() : Optional.of(toThanks(rows[0]));
    }

    @Override
    public ThanksPage page(ThanksQuery query, String viewerKey) {
        int limit = query.limit();
        List<AoThanks> rows = new ArrayList<>(publicRows(query));
        if (viewerKey != null && !viewerKey.isEmpty()) {
            rows.addAll(privateRows(query, viewerKey));
        }
        // two keyset streams below one cursor, each cut at limit + 1: their merge holds the page and tells if more exist
        rows.sort(Comparator.comparingInt(AoThanks::getID).reversed());
        List<Thanks> items = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), limit); i++) {
            items.add(toThanks(rows.get(i)));
        }
        Long next = rows.size() > limit ? items.get(limit - 1).id() : null;
        return new ThanksPage(items, next);
    }

    /** Active public thanks matching the query, newest first, at most limit + 1, in one statement. */
    private List<AoThanks> publicRows(ThanksQuery query) {
        Filter filter = new Filter();
        filter.where("t." + AoThanks.VISIBILITY + " = ?", Thanks.Visibility.PUBLIC.name());
        if (query.recipientKey() != null) {
            filter.person(query.recipientKey(), Thanks.Visibility.PUBLIC, AoThanksPerson.Role.RECIPIENT);
            if (query.senderKey() != null) {
                filter.where("t." + AoThanks.SENDER_KEY + " = ?", query.senderKey());
            }
        } else if (query.senderKey() != null) {
            filter.person(query.senderKey(), Thanks.Visibility.PUBLIC, AoThanksPerson.Role.SENDER);
        }
        filter.common(query);
        return List.of(filter.find(query.before(), query.limit() + 1));
    }

    /**
     * Active private thanks the viewer sent or received matching the query, newest first, at most limit + 1: read
     * through the viewer's own private rows, so the cost is bounded by the viewer's private thanks, not the table.
     */
    private List<AoThanks> privateRows(ThanksQuery query, String viewerKey) {
        String recipient = query.recipientKey();
        boolean viewerIsRecipient = viewerKey.equals(recipient);
        String context = query.context().isNone() ? null : query.context().storageKey();
        boolean checkedHere = context != null || (recipient != null && !viewerIsRecipient);
        // Checked on the rows read rather than in SQL: the context, because a generic plan would otherwise walk every
        // thanks of the issue probing the viewer's rows; another recipient, because it needs a second THANKS_PERSON.
        int want = query.limit() + 1;
        int batch = checkedHere ? Math.max(want, PRIVATE_BATCH) : want;
        List<AoThanks> found = new ArrayList<>();
        Long cursor = query.before();
        while (true) {
            Filter filter = new Filter();
            filter.person(viewerKey, Thanks.Visibility.PRIVATE,
                    viewerIsRecipient ? AoThanksPerson.Role.RECIPIENT : null);
            if (query.senderKey() != null) {
                filter.where("t." + AoThanks.SENDER_KEY + " = ?", query.senderKey());
            }
            filter.common(query, false);
            AoThanks[] rows = filter.find(cursor, batch);
            for (AoThanks row : rows) {
                boolean inContext = context == null || context.equals(row.getContextKey());
                // a private thanks has at most ten recipients, read from the row just fetched
                boolean toRecipient = recipient == null || viewerIsRecipient
                        || split(row.getRecipientKeys()).contains(recipient);
                if (inContext && toRecipient) {
                    found.add(row);
                    if (found.size() == want) {
                        return found;
                    }
                }
            }
            if (rows.length < batch) {
                return found;
            }
            cursor = (long) rows[rows.length - 1].getID();
        }
    }

    /** The conditions of one keyset statement over THANKS (alias t), driven by a child table's index when joined. */
    private final class Filter {
        private final List<String> clauses = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();
        private String order = "t.ID";
        private boolean person;
        private boolean department;

        void where(String clause, Object... values) {
            clauses.add(clause);
            params.addAll(Arrays.asList(values));
        }

        /** Joins the person's rows (of this visibility, and this role unless null): the statement walks their index. */
        void person(String userKey, Thanks.Visibility visibility, AoThanksPerson.Role role) {
            person = true;
            order = "p." + AoThanksPerson.THANKS_ID;
            where("p." + AoThanksPerson.USER_KEY + " = ?", userKey);
            where("p." + AoThanksPerson.VISIBILITY + " = ?", visibility.name());
            if (role != null) {
                where("p." + AoThanksPerson.ROLE + " = ?", role.name());
            }
        }

        /** State, context, department, value and period. */
        void common(ThanksQuery query) {
            common(query, true);
        }

        void common(ThanksQuery query, boolean withContext) {
            where("t." + AoThanks.STATE + " = ?", Thanks.State.ACTIVE.name());
            if (withContext && !query.context().isNone()) {
                where("t." + AoThanks.CONTEXT_KEY + " = ?", query.context().storageKey());
            }
            if (query.departmentKey() != null) {
                department = true;
                if (!person) {
                    order = "d." + AoThanksDepartment.THANKS_ID;
                }
                where("d." + AoThanksDepartment.DEPARTMENT_KEY + " = ?", query.departmentKey());
                where("(d." + AoThanksDepartment.AS_SENDER + " = ? OR d." + AoThanksDepartment.AS_RECIPIENT + " = ?)",
                        true, true);
            }
            if (query.valueKey() != null) {
                where("t." + AoThanks.VALUE_KEY + " = ?", query.valueKey());
            }
            if (query.from() != null) {
                where("t." + AoThanks.CREATED_AT + " >= ?", query.from().toEpochMilli());
            }
            if (query.to() != null) {
                where("t." + AoThanks.CREATED_AT + " < ?", query.to().toEpochMilli());
            }
        }

        AoThanks[] find(Long before, int limit) {
            List<String> all = new ArrayList<>(clauses);
            List<Object> values = new ArrayList<>(params);
            if (before != null) {
                all.add(order + " < ?");
                values.add(AoIds.below(before));
            }
            Query select = Query.select(AoThanks.SELECT).alias(AoThanks.class, "t");
            if (person) {
                select.alias(AoThanksPerson.class, "p").join(AoThanksPerson.class,
                        "p." + AoThanksPerson.THANKS_ID + " = t.ID");
            }
            if (department) {
                select.alias(AoThanksDepartment.class, "d").join(AoThanksDepartment.class,
                        "d." + AoThanksDepartment.THANKS_ID + " = t.ID");
            }
            return ao.find(AoThanks.class, select.where(String.join(" AND ", all), values.toArray())
                    .order(order + " DESC").limit(limit));
        }
    }

    @Override
    public boolean anyPublicToDepartment(ThanksContext context, String departmentKey) {
        return ao.find(AoThanks.class, Query.select("ID").alias(AoThanks.class, "t")
                .alias(AoThanksDepartment.class, "d")
                .join(AoThanksDepartment.class, "d." + AoThanksDepartment.THANKS_ID + " = t.ID")
                .where("d." + AoThanksDepartment.DEPARTMENT_KEY + " = ? AND (d." + AoThanksDepartment.AS_RECIPIENT
                                + " = ? OR d." + AoThanksDepartment.AS_WHOLE + " = ?) AND t." + AoThanks.CONTEXT_KEY
                                + " = ? AND t." + AoThanks.STATE + " = ? AND t." + AoThanks.VISIBILITY + " = ?",
                        departmentKey, true, true, context.storageKey(), Thanks.State.ACTIVE.name(),
                        Thanks.Visibility.PUBLIC.name())
                .limit(1)).length > 0;
    }

    @Override
    public List<PairThanks> between(String fromDepartment, String toDepartment, Instant since) {
        Query query = Query.select("ID, " + String.join(", ", AoThanks.CONTEXT_KEY, AoThanks.VISIBILITY,
                        AoThanks.SENDER_KEY, AoThanks.RECIPIENT_KEYS, AoThanks.RECIPIENT_DEPARTMENTS,
                        AoThanks.DEPARTMENT_KEY))
                .alias(AoThanks.class, "t").alias(AoThanksDepartment.class, "d")
                .join(AoThanksDepartment.class, "d." + AoThanksDepartment.THANKS_ID + " = t.ID")
                .where("d." + AoThanksDepartment.DEPARTMENT_KEY + " = ? AND d." + AoThanksDepartment.AS_SENDER
                                + " = ? AND t." + AoThanks.CREATED_AT + " >= ? AND t." + AoThanks.STATE + " = ?",
                        fromDepartment, true, since.toEpochMilli(), Thanks.State.ACTIVE.name());
        List<PairThanks> found = new ArrayList<>();
        ao.stream(AoThanks.class, query, row -> {
            // the sending side went through THANKS_DEPT; the receiving side is read from the row's fixed copy
            boolean to = split(row.getRecipientDepartments()).contains(toDepartment)
                    || toDepartment.equals(row.getDepartmentKey());
            if (to) {
                found.add(new PairThanks(ThanksContext.fromStorageKey(row.getContextKey()),
                        Thanks.Visibility.PUBLIC.name().equals(row.getVisibility()), row.getSenderKey(),
                        split(row.getRecipientKeys())));
            }
        });
        return List.copyOf(found);
    }

    @Override
    public int countSentSince(String senderKey, Instant since) {
        return ao.count(AoThanks.class, Query.select().where(AoThanks.SENDER_KEY + " = ? AND " + AoThanks.CREATED_AT
                + " >= ?", senderKey, since.toEpochMilli()));
    }

    @Override
    public boolean changeState(long id, Thanks.State from, Thanks.State to, String byKey, Instant at) {
        return changeFrom(id, from, row -> {
            row.setState(to.name());
            row.setStateChangedBy(byKey);
            row.setStateChangedAt(at.toEpochMilli());
        });
    }

    @Override
    public boolean hide(long id, String byKey, Instant at, String reason) {
        return changeFrom(id, Thanks.State.ACTIVE, row -> {
            row.setState(Thanks.State.HIDDEN.name());
            row.setStateChangedBy(byKey);
            row.setStateChangedAt(at.toEpochMilli());
            row.setHideReason(reason);
        });
    }

    /**
     * Changes a thanks only if it is still in the state {@code from}, as one step on every node: the first write
     * takes the row's lock (a parallel change waits for it until commit), the state is read only then (the host reads
     * at READ COMMITTED, docs/HOST-FACTS.md), and a thanks found in another state is left as it was. True when this
     * call made the change.
     */
    private boolean changeFrom(long id, Thanks.State from, Consumer<AoThanks> change) {
        if (!AoIds.inRange(id)) {
            return false;
        }
        return AoVersions.writeNext(ao, () -> {
            AoThanks locked = ao.get(AoThanks.class, (int) id);
            if (locked != null) {
                locked.setStateChangedAt(0L);
                locked.save();
            }
        }, () -> ao.find(AoThanks.class, Query.select(AoThanks.SELECT)
                .where("ID = ? AND " + AoThanks.STATE + " = ?", (int) id, from.name())), change);
    }

    @Override
    public List<Hidden> hidden(Long before, int limit) {
        Query query = Query.select(AoThanks.SELECT + ", " + AoThanks.STATE_CHANGED_BY + ", "
                + AoThanks.STATE_CHANGED_AT + ", " + AoThanks.HIDE_REASON);
        if (before != null && AoIds.inRange(before)) {
            query.where(AoThanks.STATE + " = ? AND ID < ?", Thanks.State.HIDDEN.name(), before.intValue());
        } else {
            query.where(AoThanks.STATE + " = ?", Thanks.State.HIDDEN.name());
        }
        query.order("ID DESC").limit(limit);
        List<Hidden> hidden = new ArrayList<>();
        for (AoThanks row : ao.find(AoThanks.class, query)) {
            hidden.add(new Hidden(toThanks(row), row.getStateChangedBy() == null ? "" : row.getStateChangedBy(),
                    row.getStateChangedAt() == null ? null : Instant.ofEpochMilli(row.getStateChangedAt()),
                    row.getHideReason() == null ? "" : row.getHideReason()));
        }
        return hidden;
    }

    @Override
    public void forEachCrossDepartment(Instant from, Instant to, Consumer<Credit> credit) {
        Query query = Query.select("ID, " + AoThanks.CONTEXT_KEY + ", " + AoThanks.SENDER_DEPARTMENTS + ", "
                        + AoThanks.RECIPIENT_DEPARTMENTS)
                .where(AoThanks.STATE + " = ? AND " + AoThanks.VISIBILITY + " = ? AND " + AoThanks.CROSS_DEPARTMENT
                                + " = ? AND " + AoThanks.CREATED_AT + " >= ? AND " + AoThanks.CREATED_AT + " < ?",
                        Thanks.State.ACTIVE.name(), Thanks.Visibility.PUBLIC.name(), true, from.toEpochMilli(),
                        to.toEpochMilli());
        ao.stream(AoThanks.class, query, row -> credit.accept(new Credit(
                ThanksContext.fromStorageKey(row.getContextKey()), split(row.getSenderDepartments()),
                split(row.getRecipientDepartments()))));
    }

    private static Thanks toThanks(AoThanks row) {
        return new Thanks(row.getID(), row.getSenderKey(), split(row.getRecipientKeys()),
                row.getDepartmentKey() == null ? "" : row.getDepartmentKey(), row.getMessage(),
                row.getValueKey() == null ? "" : row.getValueKey(), ThanksContext.fromStorageKey(row.getContextKey()),
                Thanks.Visibility.valueOf(row.getVisibility()), Instant.ofEpochMilli(row.getCreatedAt()),
                split(row.getSenderDepartments()), split(row.getRecipientDepartments()), row.isCrossDepartment(),
                Thanks.State.valueOf(row.getState()));
    }
}
