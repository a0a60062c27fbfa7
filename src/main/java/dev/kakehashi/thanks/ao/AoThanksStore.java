package dev.kakehashi.thanks.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.platform.ao.AoErrors;
import dev.kakehashi.platform.ao.AoIds;
import dev.kakehashi.platform.ao.AoLike;
import dev.kakehashi.thanks.Thanks;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.ThanksPage;
import dev.kakehashi.thanks.ThanksQuery;
import dev.kakehashi.thanks.ThanksStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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

    /** A LIKE pattern matching exactly one key in a joined list (use with {@code LIKE ?} + {@link AoLike#ESCAPE}). */
    private static String containing(String key) {
        return AoLike.entryOf(key);
    }

    @Override
    public Thanks insert(Thanks thanks) {
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
        return thanks.withId(row.getID());
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
    public Optional<Thanks> find(long id) {
        if (!AoIds.inRange(id)) {
            return Optional.empty();
        }
        AoThanks[] rows = ao.find(AoThanks.class, Query.select(AoThanks.SELECT).where("ID = ?", (int) id));
        return rows.length == 0 ? Optional.empty() : Optional.of(toThanks(rows[0]));
    }

    @Override
    public ThanksPage page(ThanksQuery query, String viewerKey) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        clauses.add(AoThanks.STATE + " = ?");
        params.add(Thanks.State.ACTIVE.name());
        clauses.add("(" + AoThanks.VISIBILITY + " = ? OR " + AoThanks.SENDER_KEY + " = ? OR "
                + AoThanks.RECIPIENT_KEYS + " LIKE ?" + AoLike.ESCAPE + ")");
        params.add(Thanks.Visibility.PUBLIC.name());
        params.add(viewerKey == null ? "" : viewerKey);
        params.add(viewerKey == null ? "" : containing(viewerKey));
        if (!query.context().isNone()) {
            clauses.add(AoThanks.CONTEXT_KEY + " = ?");
            params.add(query.context().storageKey());
        }
        if (query.recipientKey() != null) {
            clauses.add(AoThanks.RECIPIENT_KEYS + " LIKE ?" + AoLike.ESCAPE);
            params.add(containing(query.recipientKey()));
        }
        if (query.senderKey() != null) {
            clauses.add(AoThanks.SENDER_KEY + " = ?");
            params.add(query.senderKey());
        }
        if (query.departmentKey() != null) {
            clauses.add("(" + AoThanks.SENDER_DEPARTMENTS + " LIKE ?" + AoLike.ESCAPE + " OR "
                    + AoThanks.RECIPIENT_DEPARTMENTS + " LIKE ?" + AoLike.ESCAPE + ")");
            params.add(containing(query.departmentKey()));
            params.add(containing(query.departmentKey()));
        }
        if (query.valueKey() != null) {
            clauses.add(AoThanks.VALUE_KEY + " = ?");
            params.add(query.valueKey());
        }
        if (query.from() != null) {
            clauses.add(AoThanks.CREATED_AT + " >= ?");
            params.add(query.from().toEpochMilli());
        }
        if (query.to() != null) {
            clauses.add(AoThanks.CREATED_AT + " < ?");
            params.add(query.to().toEpochMilli());
        }
        if (query.before() != null) {
            clauses.add("ID < ?");
            params.add(AoIds.below(query.before()));
        }
        AoThanks[] rows = ao.find(AoThanks.class, Query.select(AoThanks.SELECT)
                .where(String.join(" AND ", clauses), params.toArray())
                .order("ID DESC")
                .limit(query.limit() + 1));
        List<Thanks> items = new ArrayList<>();
        boolean more = rows.length > query.limit();
        for (int i = 0; i < Math.min(rows.length, query.limit()); i++) {
            Thanks thanks = toThanks(rows[i]);
            if (matchesExactly(thanks, query, viewerKey)) {
                items.add(thanks);
            }
        }
        Long next = more ? (long) rows[query.limit() - 1].getID() : null;
        return new ThanksPage(items, next);
    }

    /** Checks again in Java what the SQL chose (the patterns are escaped, so this should never drop a row). */
    private static boolean matchesExactly(Thanks thanks, ThanksQuery query, String viewerKey) {
        boolean readable = thanks.visibility() == Thanks.Visibility.PUBLIC || thanks.involves(viewerKey);
        boolean recipient = query.recipientKey() == null || thanks.recipientKeys().contains(query.recipientKey());
        boolean department = query.departmentKey() == null
                || thanks.senderDepartments().contains(query.departmentKey())
                || thanks.recipientDepartments().contains(query.departmentKey());
        return readable && recipient && department;
    }

    @Override
    public boolean anyPublicToDepartment(ThanksContext context, String departmentKey) {
        return ao.find(AoThanks.class, Query.select("ID").where(AoThanks.CONTEXT_KEY + " = ? AND " + AoThanks.STATE
                + " = ? AND " + AoThanks.VISIBILITY + " = ? AND (" + AoThanks.RECIPIENT_DEPARTMENTS + " LIKE ?" + AoLike.ESCAPE
                + " OR "
                + AoThanks.DEPARTMENT_KEY + " = ?)", context.storageKey(), Thanks.State.ACTIVE.name(),
                Thanks.Visibility.PUBLIC.name(), containing(departmentKey), departmentKey).limit(1)).length > 0;
    }

    @Override
    public List<PairThanks> between(String fromDepartment, String toDepartment, Instant since) {
        Query query = Query.select("ID, " + String.join(", ", AoThanks.CONTEXT_KEY, AoThanks.VISIBILITY,
                        AoThanks.SENDER_KEY, AoThanks.RECIPIENT_KEYS, AoThanks.SENDER_DEPARTMENTS,
                        AoThanks.RECIPIENT_DEPARTMENTS, AoThanks.DEPARTMENT_KEY))
                .where(AoThanks.CREATED_AT + " >= ? AND " + AoThanks.STATE + " = ? AND " + AoThanks.SENDER_DEPARTMENTS
                                + " LIKE ?" + AoLike.ESCAPE + " AND (" + AoThanks.RECIPIENT_DEPARTMENTS + " LIKE ?"
                                + AoLike.ESCAPE + " OR "
                                + AoThanks.DEPARTMENT_KEY + " = ?)", since.toEpochMilli(), Thanks.State.ACTIVE.name(),
                        containing(fromDepartment), containing(toDepartment), toDepartment);
        List<PairThanks> found = new ArrayList<>();
        ao.stream(AoThanks.class, query, row -> {
            // LIKE may match through a wildcard character inside a key: keep exact matches only
            boolean from = split(row.getSenderDepartments()).contains(fromDepartment);
            boolean to = split(row.getRecipientDepartments()).contains(toDepartment)
                    || toDepartment.equals(row.getDepartmentKey());
            if (from && to) {
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
    public void changeState(long id, Thanks.State state, String byKey, Instant at) {
        if (!AoIds.inRange(id)) {
            return;
        }
        AoThanks[] rows = ao.find(AoThanks.class, Query.select(AoThanks.SELECT).where("ID = ?", (int) id));
        if (rows.length == 0) {
            return;
        }
        rows[0].setState(state.name());
        rows[0].setStateChangedBy(byKey);
        rows[0].setStateChangedAt(at.toEpochMilli());
        rows[0].save();
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
