package dev.kakehashi.bench;

import dev.kakehashi.lunch.Cadence;
import dev.kakehashi.lunch.LunchPerson;
import dev.kakehashi.lunch.LunchSolver;
import dev.kakehashi.lunch.Pairs;
import dev.kakehashi.lunch.Participation;
import dev.kakehashi.lunch.Programme;
import dev.kakehashi.lunch.Round;
import dev.kakehashi.lunch.Seat;
import dev.kakehashi.lunch.ao.AoLunchApart;
import dev.kakehashi.lunch.ao.AoLunchMember;
import dev.kakehashi.lunch.ao.AoLunchProgramme;
import dev.kakehashi.lunch.ao.AoLunchRound;
import dev.kakehashi.lunch.ao.AoLunchSeat;
import dev.kakehashi.lunch.ao.AoLunchStore;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One shuffle lunch round for 10,000 opted-in people in 10 departments, three rounds in a row (the later ones avoid
 * the pairs of the earlier ones): the time of what the round does in the database and the solver — read the
 * participation, read the last K rounds' seats, solve, write the round and its 10,000 seats in one transaction.
 * The departments are given (the service reads them from the host's groups, one read per department) and no mail is
 * sent. Run with {@code mvn -Pbench -Dkakehashi.bench.main=dev.kakehashi.bench.LunchBench} (add
 * {@code -Dkakehashi.bench.db=postgres}).
 */
public final class LunchBench {
    private static final int PEOPLE = 10_000;
    private static final int DEPARTMENTS = 10;
    private static final String KEY = "bench-lunch";

    private LunchBench() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        try (BenchDatabase db = BenchDatabase.open(PEOPLE)) {
            db.ao.migrate(AoLunchProgramme.class, AoLunchMember.class, AoLunchApart.class, AoLunchRound.class,
                    AoLunchSeat.class);
            AoLunchStore store = new AoLunchStore(db.ao);
            store.delete(KEY);
            Programme programme = new Programme(KEY, "Bench lunch", "ベンチ", "", Cadence.WEEKLY,
                    DayOfWeek.WEDNESDAY, LocalDate.of(2026, 1, 7), 4, 3, 3, true);
            store.create(programme);
            List<Map<String, Object>> rows = new ArrayList<>();
            Map<String, Set<String>> departmentOf = new HashMap<>();
            for (int i = 0; i < PEOPLE; i++) {
                String user = "JIRAUSER" + (10_000 + i);
                departmentOf.put(user, Set.of("d" + (i % DEPARTMENTS)));
                Map<String, Object> row = new HashMap<>();
                row.put(AoLunchMember.PROGRAMME_KEY, KEY);
                row.put(AoLunchMember.USER_KEY, user);
                row.put(AoLunchMember.MEMBER_KEY, KEY + ":" + user);
                row.put(AoLunchMember.OPTED_IN, 1);
                row.put(AoLunchMember.SNOOZED_UNTIL, "");
                rows.add(row);
            }
            db.ao.create(AoLunchMember.class, rows);
            System.out.printf("%s: %,d people opted in%n", db.kind, PEOPLE);
            System.out.println("| round | read participation | read last K rounds | solve | write round and seats "
                    + "| total | groups | repeated pairs | groups below minimum |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            LocalDate day = LocalDate.of(2026, 1, 7);
            for (int round = 1; round <= 3; round++, day = day.plusWeeks(1)) {
                long t0 = System.nanoTime();
                List<LunchPerson> taking = new ArrayList<>();
                for (Participation p : store.participations(KEY)) {
                    if (p.joins(day)) {
                        taking.add(new LunchPerson(p.userKey(), departmentOf.get(p.userKey())));
                    }
                }
                long t1 = System.nanoTime();
                List<Long> ids = store.rounds(KEY, programme.avoidRounds()).stream().map(Round::id).toList();
                Map<String, List<String>> groups = new HashMap<>();
                for (Seat s : store.seats(ids)) {
                    groups.computeIfAbsent(s.roundId() + ":" + s.group(), k -> new ArrayList<>()).add(s.userKey());
                }
                Set<String> recent = Pairs.within(groups.values());
                long t2 = System.nanoTime();
                LunchSolver.Plan plan = LunchSolver.solve(taking, programme.groupSize(), programme.minDepartments(),
                        recent, Set.of(), round);
                long t3 = System.nanoTime();
                List<Seat> seats = new ArrayList<>();
                for (int g = 0; g < plan.groups().size(); g++) {
                    for (String user : plan.groups().get(g)) {
                        seats.add(new Seat(0, g + 1, user, List.copyOf(departmentOf.get(user)), 1, null));
                    }
                }
                store.save(new Round(0, KEY, day, round, taking.size(), plan.groups().size(), plan.repeatedPairs(),
                        plan.groupsBelowMinimum(), plan.apartTogether(), plan.leftOut().size(), false,
                        Instant.now()), seats).orElseThrow();
                long t4 = System.nanoTime();
                System.out.printf("| %d | %.2f s | %.2f s | %.2f s | %.2f s | %.2f s | %,d | %d | %d |%n", round,
                        sec(t1 - t0), sec(t2 - t1), sec(t3 - t2), sec(t4 - t3), sec(t4 - t0), plan.groups().size(),
                        plan.repeatedPairs(), plan.groupsBelowMinimum());
            }
            store.delete(KEY);
        }
    }

    private static double sec(long nanos) {
        return nanos / 1e9;
    }
}
