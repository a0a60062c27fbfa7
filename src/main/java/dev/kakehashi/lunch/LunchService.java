package dev.kakehashi.lunch;

import dev.kakehashi.admin.Department;
import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.insights.CellFigures;
import dev.kakehashi.insights.DepartmentMapService;
import dev.kakehashi.insights.Suppression;
import dev.kakehashi.platform.InputCheck;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Rejection;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Shuffle lunch: administrators keep the programmes and the pairs kept apart; people join, leave and snooze; a round
 * is formed once per programme and day (by the daily job on the programme's day, or by an administrator now), its
 * members are told by mail, and asked a few days later whether they met. A person sees only their own groups; the
 * figures are department aggregates for administrators, suppressed below k people.
 */
public class LunchService {
    public static final int MAX_NAME = 100;
    public static final int MAX_SITE = 100;
    public static final int MIN_GROUP_SIZE = 3;
    public static final int MAX_GROUP_SIZE = 5;
    public static final int MAX_AVOID_ROUNDS = 12;
    public static final int MAX_PROGRAMMES = 50;
    /** Days after a round's date when its members are asked whether they met. */
    public static final int ASK_AFTER_DAYS = 2;
    /** People read per department when mapping people to departments. */
    static final int DEPARTMENT_PEOPLE = 100_000;
    /** How many days ahead an administrator may form a round. */
    public static final int RUN_AHEAD_DAYS = 90;
    /** Rounds a person's history shows. */
    public static final int HISTORY = 20;
    /** Rounds the figures cover, newest first. */
    public static final int FIGURE_ROUNDS = 12;
    /**
     * Rounds read for the figures: a pair is new when it was not in one group in these (a year of weekly rounds),
     * which bounds the read to 52 rounds' seats.
     */
    public static final int FIGURE_HISTORY = 52;

    private final LunchStore store;
    private final DepartmentService departments;
    private final People people;
    private final DepartmentMapService maps;
    private final LunchMail mail;
    private final Clock clock;

    public LunchService(LunchStore store, DepartmentService departments, People people, DepartmentMapService maps,
                        LunchMail mail, Clock clock) {
        this.store = store;
        this.departments = departments;
        this.people = people;
        this.maps = maps;
        this.mail = mail;
        this.clock = clock;
    }

    /** The company's today. */
    public LocalDate today() {
        return maps.today();
    }

    public boolean isAdmin(String userKey) {
        return people.isAdmin(userKey);
    }

    /** Every programme for administrators, the active ones for everyone else. */
    public List<Programme> programmes(String callerKey) {
        boolean admin = people.isAdmin(callerKey);
        return store.programmes().stream().filter(p -> admin || p.active()).toList();
    }

    /** The programme; 404 when there is none, or when it is paused and the caller is not an administrator. */
    public Programme programme(String callerKey, String key) {
        Programme programme = store.programme(key == null ? "" : key).orElseThrow(LunchService::notFound);
        if (!programme.active() && !people.isAdmin(callerKey)) {
            throw notFound();
        }
        return programme;
    }

    private static Rejection notFound() {
        return Rejection.of(Rejection.Reason.NOT_FOUND, "programme", "kakehashi.lunch.error.not.found");
    }

    private void admin(String callerKey) {
        if (callerKey == null || !people.isAdmin(callerKey)) {
            throw Rejection.forbidden();
        }
    }

    /** Adds a programme: 403 for anyone but an administrator, 400 with every problem, 409 for a key in use. */
    public Programme create(String callerKey, ProgrammeInput input) {
        admin(callerKey);
        InputCheck check = new InputCheck();
        String key = check.key("key", input.key());
        Programme programme = check(check, key, input);
        if (store.programmes().size() >= MAX_PROGRAMMES) {
            check.add("key", "kakehashi.lunch.error.too.many", MAX_PROGRAMMES);
        }
        check.rejectIfAny();
        if (!store.create(programme)) {
            throw Rejection.of(Rejection.Reason.CONFLICT, "key", "kakehashi.error.key.taken", key);
        }
        return programme;
    }

    /** Changes a programme (its key stays): 403, 404, or 400 with every problem. */
    public Programme update(String callerKey, String key, ProgrammeInput input) {
        admin(callerKey);
        store.programme(key).orElseThrow(LunchService::notFound);
        InputCheck check = new InputCheck();
        Programme programme = check(check, key, input);
        check.rejectIfAny();
        if (!store.update(programme)) {
            throw notFound();
        }
        return programme;
    }

    /** Removes a programme with its participation, pairs kept apart, rounds and seats. */
    public void delete(String callerKey, String key) {
        admin(callerKey);
        store.programme(key).orElseThrow(LunchService::notFound);
        store.delete(key);
    }

    private Programme check(InputCheck check, String key, ProgrammeInput input) {
        String nameEn = check.optional("nameEn", input.nameEn(), MAX_NAME);
        String nameJa = check.optional("nameJa", input.nameJa(), MAX_NAME);
        if ("".equals(nameEn) && "".equals(nameJa)) {
            check.add("nameEn", "kakehashi.lunch.error.name");
        }
        String site = check.optional("site", input.site(), MAX_SITE);
        Cadence cadence = Cadence.ofKey(input.cadence() == null ? "" : input.cadence()).orElse(null);
        if (cadence == null) {
            check.add("cadence", "kakehashi.lunch.error.cadence");
        }
        DayOfWeek weekday = weekday(input.weekday());
        if (weekday == null) {
            check.add("weekday", "kakehashi.lunch.error.weekday");
        }
        LocalDate startsOn = input.startsOn() == null || input.startsOn().isBlank() ? today()
                : check.date("startsOn", input.startsOn(), "kakehashi.lunch.error.date");
        int size = range(check, "groupSize", input.groupSize(), 4, MIN_GROUP_SIZE, MAX_GROUP_SIZE);
        int minDepartments = range(check, "minDepartments", input.minDepartments(), 2, 1, size);
        int avoid = range(check, "avoidRounds", input.avoidRounds(), 3, 0, MAX_AVOID_ROUNDS);
        if (check.hasProblem("nameEn") || check.hasProblem("nameJa") || check.hasProblem("site") || key == null
                || cadence == null || weekday == null || startsOn == null) {
            return null;
        }
        return new Programme(key, nameEn, nameJa, site, cadence, weekday, startsOn, size, minDepartments, avoid,
                input.active() == null || input.active());
    }

    private static DayOfWeek weekday(String text) {
        if (text == null) {
            return null;
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equalsIgnoreCase(text.strip())) {
                return day;
            }
        }
        return null;
    }

    private static int range(InputCheck check, String field, Integer value, int fallback, int min, int max) {
        if (value == null) {
            return Math.min(fallback, max);
        }
        if (value < min || value > max) {
            check.add(field, "kakehashi.error.range", min, max);
            return fallback;
        }
        return value;
    }

    /** The caller's participation in the programme (not taking part when they never joined). */
    public Participation participation(String callerKey, String key) {
        programme(callerKey, key);
        return store.participation(key, callerKey).orElse(new Participation(key, callerKey, false, null));
    }

    /** The caller joins the programme (a snooze they had is kept). */
    public Participation join(String callerKey, String key) {
        Participation now = participation(callerKey, key);
        Participation next = new Participation(key, callerKey, true, now.snoozedUntil());
        store.save(next);
        return next;
    }

    /** The caller leaves the programme. */
    public Participation leave(String callerKey, String key) {
        Participation now = participation(callerKey, key);
        Participation next = new Participation(key, callerKey, false, null);
        store.save(next);
        return next;
    }

    /** The caller skips the rounds up to and including {@code until} (blank: ends a snooze); 400 for a past day. */
    public Participation snooze(String callerKey, String key, String until) {
        Participation now = participation(callerKey, key);
        InputCheck check = new InputCheck();
        LocalDate day = until == null || until.isBlank() ? null
                : check.date("until", until, "kakehashi.lunch.error.date");
        if (day != null && day.isBefore(today())) {
            check.add("until", "kakehashi.lunch.error.snooze.past");
        }
        check.rejectIfAny();
        Participation next = new Participation(key, callerKey, now.optedIn(), day);
        store.save(next);
        return next;
    }

    /** Two people (by user name) an administrator keeps apart in the programme. */
    public record ApartPair(Person first, Person second) {
    }

    /** The pairs kept apart, for administrators only. */
    public List<ApartPair> apart(String callerKey, String key) {
        admin(callerKey);
        programme(callerKey, key);
        List<ApartPair> pairs = new ArrayList<>();
        for (String pair : store.apart(key)) {
            int cut = pair.indexOf('\u0000');
            Person a = people.byKey(pair.substring(0, cut)).orElse(null);
            Person b = people.byKey(pair.substring(cut + 1)).orElse(null);
            if (a != null && b != null) {
                pairs.add(new ApartPair(a, b));
            }
        }
        return pairs;
    }

    /** Keeps two people apart (by user name); 400 for an unknown name or the same person twice. */
    public boolean keepApart(String callerKey, String key, String first, String second, boolean apart) {
        admin(callerKey);
        programme(callerKey, key);
        InputCheck check = new InputCheck();
        String a = user(check, "first", first);
        String b = user(check, "second", second);
        if (a != null && a.equals(b)) {
            check.add("second", "kakehashi.lunch.error.apart.same");
        }
        check.rejectIfAny();
        return apart ? store.addApart(key, a, b) : store.removeApart(key, a, b);
    }

    private String user(InputCheck check, String field, String username) {
        String name = check.required(field, username, 255);
        if (name == null) {
            return null;
        }
        Optional<Person> person = people.byUsername(name);
        if (person.isEmpty()) {
            check.add(field, "kakehashi.lunch.error.user.unknown", name);
            return null;
        }
        return person.get().key();
    }

    /** A round just formed or found, and whether this call formed it. */
    public record RoundOutcome(Round round, boolean formed, int told) {
    }

    /**
     * An administrator forms the programme's round for a day now: today when {@code date} is blank, or a day up to
     * {@link #RUN_AHEAD_DAYS} ahead (to tell people early); a round already formed for that day is given back.
     */
    public RoundOutcome runNow(String callerKey, String key, String date) {
        admin(callerKey);
        Programme programme = programme(callerKey, key);
        LocalDate today = today();
        InputCheck check = new InputCheck();
        LocalDate day = date == null || date.isBlank() ? today
                : check.date("date", date, "kakehashi.lunch.error.date");
        if (day != null && (day.isBefore(today) || day.isAfter(today.plusDays(RUN_AHEAD_DAYS)))) {
            check.add("date", "kakehashi.lunch.error.run.day", RUN_AHEAD_DAYS);
        }
        check.rejectIfAny();
        return form(programme, day);
    }

    /**
     * The daily job: forms the round of every active programme due today, and asks "did you meet?" for the rounds
     * held {@link #ASK_AFTER_DAYS} days ago or earlier. Returns what it did, for the log.
     */
    public String daily() {
        LocalDate today = today();
        int formed = 0;
        int asked = 0;
        for (Programme programme : store.programmes()) {
            if (programme.dueOn(today) && form(programme, today).formed()) {
                formed++;
            }
        }
        for (Round round : store.roundsToAsk(today.minusDays(ASK_AFTER_DAYS))) {
            Optional<Programme> programme = store.programme(round.programmeKey());
            if (programme.isPresent()) {
                asked += mail.ask(programme.get(), round, store.seats(List.of(round.id())), clock.instant());
            }
            store.markAsked(round.id());
        }
        return formed + " lunch rounds formed, " + asked + " people asked whether they met";
    }

    /**
     * Forms the programme's round for the day, once: the people who take part that day, their departments, the pairs
     * that met in the last K rounds and the pairs kept apart go to the {@link LunchSolver}; the round and its seats
     * are written in one transaction that only one run can complete; the run that wrote it sends the mail.
     */
    public RoundOutcome form(Programme programme, LocalDate day) {
        Optional<Round> existing = store.round(programme.key(), day);
        if (existing.isPresent()) {
            return new RoundOutcome(existing.get(), false, 0);
        }
        Map<String, Set<String>> departmentsOf = departmentsOfPeople();
        List<LunchPerson> taking = new ArrayList<>();
        for (Participation p : store.participations(programme.key())) {
            if (p.joins(day) && people.byKey(p.userKey()).isPresent()) {
                taking.add(new LunchPerson(p.userKey(), departmentsOf.getOrDefault(p.userKey(), Set.of())));
            }
        }
        Instant now = clock.instant();
        long seed = seed(programme.key(), day);
        Set<String> recent = recentPairs(programme);
        Set<String> apart = new HashSet<>(store.apart(programme.key()));
        LunchSolver.Plan plan = LunchSolver.solve(taking, programme.groupSize(), programme.minDepartments(), recent,
                apart, seed);
        Map<String, LunchPerson> byKey = taking.stream()
                .collect(Collectors.toMap(LunchPerson::userKey, p -> p));
        List<List<Seat>> groups = new ArrayList<>();
        List<Seat> seats = new ArrayList<>();
        java.util.Random starters = new java.util.Random(seed);
        for (int g = 0; g < plan.groups().size(); g++) {
            int starter = 1 + starters.nextInt(LunchMail.STARTERS);
            List<Seat> group = new ArrayList<>();
            for (String userKey : plan.groups().get(g)) {
                group.add(new Seat(0, g + 1, userKey, new TreeSet<>(byKey.get(userKey).departments()).stream()
                        .toList(), starter, null));
            }
            groups.add(group);
            seats.addAll(group);
        }
        Round round = new Round(0, programme.key(), day, seed, taking.size(), plan.groups().size(),
                plan.repeatedPairs(), plan.groupsBelowMinimum(), plan.apartTogether(), plan.leftOut().size(), false,
                now);
        Optional<Round> saved = store.save(round, seats);
        if (saved.isEmpty()) {
            return new RoundOutcome(store.round(programme.key(), day).orElseThrow(), false, 0);
        }
        int told = mail.announce(programme, saved.get(), groups, departmentNames(), now);
        return new RoundOutcome(saved.get(), true, told);
    }

    /** The seed of a round: from the programme and the day, so that forming it again gives the same groups. */
    static long seed(String programmeKey, LocalDate day) {
        long h = 1125899906842597L;
        for (byte b : (programmeKey + ":" + day).getBytes(StandardCharsets.UTF_8)) {
            h = 31 * h + b;
        }
        return h;
    }

    /** Every active department's people, read from its host groups: one read per department, not per person. */
    private Map<String, Set<String>> departmentsOfPeople() {
        Map<String, Set<String>> of = new HashMap<>();
        for (DepartmentName department : departments.activeNames()) {
            for (String userKey : departments.memberKeys(department.key(), DEPARTMENT_PEOPLE)) {
                of.computeIfAbsent(userKey, k -> new HashSet<>()).add(department.key());
            }
        }
        return of;
    }

    private Map<String, String[]> departmentNames() {
        Map<String, String[]> names = new HashMap<>();
        for (DepartmentName d : departments.allNames()) {
            names.put(d.key(), new String[] {d.nameEn(), d.nameJa()});
        }
        return names;
    }

    private Set<String> recentPairs(Programme programme) {
        if (programme.avoidRounds() == 0) {
            return Set.of();
        }
        List<Long> ids = store.rounds(programme.key(), programme.avoidRounds()).stream().map(Round::id).toList();
        return Pairs.within(groups(store.seats(ids)).values());
    }

    /** The seats as groups, keyed by round id and group number. */
    private static Map<String, List<String>> groups(List<Seat> seats) {
        Map<String, List<String>> groups = new HashMap<>();
        for (Seat seat : seats) {
            groups.computeIfAbsent(seat.roundId() + ":" + seat.group(), k -> new ArrayList<>()).add(seat.userKey());
        }
        return groups;
    }

    /** One of the caller's rounds: the programme, the day, the group's members, its starter and their answer. */
    public record MyRound(Programme programme, Round round, List<Person> members, int starter, Boolean met,
                          boolean askable) {
    }

    /** The caller's own rounds, newest first: only their groups, never anybody else's. */
    public List<MyRound> mine(String callerKey) {
        List<Seat> mySeats = store.seatsOf(callerKey, HISTORY);
        if (mySeats.isEmpty()) {
            return List.of();
        }
        Map<Long, Seat> byRound = new LinkedHashMap<>();
        mySeats.forEach(s -> byRound.putIfAbsent(s.roundId(), s));
        Map<Long, List<Seat>> others = new HashMap<>();
        for (Seat seat : store.seats(byRound.keySet())) {
            Seat mine = byRound.get(seat.roundId());
            if (mine != null && mine.group() == seat.group() && !seat.userKey().equals(callerKey)) {
                others.computeIfAbsent(seat.roundId(), k -> new ArrayList<>()).add(seat);
            }
        }
        LocalDate today = today();
        List<MyRound> rounds = new ArrayList<>();
        Map<String, Optional<Programme>> programmes = new HashMap<>();
        for (Seat mine : byRound.values()) {
            Round round = store.round(mine.roundId()).orElse(null);
            if (round == null) {
                continue;
            }
            Programme programme = programmes.computeIfAbsent(round.programmeKey(), store::programme).orElse(null);
            if (programme == null) {
                continue;
            }
            List<Person> members = new ArrayList<>();
            for (Seat s : others.getOrDefault(mine.roundId(), List.of())) {
                people.byKey(s.userKey()).ifPresent(members::add);
            }
            rounds.add(new MyRound(programme, round, members, mine.starter(), mine.met(),
                    !round.date().isAfter(today)));
        }
        return rounds;
    }

    /** The caller answers "did you meet?" for a round of theirs; 404 when they had no seat in it. */
    public void answer(String callerKey, long roundId, Boolean met) {
        if (met == null) {
            throw Rejection.of(Rejection.Reason.INVALID, "met", "kakehashi.error.required");
        }
        Round round = store.round(roundId).orElseThrow(LunchService::notFound);
        if (round.date().isAfter(today())) {
            // someone without a seat learns nothing of the round, not even that it is still to come
            boolean seated = store.seats(List.of(roundId)).stream().anyMatch(s -> s.userKey().equals(callerKey));
            throw seated ? Rejection.of(Rejection.Reason.INVALID, "met", "kakehashi.lunch.error.not.yet") : notFound();
        }
        if (!store.answer(roundId, callerKey, met)) {
            throw notFound();
        }
    }

    /** One department pair's new cross-department pairs in a round; {@code count} null when hidden (fewer than k). */
    public record Cell(String from, String to, Integer count) {
    }

    /**
     * A round's figures: people and groups, what the solver could not keep, the pairs who met for the first time in
     * the programme across departments (null when they rest on fewer than k people), per department (null when
     * hidden) and per department pair, and how many people answered that they met.
     */
    public record RoundFigures(Round round, Integer newCrossPairs, Map<String, Integer> byDepartment,
                               List<Cell> cells, Integer answeredMet, Integer answered, int k) {
    }

    /** The figures of the programme's latest rounds, newest first; administrators only. */
    public List<RoundFigures> figures(String callerKey, String key) {
        admin(callerKey);
        programme(callerKey, key);
        int k = maps.minimumGroup();
        List<Round> rounds = new ArrayList<>(store.rounds(key, FIGURE_HISTORY));
        rounds.sort((a, b) -> a.date().compareTo(b.date()));
        List<String> active = departments.activeNames().stream().map(DepartmentName::key).toList();
        Set<String> metBefore = new HashSet<>();
        List<RoundFigures> figures = new ArrayList<>();
        Map<Long, List<Seat>> seatsByRound = store.seats(rounds.stream().map(Round::id).toList()).stream()
                .collect(Collectors.groupingBy(Seat::roundId));
        for (Round round : rounds) {
            List<Seat> seats = seatsByRound.getOrDefault(round.id(), List.of());
            Map<String, Seat> seatOf = new HashMap<>();
            seats.forEach(s -> seatOf.put(s.userKey(), s));
            Map<String, Integer> pairs = new TreeMap<>();
            Map<String, Set<String>> peopleOf = new HashMap<>();
            int total = 0;
            Set<String> roundPairs = Pairs.within(groups(seats).values());
            for (String pair : roundPairs) {
                if (metBefore.contains(pair)) {
                    continue;
                }
                int cut = pair.indexOf('\u0000');
                Seat a = seatOf.get(pair.substring(0, cut));
                Seat b = seatOf.get(pair.substring(cut + 1));
                if (a.departments().isEmpty() || b.departments().isEmpty()
                        || a.departments().stream().anyMatch(b.departments()::contains)) {
                    continue;
                }
                total++;
                for (String da : a.departments()) {
                    for (String db : b.departments()) {
                        for (String[] cell : new String[][] {{da, db}, {db, da}}) {
                            String cellKey = Suppression.cellKey(cell[0], cell[1]);
                            pairs.merge(cellKey, 1, Integer::sum);
                            Set<String> who = peopleOf.computeIfAbsent(cellKey, x -> new HashSet<>());
                            who.add(a.userKey());
                            who.add(b.userKey());
                        }
                    }
                }
            }
            metBefore.addAll(roundPairs);
            List<CellFigures> cells = new ArrayList<>();
            pairs.forEach((cellKey, count) -> {
                String[] fromTo = cellKey.split("\n", 2);
                cells.add(new CellFigures(fromTo[0], fromTo[1], 0, 0, count, 0, 0, peopleOf.get(cellKey).size()));
            });
            Suppression.Result shown = Suppression.apply(active, cells, k);
            Map<String, Integer> byDepartment = new TreeMap<>();
            for (String d : active) {
                if (shown.rowTotals().containsKey(d)) {
                    byDepartment.put(d, shown.rowTotals().get(d));
                }
            }
            hideComplement(byDepartment);
            List<Cell> shownCells = new ArrayList<>();
            for (CellFigures c : cells) {
                if (active.contains(c.from()) && active.contains(c.to()) && c.from().compareTo(c.to()) < 0) {
                    shownCells.add(new Cell(c.from(), c.to(),
                            shown.isSuppressed(c.from(), c.to()) ? null : c.thanks()));
                }
            }
            long answered = seats.stream().filter(s -> s.met() != null).count();
            long yes = seats.stream().filter(s -> Boolean.TRUE.equals(s.met())).count();
            boolean enough = round.people() >= k;
            figures.add(new RoundFigures(round, enough ? total : null, byDepartment, shownCells,
                    yes >= k && answered - yes >= k ? (int) yes : null,
                    answered >= k ? (int) answered : null, k));
        }
        java.util.Collections.reverse(figures);
        return figures.subList(0, Math.min(FIGURE_ROUNDS, figures.size()));
    }

    /**
     * The round's total is the half-sum of the department totals: with exactly one of them hidden it could be worked
     * out from the others, so the smallest shown one is hidden too (complementary suppression of the totals).
     */
    static void hideComplement(Map<String, Integer> byDepartment) {
        long hidden = byDepartment.values().stream().filter(java.util.Objects::isNull).count();
        if (hidden != 1) {
            return;
        }
        byDepartment.entrySet().stream().filter(e -> e.getValue() != null)
                .min(java.util.Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .ifPresent(e -> byDepartment.put(e.getKey(), null));
    }

    /** Names of the departments for views, by key. */
    public Map<String, String> departmentNames(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (DepartmentName d : departments.allNames()) {
            names.put(d.key(), d.name(locale));
        }
        return names;
    }

    /** The caller's departments (for their page). */
    public List<Department> departmentsOf(String userKey) {
        return departments.departmentsOf(userKey);
    }
}
