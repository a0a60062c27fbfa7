package dev.kakehashi.lunch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Forms one round's lunch groups: a seeded random greedy fill, then a swap repair. Deterministic for a seed and the
 * same people, whatever order they come in.
 *
 * <p>Written here because no library fits: the constraint solvers on Maven Central (Timefold/OptaPlanner, Choco)
 * bring a modelling framework and dozens of dependencies into the plugin for a problem a greedy with local repair
 * solves for 10,000 people in well under a second.
 *
 * <ol>
 *   <li>The people are sorted by user key and shuffled with the seed. The number of groups is N / size rounded up,
 *       and the sizes differ by at most one (so nobody is left alone unless only one person takes part).</li>
 *   <li>Greedy: each group starts with the next person of the shuffled pool; each further seat goes to the cheapest
 *       of a random sample of the pool, where a person costs much when kept apart from a member, less when they met a
 *       member in the last K rounds, and earns a little when they bring a department the group does not have yet.</li>
 *   <li>Repair: while a pass improves anything (at most {@link #REPAIR_PASSES}), every member of a group that has a
 *       pair kept apart, a repeated pair or too few departments is tried against the members of other groups (all
 *       of them, or a random sample of {@link #REPAIR_GROUPS} groups when there are more); a swap is made when it
 *       lowers the two groups' penalties.</li>
 * </ol>
 * What the repair could not remove is counted in the {@link Plan}, so that a round says when it fell short.
 */
public final class LunchSolver {
    static final long APART = 1_000_000L;
    static final long REPEAT = 1_000L;
    static final long SHORT = 100L;
    /** Pool members looked at for one seat in the greedy fill. */
    static final int SAMPLE = 64;
    static final int REPAIR_PASSES = 40;
    /** Other groups a member of a group with a penalty is tried against in one pass. */
    static final int REPAIR_GROUPS = 300;

    private LunchSolver() {
    }

    /**
     * The round's groups (user keys), the people who could not be placed (one person alone), and what the groups
     * still break: pairs that met in the last K rounds, groups with fewer departments than the minimum, and pairs
     * kept apart who share a group.
     */
    public record Plan(List<List<String>> groups, List<String> leftOut, int repeatedPairs, int groupsBelowMinimum,
                       int apartTogether) {
        /** Whether every group keeps every rule. */
        public boolean clean() {
            return leftOut.isEmpty() && repeatedPairs == 0 && groupsBelowMinimum == 0 && apartTogether == 0;
        }
    }

    /**
     * @param recentPairs pairs (see {@link Pairs#of}) that met in the last K rounds
     * @param apartPairs  pairs an administrator keeps apart
     */
    public static Plan solve(List<LunchPerson> participants, int groupSize, int minDepartments,
                             Set<String> recentPairs, Set<String> apartPairs, long seed) {
        if (groupSize < 2) {
            throw new IllegalArgumentException("groupSize " + groupSize);
        }
        List<LunchPerson> people = new ArrayList<>(participants);
        people.sort(Comparator.comparing(LunchPerson::userKey));
        int n = people.size();
        if (n < 2) {
            return new Plan(List.of(), people.stream().map(LunchPerson::userKey).toList(), 0, 0, 0);
        }
        return new Solver(people, groupSize, minDepartments, recentPairs, apartPairs, seed).run();
    }

    private static final class Solver {
        private final List<LunchPerson> people;
        private final int minDepartments;
        private final int[][] departments;
        private final Set<Long> recent = new HashSet<>();
        private final Set<Long> apart = new HashSet<>();
        private final Random random;
        private final int[][] groups;

        Solver(List<LunchPerson> people, int groupSize, int minDepartments, Set<String> recentPairs,
               Set<String> apartPairs, long seed) {
            this.people = people;
            this.minDepartments = minDepartments;
            this.random = new Random(seed);
            int n = people.size();
            Map<String, Integer> index = new HashMap<>();
            Map<String, Integer> departmentIndex = new HashMap<>();
            departments = new int[n][];
            for (int i = 0; i < n; i++) {
                LunchPerson person = people.get(i);
                index.put(person.userKey(), i);
                departments[i] = person.departments().stream().sorted()
                        .mapToInt(d -> departmentIndex.computeIfAbsent(d, x -> departmentIndex.size())).toArray();
            }
            read(recentPairs, index, recent);
            read(apartPairs, index, apart);
            int count = (n + groupSize - 1) / groupSize;
            groups = new int[count][];
            for (int g = 0; g < count; g++) {
                groups[g] = new int[n / count + (g < n % count ? 1 : 0)];
            }
        }

        private static void read(Set<String> pairs, Map<String, Integer> index, Set<Long> into) {
            for (String pair : pairs) {
                int cut = pair.indexOf('\u0000');
                Integer a = index.get(pair.substring(0, cut));
                Integer b = index.get(pair.substring(cut + 1));
                if (a != null && b != null) {
                    into.add(key(a, b));
                }
            }
        }

        private static long key(int a, int b) {
            return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
        }

        Plan run() {
            int n = people.size();
            int[] pool = new int[n];
            for (int i = 0; i < n; i++) {
                pool[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = pool[i];
                pool[i] = pool[j];
                pool[j] = t;
            }
            int left = n;
            for (int[] group : groups) {
                group[0] = pool[--left];
                for (int seat = 1; seat < group.length; seat++) {
                    int best = -1;
                    long bestCost = Long.MAX_VALUE;
                    int tries = Math.min(SAMPLE, left);
                    for (int t = 0; t < tries; t++) {
                        int at = tries == left ? t : random.nextInt(left);
                        long cost = seatCost(group, seat, pool[at]);
                        if (cost < bestCost) {
                            bestCost = cost;
                            best = at;
                        }
                    }
                    group[seat] = pool[best];
                    pool[best] = pool[--left];
                }
            }
            repair();
            return plan();
        }

        /** What adding the person to the first {@code filled} seats of the group costs. */
        private long seatCost(int[] group, int filled, int person) {
            long cost = 0;
            boolean bringsDepartment = false;
            for (int d : departments[person]) {
                boolean present = false;
                for (int s = 0; s < filled && !present; s++) {
                    present = has(group[s], d);
                }
                bringsDepartment |= !present;
            }
            for (int s = 0; s < filled; s++) {
                long pair = key(group[s], person);
                if (apart.contains(pair)) {
                    cost += APART;
                }
                if (recent.contains(pair)) {
                    cost += REPEAT;
                }
            }
            return bringsDepartment ? cost - SHORT : cost;
        }

        private boolean has(int person, int department) {
            for (int d : departments[person]) {
                if (d == department) {
                    return true;
                }
            }
            return false;
        }

        private long penalty(int[] group) {
            long cost = 0;
            for (int i = 0; i < group.length; i++) {
                for (int j = i + 1; j < group.length; j++) {
                    long pair = key(group[i], group[j]);
                    if (apart.contains(pair)) {
                        cost += APART;
                    }
                    if (recent.contains(pair)) {
                        cost += REPEAT;
                    }
                }
            }
            return cost + SHORT * Math.max(0, minDepartments - distinctDepartments(group));
        }

        private int distinctDepartments(int[] group) {
            Set<Integer> seen = new HashSet<>();
            for (int person : group) {
                for (int d : departments[person]) {
                    seen.add(d);
                }
            }
            return seen.size();
        }

        private void repair() {
            int count = groups.length;
            long[] penalties = new long[count];
            for (int g = 0; g < count; g++) {
                penalties[g] = penalty(groups[g]);
            }
            for (int pass = 0; pass < REPAIR_PASSES; pass++) {
                boolean improved = false;
                for (int a = 0; a < count; a++) {
                    if (penalties[a] == 0) {
                        continue;
                    }
                    int[] first = groups[a];
                    for (int i = 0; i < first.length && penalties[a] > 0; i++) {
                        int tries = Math.min(REPAIR_GROUPS, count - 1);
                        for (int t = 0; t < tries; t++) {
                            int b = tries == count - 1 ? (t >= a ? t + 1 : t) : random.nextInt(count);
                            if (b == a) {
                                continue;
                            }
                            int[] second = groups[b];
                            long before = penalties[a] + penalties[b];
                            boolean swapped = false;
                            for (int j = 0; j < second.length; j++) {
                                swap(first, i, second, j);
                                long pa = penalty(first);
                                long pb = penalty(second);
                                if (pa + pb < before) {
                                    penalties[a] = pa;
                                    penalties[b] = pb;
                                    improved = true;
                                    swapped = true;
                                    break;
                                }
                                swap(first, i, second, j);
                            }
                            if (swapped) {
                                break;
                            }
                        }
                    }
                }
                if (!improved) {
                    return;
                }
            }
        }

        private static void swap(int[] first, int i, int[] second, int j) {
            int t = first[i];
            first[i] = second[j];
            second[j] = t;
        }

        private Plan plan() {
            List<List<String>> result = new ArrayList<>();
            int repeated = 0;
            int below = 0;
            int together = 0;
            for (int[] group : groups) {
                List<String> keys = new ArrayList<>();
                for (int person : group) {
                    keys.add(people.get(person).userKey());
                }
                result.add(List.copyOf(keys));
                for (int i = 0; i < group.length; i++) {
                    for (int j = i + 1; j < group.length; j++) {
                        long pair = key(group[i], group[j]);
                        repeated += recent.contains(pair) ? 1 : 0;
                        together += apart.contains(pair) ? 1 : 0;
                    }
                }
                below += distinctDepartments(group) < minDepartments ? 1 : 0;
            }
            return new Plan(List.copyOf(result), List.of(), repeated, below, together);
        }
    }
}
