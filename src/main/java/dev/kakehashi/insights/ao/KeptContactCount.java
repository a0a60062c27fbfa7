package dev.kakehashi.insights.ao;

import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import dev.kakehashi.collaboration.Step;
import dev.kakehashi.collaboration.ao.AoRequest;
import dev.kakehashi.insights.Contact;
import dev.kakehashi.insights.MapPeriod;
import dev.kakehashi.insights.Tally;
import dev.kakehashi.thanks.Thanks;
import dev.kakehashi.thanks.ao.AoThanks;
import dev.kakehashi.thanks.ao.AoThanksDepartment;
import dev.kakehashi.thanks.ao.AoThanksPerson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The nightly count of thanks and requests kept per day, so that a night counts only the days whose raw rows changed
 * (yesterday, and any older day where a thanks was hidden or a request moved on) instead of two years of rows.
 *
 * <p>Kept for the last 730 days: the counts of each day and directed cell (DEPT_MAP_DAY), the days each person took
 * part in each cell (DEPT_MAP_PERSON, a ring of {@value #RING} day bits), and a fingerprint of each day's raw rows
 * (DEPT_MAP_MARK). A run finds the days to count again — the new ones, those of rows added since the last run (a
 * higher id) and of rows changed since then (the thanks' state change time, the requests' update time, both indexed)
 * — counts them (grouped by day, department cell and person), rewrites them, and counts the windows from the kept
 * rows. Where rows were removed (fewer rows than before plus the new ones), and every {@value #CHECK_DAYS} days in any
 * case, it reads the fingerprints of every day in two {@code GROUP BY} statements and counts again each day whose
 * fingerprint changed. A rebuild, or a run that finds no kept state or a gap of more than the kept
 * days, counts every day. Days are company days, found in SQL from the time zone's offset, so this works only for a
 * zone whose offset does not change in the kept days (Japan's has not since 1951); elsewhere the caller counts
 * from the raw rows.
 */
final class KeptContactCount {
    /** Bits in a person's ring of days: more than the 730 kept, so that no two kept days share a bit. */
    static final int RING = 1024;
    private static final long DAY_MILLIS = 86_400_000L;

    private final TransactionalExecutorFactory executors;
    private final long stampMargin;

    KeptContactCount(TransactionalExecutorFactory executors) {
        this(executors, STAMP_MARGIN_MILLIS);
    }

    /** @param stampMargin how far before the last run's start a changed row is looked for */
    KeptContactCount(TransactionalExecutorFactory executors, long stampMargin) {
        this.executors = executors;
        this.stampMargin = stampMargin;
    }

    private record DayCell(long day, String from, String to, int thanks, int requests, int done) {
    }

    private record Seen(String from, String to, String person, BitSet days) {
    }

    private record Kept(List<DayCell> days, List<Seen> people, int counted) {
    }

    /**
     * Brings the kept days from {@code from} to {@code to} up to date and counts the thanks and requests of the
     * tally's periods, which must lie within those days, into it. Nothing is counted unless the whole update succeeds.
     *
     * @param rebuild count every day again from the raw rows
     * @return how many days were counted from the raw rows
     * @throws UnsupportedOperationException when the zone's offset from UTC changes within the days
     */
    int count(LocalDate from, LocalDate to, ZoneId zone, Tally tally, boolean rebuild) {
        long first = from.toEpochDay();
        long last = to.toEpochDay();
        Instant start = from.atStartOfDay(zone).toInstant();
        var change = zone.getRules().nextTransition(start);
        if (change != null && change.getInstant().isBefore(to.plusDays(1).atStartOfDay(zone).toInstant())) {
            throw new UnsupportedOperationException("The kept count needs a time zone whose offset does not change "
                    + "in the kept days: " + zone);
        }
        if (last - first + 1 > RING) {
            throw new IllegalArgumentException("More days than the ring holds: " + (last - first + 1));
        }
        Map<String, long[]> periods = new LinkedHashMap<>();
        for (Map.Entry<String, MapPeriod> p : tally.periods().entrySet()) {
            long a = p.getValue().from().toEpochDay();
            long b = p.getValue().to().toEpochDay();
            if (a < first || b > last) {
                throw new IllegalArgumentException("The period " + p.getKey() + " lies outside the kept days");
            }
            periods.put(p.getKey(), new long[]{a, b});
        }
        long offset = zone.getRules().getOffset(start).getTotalSeconds() * 1000L;
        Kept kept = executors.createExecutor(false, true).execute(connection -> {
            try {
                return update(connection, new SqlContactCount.Sql(connection), first, last, offset, rebuild,
                        stampMargin);
            } catch (SQLException e) {
                throw new IllegalStateException("Keeping the department map's days failed: " + e.getMessage(), e);
            }
        });
        for (DayCell cell : kept.days()) {
            List<String> fromDept = List.of(cell.from());
            List<String> toDept = List.of(cell.to());
            for (Map.Entry<String, long[]> p : periods.entrySet()) {
                if (cell.day() >= p.getValue()[0] && cell.day() <= p.getValue()[1]) {
                    if (cell.thanks() > 0) {
                        tally.addCounted(p.getKey(), Contact.Kind.THANKS, fromDept, toDept, cell.thanks(), 0,
                                List.of());
                    }
                    if (cell.requests() > 0) {
                        tally.addCounted(p.getKey(), Contact.Kind.REQUEST, fromDept, toDept, cell.requests(),
                                cell.done(), List.of());
                    }
                }
            }
            if (cell.thanks() > 0 || cell.requests() > 0) {
                tally.lastContact(fromDept, toDept, LocalDate.ofEpochDay(cell.day()));
            }
        }
        Map<String, BitSet> masks = new LinkedHashMap<>();
        periods.forEach((name, range) -> masks.put(name, ring(range[0], range[1])));
        Map<List<String>, List<Seen>> byCell = new LinkedHashMap<>();
        for (Seen seen : kept.people()) {
            byCell.computeIfAbsent(List.of(seen.from(), seen.to()), k -> new ArrayList<>()).add(seen);
        }
        for (Map.Entry<List<String>, List<Seen>> cell : byCell.entrySet()) {
            List<String> fromDept = List.of(cell.getKey().get(0));
            List<String> toDept = List.of(cell.getKey().get(1));
            for (Map.Entry<String, BitSet> mask : masks.entrySet()) {
                List<String> who = new ArrayList<>();
                for (Seen seen : cell.getValue()) {
                    if (seen.days().intersects(mask.getValue())) {
                        who.add(seen.person());
                    }
                }
                if (!who.isEmpty()) {
                    tally.addCounted(mask.getKey(), Contact.Kind.THANKS, fromDept, toDept, 0, 0, who);
                }
            }
        }
        return kept.counted();
    }

    /** The ring bits of the days {@code a} to {@code b}. */
    private static BitSet ring(long a, long b) {
        BitSet bits = new BitSet(RING);
        for (long d = a; d <= b; d++) {
            bits.set(slot(d));
        }
        return bits;
    }

    private static int slot(long day) {
        return (int) Math.floorMod(day, (long) RING);
    }

    private static String encode(BitSet bits) {
        return Base64.getEncoder().encodeToString(bits.toByteArray());
    }

    private static BitSet decode(String text) {
        return BitSet.valueOf(Base64.getDecoder().decode(text));
    }

    private static final class PersonState {
        final long id;
        final String stored;
        final BitSet days;

        PersonState(long id, String stored) {
            this.id = id;
            this.stored = stored;
            this.days = stored == null ? new BitSet(RING) : decode(stored);
        }
    }

    private static Kept update(Connection c, SqlContactCount.Sql sql, long first, long last, long offset,
                               boolean rebuild, long stampMargin) throws SQLException {
        Map<PreparedStatement, Integer> batches = new IdentityHashMap<>();
        String dayTable = sql.table("DEPT_MAP_DAY");
        String personTable = sql.table("DEPT_MAP_PERSON");
        String markTable = sql.table("DEPT_MAP_MARK");
        long runStart = System.currentTimeMillis();
        Map<Long, String> stored = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + sql.name(AoDeptMapMark.EPOCH_DAY) + ", "
                     + sql.name(AoDeptMapMark.FINGERPRINT) + " FROM " + markTable)) {
            while (rs.next()) {
                stored.put(rs.getLong(1), rs.getString(2));
            }
        }
        String throughText = stored.remove(AoDeptMapMark.THROUGH);
        Long through = throughText == null ? null : Long.valueOf(throughText);
        RunState before = RunState.parse(stored.remove(AoDeptMapMark.STATE));
        boolean full = rebuild || through == null || through < first - 1 || through > last;
        TableState thanksNow = TableState.read(c, sql, "THANKS");
        TableState requestsNow = TableState.read(c, sql, "COLLAB_REQUEST");
        TreeSet<Long> dirty = new TreeSet<>();
        for (long d = full || through == null ? first : through + 1; d <= last; d++) {
            dirty.add(d);
        }
        boolean check = full || before == null || last - before.checkedDay() >= CHECK_DAYS;
        if (!check) {
            long since = before.start() - stampMargin;
            long newThanks = changedDays(c, sql, "THANKS", AoThanks.STATE_CHANGED_AT, before.thanks().maxId(), since,
                    offset, first, last, dirty);
            long newRequests = changedDays(c, sql, "COLLAB_REQUEST", AoRequest.UPDATED_AT,
                    before.requests().maxId(), since, offset, first, last, dirty);
            // Rows gone (purged, or the request of a deleted issue) show as fewer rows than before plus the new ones.
            check = thanksNow.rows() != before.thanks().rows() + newThanks
                    || requestsNow.rows() != before.requests().rows() + newRequests;
        }
        Map<Long, String> now = Map.of();
        if (check) {
            now = fingerprints(c, sql, first, last, offset);
            for (long d = first; d <= last; d++) {
                if (full || !Objects.equals(now.get(d), stored.get(d))) {
                    dirty.add(d);
                }
            }
        }
        RunState after = new RunState(runStart, thanksNow, requestsNow, check ? last : before.checkedDay());
        Map<String, PersonState> people = new HashMap<>();
        if (full) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM " + personTable);
                s.executeUpdate("DELETE FROM " + dayTable);
            }
        } else {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT " + String.join(", ", sql.name("ID"),
                         sql.name(AoDeptMapPerson.FROM_DEPT), sql.name(AoDeptMapPerson.TO_DEPT),
                         sql.name(AoDeptMapPerson.PERSON_KEY), sql.name(AoDeptMapPerson.DAYS_SEEN)) + " FROM "
                         + personTable)) {
                while (rs.next()) {
                    people.put(key(rs.getString(2), rs.getString(3), rs.getString(4)),
                            new PersonState(rs.getLong(1), rs.getString(5)));
                }
            }
        }
        Map<String, int[]> cells = new LinkedHashMap<>();
        Map<String, Set<Long>> seen = new HashMap<>();
        for (long[] span : spans(dirty)) {
            thanksByDay(c, sql, span[0], span[1], offset, cells, seen);
            requestsByDay(c, sql, span[0], span[1], offset, cells, seen);
        }
        BitSet cleared = new BitSet(RING);
        dirty.forEach(d -> cleared.set(slot(d)));
        BitSet keptDays = ring(first, last);
        for (PersonState state : people.values()) {
            state.days.andNot(cleared);
        }
        for (Map.Entry<String, Set<Long>> s : seen.entrySet()) {
            PersonState state = people.computeIfAbsent(s.getKey(), k -> new PersonState(0, null));
            s.getValue().forEach(d -> state.days.set(slot(d)));
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + personTable + " WHERE "
                + sql.name("ID") + " = ?");
             PreparedStatement change = c.prepareStatement("UPDATE " + personTable + " SET "
                     + sql.name(AoDeptMapPerson.DAYS_SEEN) + " = ? WHERE " + sql.name("ID") + " = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO " + personTable + " ("
                     + String.join(", ", sql.name(AoDeptMapPerson.FROM_DEPT), sql.name(AoDeptMapPerson.TO_DEPT),
                     sql.name(AoDeptMapPerson.PERSON_KEY), sql.name(AoDeptMapPerson.DAYS_SEEN))
                     + ") VALUES (?, ?, ?, ?)")) {
            var entries = people.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<String, PersonState> e = entries.next();
                PersonState state = e.getValue();
                state.days.and(keptDays);
                if (state.days.isEmpty()) {
                    if (state.id > 0) {
                        delete.setLong(1, state.id);
                        add(batches, delete);
                    }
                    entries.remove();
                    continue;
                }
                String days = encode(state.days);
                if (state.id == 0) {
                    String[] parts = e.getKey().split("\n", 3);
                    insert.setString(1, parts[0]);
                    insert.setString(2, parts[1]);
                    insert.setString(3, parts[2]);
                    insert.setString(4, days);
                    add(batches, insert);
                } else if (!days.equals(state.stored)) {
                    change.setString(1, days);
                    change.setLong(2, state.id);
                    add(batches, change);
                }
            }
            run(batches, delete);
            run(batches, change);
            run(batches, insert);
        }
        try (PreparedStatement deleteDay = c.prepareStatement("DELETE FROM " + dayTable + " WHERE "
                + sql.name(AoDeptMapDay.EPOCH_DAY) + " = ?");
             PreparedStatement deleteMark = c.prepareStatement("DELETE FROM " + markTable + " WHERE "
                     + sql.name(AoDeptMapMark.EPOCH_DAY) + " = ?");
             PreparedStatement insertMark = c.prepareStatement("INSERT INTO " + markTable + " ("
                     + sql.name(AoDeptMapMark.EPOCH_DAY) + ", " + sql.name(AoDeptMapMark.FINGERPRINT)
                     + ") VALUES (?, ?)");
             PreparedStatement insertDay = c.prepareStatement("INSERT INTO " + dayTable + " (" + String.join(", ",
                     sql.name(AoDeptMapDay.EPOCH_DAY), sql.name(AoDeptMapDay.FROM_DEPT),
                     sql.name(AoDeptMapDay.TO_DEPT), sql.name(AoDeptMapDay.THANKS),
                     sql.name(AoDeptMapDay.REQUESTS), sql.name(AoDeptMapDay.REQUESTS_DONE))
                     + ") VALUES (?, ?, ?, ?, ?, ?)");
             Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM " + dayTable + " WHERE " + sql.name(AoDeptMapDay.EPOCH_DAY) + " < " + first);
            s.executeUpdate("DELETE FROM " + markTable + " WHERE " + sql.name(AoDeptMapMark.EPOCH_DAY) + " < "
                    + first);
            if (!full) {
                for (long d : dirty) {
                    deleteDay.setLong(1, d);
                    add(batches, deleteDay);
                    if (check) {
                        deleteMark.setLong(1, d);
                        add(batches, deleteMark);
                    }
                }
                run(batches, deleteDay);
                run(batches, deleteMark);
            } else {
                s.executeUpdate("DELETE FROM " + markTable);
            }
            for (long d : dirty) {
                if (now.containsKey(d)) {
                    insertMark.setLong(1, d);
                    insertMark.setString(2, now.get(d));
                    add(batches, insertMark);
                }
            }
            insertMark.setLong(1, AoDeptMapMark.THROUGH);
            insertMark.setString(2, Long.toString(last));
            add(batches, insertMark);
            insertMark.setLong(1, AoDeptMapMark.STATE);
            insertMark.setString(2, after.format());
            add(batches, insertMark);
            run(batches, insertMark);
            for (Map.Entry<String, int[]> cell : cells.entrySet()) {
                String[] parts = cell.getKey().split("\n", 3);
                insertDay.setLong(1, Long.parseLong(parts[0]));
                insertDay.setString(2, parts[1]);
                insertDay.setString(3, parts[2]);
                insertDay.setInt(4, cell.getValue()[0]);
                insertDay.setInt(5, cell.getValue()[1]);
                insertDay.setInt(6, cell.getValue()[2]);
                add(batches, insertDay);
            }
            run(batches, insertDay);
        }
        List<DayCell> days = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + String.join(", ", sql.name(AoDeptMapDay.EPOCH_DAY),
                sql.name(AoDeptMapDay.FROM_DEPT), sql.name(AoDeptMapDay.TO_DEPT), sql.name(AoDeptMapDay.THANKS),
                sql.name(AoDeptMapDay.REQUESTS), sql.name(AoDeptMapDay.REQUESTS_DONE)) + " FROM " + dayTable
                + " WHERE " + sql.name(AoDeptMapDay.EPOCH_DAY) + " >= ? AND " + sql.name(AoDeptMapDay.EPOCH_DAY)
                + " <= ?")) {
            s.setLong(1, first);
            s.setLong(2, last);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    days.add(new DayCell(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getInt(5), rs.getInt(6)));
                }
            }
        }
        List<Seen> seenList = new ArrayList<>(people.size());
        people.forEach((k, state) -> {
            String[] parts = k.split("\n", 3);
            seenList.add(new Seen(parts[0], parts[1], parts[2], state.days));
        });
        return new Kept(days, seenList, dirty.size());
    }

    private static void add(Map<PreparedStatement, Integer> batches, PreparedStatement statement)
            throws SQLException {
        statement.addBatch();
        batches.merge(statement, 1, Integer::sum);
    }

    /** Runs the statement's batch if anything was added: HSQLDB refuses an empty one. */
    private static void run(Map<PreparedStatement, Integer> batches, PreparedStatement statement)
            throws SQLException {
        if (batches.getOrDefault(statement, 0) > 0) {
            statement.executeBatch();
            batches.remove(statement);
        }
    }

    /** Days between two checks of every day's fingerprint, the net under the look-up of changed rows. */
    static final int CHECK_DAYS = 7;
    /** How far before the last run's start a change is looked for: clocks of the cluster's nodes differ a little. */
    private static final long STAMP_MARGIN_MILLIS = 3_600_000L;

    /** What a run saw of one raw table: its highest id and its number of rows. */
    private record TableState(long maxId, long rows) {
        static TableState read(Connection c, SqlContactCount.Sql sql, String table) throws SQLException {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(" + sql.name("ID") + "), 0), COUNT(*) FROM "
                         + sql.table(table))) {
                rs.next();
                return new TableState(rs.getLong(1), rs.getLong(2));
            }
        }
    }

    /** The last run: when it started, the raw tables as it saw them, the last day it checked every fingerprint. */
    private record RunState(long start, TableState thanks, TableState requests, long checkedDay) {
        String format() {
            return start + ":" + thanks.maxId() + ":" + thanks.rows() + ":" + requests.maxId() + ":" + requests.rows()
                    + ":" + checkedDay;
        }

        static RunState parse(String text) {
            if (text == null) {
                return null;
            }
            String[] p = text.split(":");
            if (p.length != 6) {
                return null;
            }
            try {
                return new RunState(Long.parseLong(p[0]), new TableState(Long.parseLong(p[1]), Long.parseLong(p[2])),
                        new TableState(Long.parseLong(p[3]), Long.parseLong(p[4])), Long.parseLong(p[5]));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /**
     * Adds to {@code dirty} the days (within the kept ones) of the rows added since the last run (a higher id) and of
     * the rows changed since {@code since} (their change time, indexed). Returns how many rows were added, wherever
     * their day.
     */
    private static long changedDays(Connection c, SqlContactCount.Sql sql, String table, String changedAt,
                                    long maxId, long since, long offset, long first, long last, TreeSet<Long> dirty)
            throws SQLException {
        long added = 0;
        String at = sql.name("CREATED_AT");
        try (PreparedStatement s = c.prepareStatement("SELECT " + at + " FROM " + sql.table(table) + " WHERE "
                + sql.name("ID") + " > ?")) {
            s.setLong(1, maxId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    added++;
                    keep(Math.floorDiv(rs.getLong(1) + offset, DAY_MILLIS), first, last, dirty);
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT " + at + " FROM " + sql.table(table) + " WHERE "
                + sql.name(changedAt) + " >= ?")) {
            s.setLong(1, since);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    keep(Math.floorDiv(rs.getLong(1) + offset, DAY_MILLIS), first, last, dirty);
                }
            }
        }
        return added;
    }

    private static void keep(long day, long first, long last, TreeSet<Long> dirty) {
        if (day >= first && day <= last) {
            dirty.add(day);
        }
    }

    private static String key(String from, String to, String person) {
        return from + "\n" + to + "\n" + person;
    }

    /** Runs of consecutive days. */
    private static List<long[]> spans(TreeSet<Long> days) {
        List<long[]> spans = new ArrayList<>();
        long[] span = null;
        for (long d : days) {
            if (span != null && d == span[1] + 1) {
                span[1] = d;
            } else {
                span = new long[]{d, d};
                spans.add(span);
            }
        }
        return spans;
    }

    /**
     * The company day of a time, for a fixed offset: integer division where the database divides integers as
     * integers (PostgreSQL, HSQLDB), {@code DIV} on MySQL and MariaDB, {@code FLOOR} of the quotient elsewhere.
     */
    private static String day(SqlContactCount.Sql sql, String column, long offset) {
        String shifted = "(" + column + " + " + offset + ")";
        return switch (sql.dialect()) {
            case INTEGER_DIVISION -> "(" + shifted + " / " + DAY_MILLIS + ")";
            case DIV -> "(" + shifted + " DIV " + DAY_MILLIS + ")";
            case OTHER -> "FLOOR(" + shifted + " / " + DAY_MILLIS + ")";
        };
    }

    /** Each day's fingerprint of its thanks and requests; days without either are absent. */
    private static Map<Long, String> fingerprints(Connection c, SqlContactCount.Sql sql, long first, long last,
                                                  long offset) throws SQLException {
        long start = first * DAY_MILLIS - offset;
        long end = (last + 1) * DAY_MILLIS - offset;
        Map<Long, String> thanks = new HashMap<>();
        String at = sql.name(AoThanks.CREATED_AT);
        String thanksDay = day(sql, at, offset);
        try (PreparedStatement s = c.prepareStatement("SELECT " + thanksDay + ", COUNT(*), SUM(" + sql.name("ID")
                + "), SUM(CASE WHEN " + sql.name(AoThanks.STATE) + " = ? AND " + sql.name(AoThanks.VISIBILITY)
                + " = ? THEN " + sql.name("ID") + " ELSE 0 END), MAX(COALESCE(" + sql.name(AoThanks.STATE_CHANGED_AT)
                + ", 0)) FROM " + sql.table("THANKS") + " WHERE " + at + " >= ? AND " + at + " < ? GROUP BY "
                + thanksDay)) {
            s.setString(1, Thanks.State.ACTIVE.name());
            s.setString(2, Thanks.Visibility.PUBLIC.name());
            s.setLong(3, start);
            s.setLong(4, end);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    thanks.put(rs.getLong(1), "t" + rs.getLong(2) + ":" + rs.getLong(3) + ":" + rs.getLong(4) + ":"
                            + rs.getLong(5));
                }
            }
        }
        Map<Long, String> requests = new HashMap<>();
        String requestAt = sql.name(AoRequest.CREATED_AT);
        String requestDay = day(sql, requestAt, offset);
        try (PreparedStatement s = c.prepareStatement("SELECT " + requestDay + ", COUNT(*), SUM(" + sql.name("ID")
                + "), SUM(" + sql.name(AoRequest.VERSION) + "), MAX(COALESCE(" + sql.name(AoRequest.UPDATED_AT)
                + ", 0)) FROM " + sql.table("COLLAB_REQUEST") + " WHERE " + requestAt + " >= ? AND " + requestAt
                + " < ? GROUP BY " + requestDay)) {
            s.setLong(1, start);
            s.setLong(2, end);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    requests.put(rs.getLong(1), "r" + rs.getLong(2) + ":" + rs.getLong(3) + ":" + rs.getLong(4)
                            + ":" + rs.getLong(5));
                }
            }
        }
        Map<Long, String> both = new HashMap<>();
        for (long d = first; d <= last; d++) {
            String t = thanks.get(d);
            String r = requests.get(d);
            if (t != null || r != null) {
                both.put(d, (t == null ? "" : t) + "|" + (r == null ? "" : r));
            }
        }
        return both;
    }

    private static void thanksByDay(Connection c, SqlContactCount.Sql sql, long first, long last, long offset,
                                    Map<String, int[]> cells, Map<String, Set<Long>> seen) throws SQLException {
        String at = sql.column("t", AoThanks.CREATED_AT);
        String day = day(sql, at, offset);
        String from = sql.column("s", AoThanksDepartment.DEPARTMENT_KEY);
        String to = sql.column("r", AoThanksDepartment.DEPARTMENT_KEY);
        String person = sql.column("p", AoThanksPerson.USER_KEY);
        String role = sql.column("p", AoThanksPerson.ROLE);
        String statement = "SELECT " + day + ", " + from + ", " + to + ", " + person + ", " + role + ", COUNT(*)"
                + SqlContactCount.thanksJoined(sql)
                + " GROUP BY " + day + ", " + from + ", " + to + ", " + person + ", " + role;
        try (PreparedStatement s = c.prepareStatement(statement)) {
            SqlContactCount.bindThanksJoined(s, 1, first * DAY_MILLIS - offset, (last + 1) * DAY_MILLIS - offset);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long d = rs.getLong(1);
                    String f = rs.getString(2);
                    String t = rs.getString(3);
                    String who = rs.getString(4);
                    if (AoThanksPerson.Role.SENDER.name().equals(rs.getString(5))) {
                        cells.computeIfAbsent(d + "\n" + f + "\n" + t, k -> new int[3])[0] += rs.getInt(6);
                    }
                    if (who != null && !who.isEmpty()) {
                        seen.computeIfAbsent(key(f, t, who), k -> new HashSet<>()).add(d);
                    }
                }
            }
        }
    }

    private static void requestsByDay(Connection c, SqlContactCount.Sql sql, long first, long last, long offset,
                                      Map<String, int[]> cells, Map<String, Set<Long>> seen) throws SQLException {
        String at = sql.name(AoRequest.CREATED_AT);
        String day = day(sql, at, offset);
        String from = sql.name(AoRequest.FROM_DEPARTMENT);
        String to = sql.name(AoRequest.TO_DEPARTMENT);
        List<String> branches = new ArrayList<>();
        List<String> people = List.of(AoRequest.REQUESTER_KEY, AoRequest.PARTNER_CONTACT_KEY,
                AoRequest.DECISION_OWNER_KEY);
        for (int b = 0; b < people.size(); b++) {
            String person = sql.name(people.get(b));
            branches.add("SELECT " + day + ", " + from + ", " + to + ", " + person + ", " + b + ", COUNT(*), SUM(CASE"
                    + " WHEN " + sql.name(AoRequest.STEP) + " >= ? THEN 1 ELSE 0 END) FROM "
                    + sql.table("COLLAB_REQUEST") + " WHERE " + at + " >= ? AND " + at + " < ? AND " + from
                    + " IS NOT NULL AND " + to + " IS NOT NULL AND " + from + " <> " + to + " GROUP BY " + day + ", "
                    + from + ", " + to + ", " + person);
        }
        try (PreparedStatement s = c.prepareStatement(String.join(" UNION ALL ", branches))) {
            int i = 1;
            for (int b = 0; b < people.size(); b++) {
                s.setInt(i++, Step.RESULT_SHARED.number());
                s.setLong(i++, first * DAY_MILLIS - offset);
                s.setLong(i++, (last + 1) * DAY_MILLIS - offset);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long d = rs.getLong(1);
                    String f = rs.getString(2);
                    String t = rs.getString(3);
                    String who = rs.getString(4);
                    if (rs.getInt(5) == 0) {
                        int[] cell = cells.computeIfAbsent(d + "\n" + f + "\n" + t, k -> new int[3]);
                        cell[1] += rs.getInt(6);
                        cell[2] += rs.getInt(7);
                    }
                    if (who != null && !who.isEmpty()) {
                        seen.computeIfAbsent(key(f, t, who), k -> new HashSet<>()).add(d);
                    }
                }
            }
        }
    }
}
