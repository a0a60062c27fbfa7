package dev.kakehashi.bench;

import dev.kakehashi.admin.CompanyCalendar;
import dev.kakehashi.admin.CompanyCalendarService;
import dev.kakehashi.admin.CompanyCalendarStore;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.admin.ao.AoDepartmentStore;
import dev.kakehashi.admin.ao.AoHolidayStore;
import dev.kakehashi.admin.ao.AoHoliday;
import dev.kakehashi.insights.EventAttendance;
import dev.kakehashi.insights.DepartmentMap;
import dev.kakehashi.insights.DepartmentMapService;
import dev.kakehashi.insights.MapPeriod;
import dev.kakehashi.insights.ao.AoDepartmentMapStore;
import dev.kakehashi.insights.ao.AoDeptMapCell;
import dev.kakehashi.insights.ao.AoDeptMapDay;
import dev.kakehashi.insights.ao.AoDeptMapMark;
import dev.kakehashi.insights.ao.AoDeptMapPerson;
import dev.kakehashi.platform.ClusterLocks;
import dev.kakehashi.profiles.NewRequestLink;
import dev.kakehashi.sandbox.ao.SandboxJdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The department map at the benchmark's sizes (1,000 and 1,000,000 thanks, as many requests): statements and time of
 * a render of a standard window; the first run, which counts every kept day; the nightly aggregation (best of three
 * nights, the clock moved on a day before each, so each counts its new yesterday and checks every other day's
 * fingerprint); and its time ÷ a bare SQL GROUP BY over the same thanks (sender department × recipient department of
 * the public active thanks of the two years read), and ÷ that plus one over the requests. Run with
 * {@code mvn -Pbench -Dkakehashi.bench.main=dev.kakehashi.bench.DepartmentMapBench} (add
 * {@code -Dkakehashi.bench.db=postgres}); the data sets are those of {@link BenchMain}, written if missing.
 */
public final class DepartmentMapBench {
    /** The day after the data's year (thanks from 2024-04-01 to 2025-04-01): every thanks is in the windows read. */
    private static final Instant NOW = Instant.parse("2025-04-02T03:00:00Z");
    private static final int RENDERS = 200;
    private static final int RUNS = 3;

    private DepartmentMapBench() {
    }

    private record Measured(int size, long renderStatements, double renderMicros, long rebuildMillis,
                            long aggregationMillis, long groupByMillis, long requestGroupByMillis, int cells,
                            List<String> renderSql) {
    }

    /** The company's clock, moved on a day before each nightly run as the nights pass. */
    private static final class NightClock extends Clock {
        private Instant now;

        NightClock(Instant now) {
            this.now = now;
        }

        void nextDay() {
            now = now.plus(java.time.Duration.ofDays(1));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the benchmark's clock stays in UTC");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream(System.getProperty("kakehashi.bench.sizes", "1000,1000000").split(","))
                .map(String::strip).mapToInt(Integer::parseInt).toArray();
        List<Measured> measured = new ArrayList<>();
        for (int size : sizes) {
            try (BenchDatabase db = BenchDatabase.open(size)) {
                long started = System.nanoTime();
                DataGenerator.ensure(db);
                RequestData.ensure(db);
                System.out.printf("%s, %,d thanks and %,d requests in place in %d s%n", db.kind, size,
                        RequestData.requests(size), (System.nanoTime() - started) / 1_000_000_000L);
                db.ao.migrate(AoDeptMapCell.class, AoDeptMapDay.class, AoDeptMapPerson.class, AoDeptMapMark.class,
                        AoHoliday.class);
                measured.add(measure(db, size));
            }
        }
        String kind = BenchDatabase.kind();
        System.out.println();
        System.out.println("| " + kind + " | render statements (standard 90 days) | render time | first run (every day) "
                + "| nightly aggregation "
                + "| bare GROUP BY, thanks | aggregation ÷ thanks GROUP BY | bare GROUP BY, requests "
                + "| aggregation ÷ (thanks + requests GROUP BY) | cells |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Measured m : measured) {
            System.out.printf("| %,d thanks, %,d requests | %d | %.0f µs | %,d ms | %,d ms | %,d ms | %.2f | %,d ms "
                    + "| %.2f | %d |%n", m.size(), RequestData.requests(m.size()), m.renderStatements(),
                    m.renderMicros(), m.rebuildMillis(), m.aggregationMillis(), m.groupByMillis(),
                    (double) m.aggregationMillis() / Math.max(1, m.groupByMillis()), m.requestGroupByMillis(),
                    (double) m.aggregationMillis() / Math.max(1, m.groupByMillis() + m.requestGroupByMillis()),
                    m.cells());
        }
        Measured small = measured.get(0);
        Measured large = measured.get(measured.size() - 1);
        System.out.printf("%nRender time at the largest ÷ at the smallest size: %.2f (target ≤ 1.5)%n",
                large.renderMicros() / small.renderMicros());
        System.out.printf("Aggregation ÷ bare GROUP BY of the thanks at %,d thanks: %.2f (target ≤ 1.5)%n",
                large.size(), (double) large.aggregationMillis() / Math.max(1, large.groupByMillis()));
        System.out.printf("Aggregation ÷ bare GROUP BYs of the thanks and the requests it reads: %.2f%n",
                (double) large.aggregationMillis() / Math.max(1, large.groupByMillis()
                        + large.requestGroupByMillis()));
        System.out.println("The render's statements:");
        large.renderSql().forEach(sql -> System.out.println("- `" + sql + "`"));
    }

    private static Measured measure(BenchDatabase db, int size) throws SQLException {
        NightClock clock = new NightClock(NOW);
        HostCaches caches = new HostCaches();
        BenchPeople people = new BenchPeople(BenchPeople.key(1));
        DepartmentService departments = new DepartmentService(new AoDepartmentStore(db.ao), new AllGroups(), people,
                caches);
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
        NewRequestLink link = () -> Optional.of("/jira" + NewRequestLink.PATH);
        ClusterLocks oneNode = Requests.stub(ClusterLocks.class, Object.class, a -> ((Supplier<?>) a[1]).get());
        DepartmentMapService service = new DepartmentMapService(new AoDepartmentMapStore(db.ao,
                new SandboxJdbc(db.dataSource::getConnection)), departments,
                calendar, link, EventAttendance.NONE, caches, oneNode, clock);

        long firstStarted = System.nanoTime();
        service.refresh(true);
        long rebuild = (System.nanoTime() - firstStarted) / 1_000_000;
        long aggregation = Long.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            clock.nextDay();
            long started = System.nanoTime();
            service.refresh();
            aggregation = Math.min(aggregation, (System.nanoTime() - started) / 1_000_000);
        }
        long groupBy = Long.MAX_VALUE;
        int groups = 0;
        long since = LocalDate.of(2025, 4, 2).minusDays(730).atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant()
                .toEpochMilli();
        String sql = "SELECT s." + db.column("DEPARTMENT_KEY") + ", r." + db.column("DEPARTMENT_KEY") + ", COUNT(*) FROM "
                + db.table("THANKS") + " t JOIN " + db.table("THANKS_DEPT") + " s ON s." + db.column("THANKS_ID")
                + " = t." + db.column("ID") + " AND s." + db.column("AS_SENDER") + " = TRUE JOIN "
                + db.table("THANKS_DEPT") + " r ON r." + db.column("THANKS_ID") + " = t." + db.column("ID") + " AND r."
                + db.column("AS_RECIPIENT") + " = TRUE AND r." + db.column("DEPARTMENT_KEY") + " <> s."
                + db.column("DEPARTMENT_KEY") + " WHERE t." + db.column("STATE") + " = 'ACTIVE' AND t."
                + db.column("VISIBILITY") + " = 'PUBLIC' AND t." + db.column("CREATED_AT") + " >= ? GROUP BY s."
                + db.column("DEPARTMENT_KEY") + ", r." + db.column("DEPARTMENT_KEY");
        try (Connection c = db.bulkConnection()) {
            for (int run = 0; run < RUNS; run++) {
                long started = System.nanoTime();
                groups = 0;
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setLong(1, since);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            groups++;
                        }
                    }
                }
                groupBy = Math.min(groupBy, (System.nanoTime() - started) / 1_000_000);
            }
        }
        String requestSql = "SELECT r." + db.column("FROM_DEPARTMENT") + ", r." + db.column("TO_DEPARTMENT")
                + ", COUNT(*) FROM " + db.table("COLLAB_REQUEST") + " r WHERE r." + db.column("CREATED_AT")
                + " >= ? GROUP BY r." + db.column("FROM_DEPARTMENT") + ", r." + db.column("TO_DEPARTMENT");
        long requestGroupBy = Long.MAX_VALUE;
        int requestGroups = 0;
        try (Connection c = db.bulkConnection()) {
            for (int run = 0; run < RUNS; run++) {
                long started = System.nanoTime();
                requestGroups = 0;
                try (PreparedStatement s = c.prepareStatement(requestSql)) {
                    s.setLong(1, since);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            requestGroups++;
                        }
                    }
                }
                requestGroupBy = Math.min(requestGroupBy, (System.nanoTime() - started) / 1_000_000);
            }
        }
        MapPeriod ninety = MapPeriod.standard(90, service.today());
        for (int i = 0; i < RENDERS; i++) {
            service.map(BenchPeople.key(1), ninety, Locale.JAPANESE);
        }
        long before = db.dataSource.executed();
        db.dataSource.record();
        DepartmentMap map = service.map(BenchPeople.key(1), ninety, Locale.JAPANESE);
        List<String> renderSql = db.dataSource.recorded();
        long statements = db.dataSource.executed() - before;
        long started = System.nanoTime();
        for (int i = 0; i < RENDERS; i++) {
            service.map(BenchPeople.key(1), ninety, Locale.JAPANESE);
        }
        double micros = (System.nanoTime() - started) / 1_000.0 / RENDERS;
        System.out.printf("%,d requests: GROUP BY %,d ms (%d groups)%n", RequestData.requests(size), requestGroupBy,
                requestGroups);
        System.out.printf("%,d thanks: first run (every day counted) %,d ms%n", size, rebuild);
        System.out.printf("%,d thanks: aggregation %,d ms, GROUP BY %,d ms (%d groups), render %d statements %.0f µs, "
                + "%d cells%n", size, aggregation, groupBy, groups, statements, micros, map.cells().size());
        return new Measured(size, statements, micros, rebuild, aggregation, groupBy, requestGroupBy,
                map.cells().size(), renderSql);
    }
}
