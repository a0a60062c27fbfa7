package dev.kakehashi.bench;

import dev.kakehashi.admin.CompanyCalendar;
import dev.kakehashi.admin.CompanyCalendarService;
import dev.kakehashi.admin.CompanyCalendarStore;
import dev.kakehashi.admin.DepartmentInput;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.admin.ao.AoDepartment;
import dev.kakehashi.admin.ao.AoDepartmentGroup;
import dev.kakehashi.admin.ao.AoDepartmentStore;
import dev.kakehashi.admin.ao.AoHoliday;
import dev.kakehashi.admin.ao.AoHolidayStore;
import dev.kakehashi.events.AudienceGroups;
import dev.kakehashi.events.EventFollowUp;
import dev.kakehashi.events.EventService;
import dev.kakehashi.events.InvitationNotices;
import dev.kakehashi.events.ao.AoAudienceGroup;
import dev.kakehashi.events.ao.AoAudienceGroupStore;
import dev.kakehashi.events.ao.AoEvent;
import dev.kakehashi.events.ao.AoEventInvite;
import dev.kakehashi.events.ao.AoEventPerson;
import dev.kakehashi.events.ao.AoEventSettings;
import dev.kakehashi.events.ao.AoEventStore;
import dev.kakehashi.events.ao.AoEventSurvey;
import dev.kakehashi.events.ao.AoEventTopic;
import dev.kakehashi.events.ao.AoEventTopicVote;
import dev.kakehashi.events.ao.AoFollowUpStore;
import dev.kakehashi.insights.DepartmentMapService;
import dev.kakehashi.insights.EventAttendance;
import dev.kakehashi.insights.ao.AoDepartmentMapStore;
import dev.kakehashi.insights.ao.AoDeptMapCell;
import dev.kakehashi.platform.ClusterLocks;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.profiles.NewRequestLink;
import dev.kakehashi.sandbox.ao.SandboxJdbc;
import dev.kakehashi.thanks.ThanksStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The events page's reads at 100 and 100,000 events: statements and time of one {@code EventService#listing} (what
 * the page shows: the reader's own rows, the upcoming events they may see, their own events), the reader organising,
 * invited to or answering the same 20 events at every size; and one event's page (or macro) as its organiser sees it
 * after it began: {@code EventService#detail} and {@code EventFollowUp#of} (survey, topics, whom to thank). Run with {@code mvn -Pbench
 * -Dkakehashi.bench.main=dev.kakehashi.bench.EventBench -Dkakehashi.bench.sizes=100,100000}; the data sets are
 * written if missing (their own databases, {@code target/bench/db/hsqldb--<size>}, or on PostgreSQL with
 * {@code -Dkakehashi.bench.db=postgres -Dpostgres.url=…} schemas {@code kakehashi_bench_n<size>}).
 */
public final class EventBench {
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static final int RENDERS = 500;
    private static final String READER = BenchPeople.key(1);

    private EventBench() {
    }

    private record Measured(int size, long statements, double micros, int upcoming, int mine, List<String> sql,
                            long detailStatements, double detailMicros, List<String> detailSql) {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream(System.getProperty("kakehashi.bench.sizes", "100,100000").split(","))
                .map(String::strip).mapToInt(Integer::parseInt).toArray();
        List<Measured> measured = new ArrayList<>();
        for (int size : sizes) {
            // a size of its own: the other benchmarks' data sets are not touched
            try (BenchDatabase db = BenchDatabase.open(-size)) {
                db.ao.migrate(AoEvent.class, AoEventPerson.class, AoEventInvite.class, AoAudienceGroup.class,
                        AoSetting.class, AoDepartment.class, AoDepartmentGroup.class, AoHoliday.class, AoEventSurvey.class,
                        AoEventTopic.class, AoEventTopicVote.class, AoDeptMapCell.class);
                long started = System.nanoTime();
                ensure(db, size);
                System.out.printf("%s, %,d events in place in %d s%n", db.kind, size,
                        (System.nanoTime() - started) / 1_000_000_000L);
                measured.add(measure(db, size));
            }
        }
        System.out.println();
        System.out.println("| " + BenchDatabase.kind() + " | statements per events page | time per page | upcoming shown "
                + "| own shown |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (Measured m : measured) {
            System.out.printf("| %,d events | %d | %.0f µs | %d | %d |%n", m.size(), m.statements(), m.micros(),
                    m.upcoming(), m.mine());
        }
        Measured small = measured.get(0);
        Measured large = measured.get(measured.size() - 1);
        System.out.printf("%nTime at the largest ÷ at the smallest size: %.2f (target ≤ 1.5)%n",
                large.micros() / small.micros());
        System.out.println("The page's statements:");
        large.sql().forEach(sql -> System.out.println("- `" + sql + "`"));
        System.out.println();
        System.out.println("| " + BenchDatabase.kind() + " | statements per event page (organiser, after it began) "
                + "| time per page |");
        System.out.println("|---|---:|---:|");
        for (Measured m : measured) {
            System.out.printf("| %,d events | %d | %.0f µs |%n", m.size(), m.detailStatements(), m.detailMicros());
        }
        System.out.printf("%nTime at the largest ÷ at the smallest size: %.2f%n",
                large.detailMicros() / small.detailMicros());
        System.out.println("The event page's statements:");
        large.detailSql().forEach(sql -> System.out.println("- `" + sql + "`"));
    }

    /**
     * Writes the events once: starts spread over two years around NOW, a third private, every one announced, each with
     * one audience department (the reader's for a seventh of them).
     */
    private static void ensure(BenchDatabase db, int size) throws SQLException {
        String event = db.table("EVENT");
        try (Connection c = db.bulkConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + event)) {
            rs.next();
            if (rs.getInt(1) >= size) {
                return;
            }
        }
        Random random = new Random(size);
        String columns = String.join(", ", Arrays.stream(new String[] {"TITLE", "EVENT_FORMAT", "EVENT_MODE",
                "EVENT_PLACE", "EVENT_LINK", "START_AT", "END_AT", "CAPACITY", "GAIN", "PRIVATE_EVENT", "COMMUNITY_KEY",
                "CREATED_BY", "CREATED_AT", "ANNOUNCED_AT", "AUDIENCE"}).map(db::column).toList());
        String person = String.join(", ", Arrays.stream(new String[] {"EVENT_ID", "ROW_KIND", "PERSON_KEY", "ROW_KEY",
                "ANSWER", "WAITING", "ROW_NOTE", "SHOW_GOING", "VIA_INVITATION", "ROW_AT", "ROW_BY"})
                .map(db::column).toList());
        long twoYears = 2L * 365 * 86_400_000L;
        try (Connection c = db.bulkConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement e = c.prepareStatement("INSERT INTO " + event + " (" + columns
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 1; i <= size; i++) {
                    long start = NOW.toEpochMilli() - twoYears / 2 + (long) (random.nextDouble() * twoYears);
                    e.setString(1, "ランチ会 " + i);
                    e.setString(2, "LUNCH");
                    e.setString(3, "OFFLINE");
                    e.setString(4, "本社 5F");
                    e.setString(5, "");
                    e.setLong(6, start);
                    e.setLong(7, start + 3_600_000L);
                    e.setInt(8, 20);
                    e.setString(9, "他部署の人と知り合える");
                    e.setBoolean(10, i % 3 == 0);
                    e.setString(11, "");
                    e.setString(12, BenchPeople.key(2 + i % 100));
                    e.setLong(13, NOW.toEpochMilli());
                    e.setLong(14, NOW.toEpochMilli());
                    e.setString(15, "|" + BenchPeople.DEPARTMENTS[i % BenchPeople.DEPARTMENTS.length] + "|");
                    e.addBatch();
                    if (i % 5_000 == 0 || i == size) {
                        e.executeBatch();
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO " + db.table("EVENT_PERSON") + " (" + person
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 1; i <= size; i++) {
                    row(p, i, "ORGANISER", BenchPeople.key(2 + i % 100), null);
                    if (i % 5_000 == 0) {
                        p.executeBatch();
                    }
                }
                if (size % 5_000 != 0) {
                    p.executeBatch();
                }
                // the reader's own rows: the same 20 events whatever the size
                int step = Math.max(1, size / 20);
                for (int n = 0; n < 20; n++) {
                    int id = 1 + n * step;
                    row(p, id, n < 5 ? "ORGANISER" : n < 10 ? "INVITEE" : "RSVP", READER, n < 10 ? null : "YES");
                }
                p.executeBatch();
            }
            c.commit();
            if (!"hsqldb".equals(db.kind)) {
                try (Statement s = c.createStatement()) {
                    // the planner's statistics, which autovacuum would gather on a server in use
                    s.execute("ANALYZE " + event);
                    s.execute("ANALYZE " + db.table("EVENT_PERSON"));
                }
            }
        }
    }

    private static void row(PreparedStatement p, int eventId, String kind, String key, String answer)
            throws SQLException {
        p.setInt(1, eventId);
        p.setString(2, kind);
        p.setString(3, key);
        p.setString(4, eventId + ":" + kind + ":" + key);
        p.setString(5, answer);
        p.setBoolean(6, false);
        p.setString(7, "");
        p.setBoolean(8, true);
        p.setBoolean(9, false);
        p.setLong(10, NOW.toEpochMilli());
        p.setString(11, key);
        p.addBatch();
    }

    private static Measured measure(BenchDatabase db, int size) throws SQLException {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        HostCaches caches = new HostCaches();
        BenchPeople people = new BenchPeople(READER);
        DepartmentService departments = new DepartmentService(new AoDepartmentStore(db.ao), new AllGroups(), people,
                caches);
        if (departments.list().isEmpty()) {
            for (String key : BenchPeople.DEPARTMENTS) {
                departments.create(new DepartmentInput(key, key, key, List.of(key), true));
            }
        }
        CompanyCalendarService calendar = new CompanyCalendarService(new CompanyCalendarStore() {
            @Override
            public CompanyCalendar get() {
                return new CompanyCalendar(ZoneId.of("Asia/Tokyo"), true);
            }

            @Override
            public void save(CompanyCalendar saved) {
                throw new UnsupportedOperationException("the benchmark only reads");
            }
        }, new AoHolidayStore(db.ao), caches, clock);
        ClusterLocks oneNode = Requests.stub(ClusterLocks.class, Object.class, a -> ((Supplier<?>) a[1]).get());
        ThanksStore noThanks = Requests.stub(ThanksStore.class, Object.class, a -> null);
        AudienceGroups audiences = new AudienceGroups(new AoAudienceGroupStore(db.ao), departments,
                Requests.stub(dev.kakehashi.platform.HostGroups.class, Object.class, a -> false), people, caches);
        EventService service = new EventService(new AoEventStore(db.ao), new AoEventSettings(db.ao, caches), departments,
                audiences, people, calendar, oneNode, noThanks, InvitationNotices.NONE, (user, community) -> false,
                clock);
        for (int i = 0; i < RENDERS; i++) {
            service.listing(READER);
        }
        long before = db.dataSource.executed();
        db.dataSource.record();
        EventService.Listing listing = service.listing(READER);
        List<String> sql = db.dataSource.recorded();
        long statements = db.dataSource.executed() - before;
        long started = System.nanoTime();
        for (int i = 0; i < RENDERS; i++) {
            service.listing(READER);
        }
        double micros = (System.nanoTime() - started) / 1_000.0 / RENDERS;
        System.out.printf("%,d events: %d statements, %.0f µs, %d upcoming, %d own%n", size, statements, micros,
                listing.upcoming().size(), listing.mine().size());

        // one event's page and macro as its organiser sees it once it began: the detail and what follows the event
        beganYesterday(db, DETAIL_EVENT);
        DepartmentMapService maps = new DepartmentMapService(new AoDepartmentMapStore(db.ao,
                new SandboxJdbc(db.dataSource::getConnection)), departments, calendar,
                () -> Optional.of("/jira" + NewRequestLink.PATH), EventAttendance.NONE, caches, oneNode, clock);
        EventFollowUp followUp = new EventFollowUp(service, new AoEventStore(db.ao), new AoFollowUpStore(db.ao), maps,
                people, oneNode);
        for (int i = 0; i < RENDERS; i++) {
            followUp.of(READER, service.detail(READER, DETAIL_EVENT));
        }
        long detailBefore = db.dataSource.executed();
        db.dataSource.record();
        followUp.of(READER, service.detail(READER, DETAIL_EVENT));
        List<String> detailSql = db.dataSource.recorded();
        long detailStatements = db.dataSource.executed() - detailBefore;
        long detailStarted = System.nanoTime();
        for (int i = 0; i < RENDERS; i++) {
            followUp.of(READER, service.detail(READER, DETAIL_EVENT));
        }
        double detailMicros = (System.nanoTime() - detailStarted) / 1_000.0 / RENDERS;
        System.out.printf("%,d events: event page %d statements, %.0f µs%n", size, detailStatements, detailMicros);
        return new Measured(size, statements, micros, listing.upcoming().size(), listing.mine().size(), sql,
                detailStatements, detailMicros, detailSql);
    }

    /** The event the detail is measured on: the reader organises it at every size. */
    private static final long DETAIL_EVENT = 1;

    /** Moves the event to the day before NOW, so that its survey and topics are read as after any event. */
    private static void beganYesterday(BenchDatabase db, long id) throws SQLException {
        try (Connection c = db.bulkConnection(); PreparedStatement p = c.prepareStatement("UPDATE "
                + db.table("EVENT") + " SET " + db.column("START_AT") + " = ?, " + db.column("END_AT") + " = ? WHERE "
                + db.column("ID") + " = ?")) {
            p.setLong(1, NOW.toEpochMilli() - 86_400_000L);
            p.setLong(2, NOW.toEpochMilli() - 82_800_000L);
            p.setLong(3, id);
            p.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }
}
