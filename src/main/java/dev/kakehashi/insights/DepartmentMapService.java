package dev.kakehashi.insights;

import dev.kakehashi.admin.CompanyCalendarService;
import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.platform.Caches;
import dev.kakehashi.platform.ClusterLocks;
import dev.kakehashi.platform.InputCheck;
import dev.kakehashi.profiles.NewRequestLink;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The department map: the nightly aggregation of the standard windows, the map a reader sees (a standard window in
 * one read of the stored aggregates, a custom range from the raw tables), the minimum group setting, and the quiet
 * partners of a department.
 *
 * <p>Privacy: the map shows department aggregates only. Private, hidden and withdrawn thanks are never read. Requests
 * and knowledge pages count whatever the reader may see of their issue or page, because nothing of them is named or
 * linked; events count only when public and announced (seen by everyone logged in), through the people checked in.
 * Only counts per department pair, each resting on at least k distinct people, with complementary
 * suppression of the totals ({@link Suppression}); a stage is hidden when its pair rests on fewer than k people or
 * either direction's cell is hidden.
 */
public class DepartmentMapService implements QuietPairs {
    /** The smallest minimum group an administrator may choose. */
    public static final int MIN_GROUP = 3;
    /** The largest minimum group an administrator may choose. */
    public static final int MAX_GROUP = 50;
    static final String THANKS_WALL = "/plugins/servlet/kakehashi/thanks";
    static final String LOCK = "dev.kakehashi.insights.department-map";

    private final DepartmentMapStore store;
    private final DepartmentService departments;
    private final CompanyCalendarService calendar;
    private final NewRequestLink newRequest;
    private final ClusterLocks locks;
    private final Clock clock;
    private final Caches.CachedValue<Integer> minimumGroup;
    private final EventAttendance events;

    public DepartmentMapService(DepartmentMapStore store, DepartmentService departments,
                                CompanyCalendarService calendar, NewRequestLink newRequest, EventAttendance events,
                                Caches caches, ClusterLocks locks, Clock clock) {
        this.events = events;
        this.store = store;
        this.departments = departments;
        this.calendar = calendar;
        this.newRequest = newRequest;
        this.locks = locks;
        this.clock = clock;
        this.minimumGroup = caches.value("insights.minimumGroup", store::minimumGroup);
    }

    /** The company's today. */
    public LocalDate today() {
        return calendar.calendar().day(clock.instant());
    }

    /** The minimum group k (from the cache). */
    public int minimumGroup() {
        return minimumGroup.get();
    }

    /** Saves k; 400 unless from {@link #MIN_GROUP} to {@link #MAX_GROUP}. */
    public int updateMinimumGroup(Integer k) {
        InputCheck check = new InputCheck();
        if (k == null || k < MIN_GROUP || k > MAX_GROUP) {
            check.add("minimumGroup", "kakehashi.error.range", MIN_GROUP, MAX_GROUP);
        }
        check.rejectIfAny();
        store.saveMinimumGroup(k);
        minimumGroup.reset();
        return k;
    }

    /**
     * Recomputes the stored aggregates of every standard window and its previous window from one read of the raw
     * tables over the last two years, and replaces them in one transaction; one run at a time in the cluster.
     *
     * @return when the run started
     */
    public Instant refresh() {
        return refresh(false);
    }

    /**
     * As {@link #refresh()}; {@code rebuild} counts every day again from the raw rows instead of only the days that
     * changed since the last run.
     */
    public Instant refresh(boolean rebuild) {
        return locks.underLock(LOCK, () -> {
            Instant now = clock.instant();
            LocalDate today = calendar.calendar().day(now);
            Map<String, MapPeriod> windows = new LinkedHashMap<>();
            LocalDate first = today;
            for (int days : MapPeriod.STANDARD_DAYS) {
                MapPeriod window = MapPeriod.standard(days, today);
                windows.put(MapPeriod.windowKey(days, false), window);
                windows.put(MapPeriod.windowKey(days, true), window.previous());
                first = first.isAfter(window.previous().from()) ? window.previous().from() : first;
            }
            LocalDate yesterday = today.minusDays(1);
            Tally tally = new Tally(windows, yesterday);
            store.countNightly(first, yesterday, calendar.calendar().zone(), tally, rebuild);
            countEvents(first, yesterday, tally);
            Map<String, PeriodFigures> figures = new LinkedHashMap<>();
            windows.keySet().forEach(w -> figures.put(w, tally.figures(w)));
            store.replace(figures, now);
            return now;
        });
    }

    /**
     * Counts the public events that began from {@code from} to {@code to} (company days): for each two departments
     * whose people were checked in at one, one contact both ways, resting on the attendees of those two departments
     * only (so that a pair with few people of its own is suppressed whatever the size of the event). Each attendee's
     * departments are read once per count.
     */
    private void countEvents(LocalDate from, LocalDate to, Tally tally) {
        java.time.ZoneId zone = calendar.calendar().zone();
        Map<String, List<String>> departmentsOf = new HashMap<>();
        events.attended(from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant(),
                (start, attendees) -> {
                    Map<String, List<String>> byDepartment = new LinkedHashMap<>();
                    for (String attendee : attendees) {
                        for (String d : departmentsOf.computeIfAbsent(attendee, k -> departments.departmentsOf(k)
                                .stream().map(dev.kakehashi.admin.Department::key).toList())) {
                            byDepartment.computeIfAbsent(d, k -> new ArrayList<>()).add(attendee);
                        }
                    }
                    List<String> present = new ArrayList<>(byDepartment.keySet());
                    LocalDate day = calendar.calendar().day(start);
                    for (int i = 0; i < present.size(); i++) {
                        for (int j = i + 1; j < present.size(); j++) {
                            List<String> people = new ArrayList<>(byDepartment.get(present.get(i)));
                            people.addAll(byDepartment.get(present.get(j)));
                            tally.add(Contact.event(day, present.get(i), present.get(j), people));
                        }
                    }
                });
    }

    /**
     * The map of a period for a reader. A standard window reads the stored aggregates of it and its previous window
     * in one statement; a custom range reads the raw tables once each (seven statements: thanks, requests, knowledge
     * pages, goals and their departments, public events and their check-ins) over it and its previous range. Department names and k come from caches.
     */
    public DepartmentMap map(String userKey, MapPeriod period, Locale locale) {
        PeriodFigures current;
        PeriodFigures previous;
        Instant computedAt;
        MapPeriod before = period.previous();
        if (period.standard()) {
            String key = MapPeriod.windowKey(period.days(), false);
            String previousKey = MapPeriod.windowKey(period.days(), true);
            DepartmentMapStore.Stored stored = store.read(key, previousKey);
            current = stored.window(key);
            previous = stored.window(previousKey);
            computedAt = stored.computedAt();
        } else {
            Tally tally = new Tally(Map.of("current", period, "previous", before), period.to());
            store.count(before.from(), period.to(), calendar.calendar().zone(), tally);
            countEvents(before.from(), period.to(), tally);
            current = tally.figures("current");
            previous = tally.figures("previous");
            computedAt = clock.instant();
        }
        return build(period, before, computedAt, current, previous, locale);
    }

    DepartmentMap build(MapPeriod period, MapPeriod before, Instant computedAt, PeriodFigures current,
                        PeriodFigures previous, Locale locale) {
        int k = minimumGroup();
        List<DepartmentName> active = departments.activeNames();
        List<String> keys = active.stream().map(DepartmentName::key).toList();
        String base = newRequest.page().map(page -> page.substring(0, page.length() - NewRequestLink.PATH.length()))
                .orElse(null);
        List<DepartmentMap.DepartmentJson> departmentJson = new ArrayList<>();
        Map<String, String> profiles = new HashMap<>();
        for (DepartmentName d : active) {
            String url = profileUrl(d);
            profiles.put(d.key(), url);
            departmentJson.add(new DepartmentMap.DepartmentJson(d.key(), d.name(locale), url));
        }
        Map<String, CellFigures> now = byCell(current.cells());
        Map<String, CellFigures> then = byCell(previous.cells());
        Suppression.Result hidden = Suppression.apply(keys, current.cells(), k);
        List<DepartmentMap.Cell> cells = new ArrayList<>();
        for (String from : keys) {
            for (String to : keys) {
                CellFigures cell = now.get(Suppression.cellKey(from, to));
                if (cell == null || from.equals(to)) {
                    continue;
                }
                if (hidden.isSuppressed(from, to)) {
                    cells.add(DepartmentMap.Cell.hidden(from, to));
                    continue;
                }
                CellFigures earlier = then.get(Suppression.cellKey(from, to));
                Integer previousTotal = earlier == null ? Integer.valueOf(0)
                        : earlier.people() < k ? null : Integer.valueOf(earlier.total());
                cells.add(new DepartmentMap.Cell(from, to, false, cell, previousTotal));
            }
        }
        Map<String, Integer> pairPeople = new HashMap<>();
        current.pairs().forEach(p -> pairPeople.put(PairFigures.key(p.a(), p.b()), p.people()));
        List<DepartmentMap.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                String a = keys.get(i);
                String b = keys.get(j);
                int people = pairPeople.getOrDefault(PairFigures.key(a, b), 0);
                // a shown cell and the stage would give a hidden cell of the pair away (its requests done)
                if (people > 0 && people < k || hidden.isSuppressed(a, b) || hidden.isSuppressed(b, a)) {
                    pairs.add(new DepartmentMap.Pair(a, b, true, null, null, null));
                    continue;
                }
                Stage stage = Stage.of(now.get(Suppression.cellKey(a, b)), now.get(Suppression.cellKey(b, a)),
                        then.get(Suppression.cellKey(a, b)), then.get(Suppression.cellKey(b, a)));
                pairs.add(new DepartmentMap.Pair(a, b, false, stage, stage.label(locale),
                        new DepartmentMap.Next(stage.next(locale), nextUrl(stage, b, profiles, base))));
            }
        }
        return new DepartmentMap(DepartmentMap.Span.of(period), DepartmentMap.Span.of(before),
                computedAt == null ? null : computedAt.toString(), k, departmentJson, cells, hidden.rowTotals(),
                hidden.columnTotals(), pairs);
    }

    private String nextUrl(Stage stage, String partner, Map<String, String> profiles, String base) {
        return switch (stage) {
            case NO_CONTACT -> profiles.get(partner);
            case MET -> base == null ? null : base + THANKS_WALL;
            case THANKS, COLLABORATION -> newRequest.asking(partner, null).orElse(null);
            case CONTINUING -> null;
        };
    }

    /**
     * The department's profile page in Jira (through the application link in Confluence), or null: every page a map
     * links is in Jira, found from where Jira's new-request page is.
     */
    private String profileUrl(DepartmentName department) {
        return newRequest.page().map(page -> page.substring(0, page.length() - NewRequestLink.PATH.length())
                + department.profilePath()).orElse(null);
    }

    private static Map<String, CellFigures> byCell(List<CellFigures> cells) {
        Map<String, CellFigures> found = new HashMap<>();
        cells.forEach(c -> found.put(Suppression.cellKey(c.from(), c.to()), c));
        return found;
    }

    /** How long one reading of the days since a day serves further departments (a digest run asks for each). */
    static final java.time.Duration QUIET_READING_LIFE = java.time.Duration.ofMinutes(10);

    /** The distinct people per pair over {@code since} to {@code yesterday}, read at {@code readAt}. */
    private record QuietReading(LocalDate since, LocalDate yesterday, Instant readAt, Map<String, Integer> people) {
    }

    private final java.util.concurrent.atomic.AtomicReference<QuietReading> quietReading =
            new java.util.concurrent.atomic.AtomicReference<>();

    /**
     * Reads the raw tables once over {@code since} to yesterday (seven statements, as for a custom range; the reading
     * serves the other departments of the same digest run for {@link #QUIET_READING_LIFE}): a partner is quiet
     * unless the pair's contacts in those days, in either direction, rest on at least k distinct people. So a pair
     * with a little contact by fewer than k people is quiet too ("little or no contact"), and the digest never
     * tells of contact by fewer than k people.
     */
    @Override
    public List<String> quietPartners(String departmentKey, LocalDate since) {
        Instant now = clock.instant();
        LocalDate yesterday = calendar.calendar().day(now).minusDays(1);
        QuietReading reading = quietReading.get();
        if (reading == null || !reading.since().equals(since) || !reading.yesterday().equals(yesterday)
                || reading.readAt().plus(QUIET_READING_LIFE).isBefore(now)) {
            Map<String, Integer> people = new HashMap<>();
            if (!since.isAfter(yesterday)) {
                MapPeriod days = MapPeriod.custom(since, yesterday);
                Tally tally = new Tally(Map.of("since", days), yesterday);
                store.count(since, yesterday, calendar.calendar().zone(), tally);
                countEvents(since, yesterday, tally);
                tally.figures("since").pairs().forEach(p -> people.put(PairFigures.key(p.a(), p.b()), p.people()));
            }
            reading = new QuietReading(since, yesterday, now, Map.copyOf(people));
            quietReading.set(reading);
        }
        int k = minimumGroup();
        List<String> quiet = new ArrayList<>();
        for (DepartmentName d : departments.activeNames()) {
            if (d.key().equals(departmentKey)) {
                continue;
            }
            if (reading.people().getOrDefault(PairFigures.key(departmentKey, d.key()), 0) < k) {
                quiet.add(d.key());
            }
        }
        return quiet;
    }
}
