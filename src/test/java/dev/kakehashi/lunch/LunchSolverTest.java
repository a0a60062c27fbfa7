package dev.kakehashi.lunch;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.Test;

public class LunchSolverTest {
    private static List<LunchPerson> people(int count, int departments) {
        List<LunchPerson> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(new LunchPerson(String.format("u%05d", i), Set.of("d" + (i % departments))));
        }
        return people;
    }

    private static void assertEveryoneOnce(List<LunchPerson> people, LunchSolver.Plan plan) {
        List<String> seated = plan.groups().stream().flatMap(List::stream).toList();
        assertEquals(people.size(), seated.size());
        assertEquals(people.size(), new HashSet<>(seated).size());
    }

    private static int departments(List<String> group, List<LunchPerson> people) {
        Set<String> seen = new HashSet<>();
        for (LunchPerson person : people) {
            if (group.contains(person.userKey())) {
                seen.addAll(person.departments());
            }
        }
        return seen.size();
    }

    @Test
    public void threeRoundsOfAThousandPeopleInTenDepartmentsRepeatNoPairAndKeepSizesAndDepartments() {
        List<LunchPerson> people = people(1000, 10);
        List<Set<String>> rounds = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            Set<String> recent = new HashSet<>();
            rounds.forEach(recent::addAll);

            LunchSolver.Plan plan = LunchSolver.solve(people, 4, 3, recent, Set.of(), 100 + round);

            assertTrue("repeated " + plan.repeatedPairs() + ", below minimum " + plan.groupsBelowMinimum(), plan.clean());
            assertEveryoneOnce(people, plan);
            assertEquals(250, plan.groups().size());
            for (List<String> group : plan.groups()) {
                assertEquals(4, group.size());
                assertTrue(departments(group, people) >= 3);
            }
            Set<String> pairs = Pairs.within(plan.groups());
            for (Set<String> earlier : rounds) {
                assertTrue("a pair met again in round " + (round + 1),
                        Collections.disjoint(earlier, pairs));
            }
            rounds.add(pairs);
        }
    }

    @Test
    public void sizesAreBalancedAndNobodyIsLeftAloneWhenTheCountDoesNotDivide() {
        List<LunchPerson> people = people(30, 7);

        LunchSolver.Plan plan = LunchSolver.solve(people, 4, 2, Set.of(), Set.of(), 7);

        assertTrue(plan.clean());
        assertEveryoneOnce(people, plan);
        assertEquals(8, plan.groups().size());
        assertEquals(List.of(3, 3, 4, 4, 4, 4, 4, 4),
                plan.groups().stream().map(List::size).sorted().toList());
    }

    @Test
    public void pairsKeptApartNeverShareAGroup() {
        List<LunchPerson> people = people(40, 4);
        Set<String> apart = new HashSet<>();
        Random random = new Random(3);
        for (int i = 0; i < 30; i++) {
            int a = random.nextInt(40);
            int b = random.nextInt(40);
            if (a != b) {
                apart.add(Pairs.of(people.get(a).userKey(), people.get(b).userKey()));
            }
        }

        for (long seed = 0; seed < 20; seed++) {
            LunchSolver.Plan plan = LunchSolver.solve(people, 5, 2, Set.of(), apart, seed);

            assertEquals(0, plan.apartTogether());
            assertTrue(Collections.disjoint(apart, Pairs.within(plan.groups())));
        }
    }

    @Test
    public void everyoneInOneDepartmentStillLunchesAndThePlanSaysTheMinimumWasMissed() {
        List<LunchPerson> people = people(12, 1);

        LunchSolver.Plan plan = LunchSolver.solve(people, 3, 2, Set.of(), Set.of(), 1);

        assertEveryoneOnce(people, plan);
        assertEquals(4, plan.groups().size());
        assertEquals(4, plan.groupsBelowMinimum());
        assertFalse(plan.clean());
    }

    @Test
    public void tooFewPeopleToAvoidEveryRepeatSayHowManyPairsMetAgain() {
        List<LunchPerson> people = people(4, 4);
        Set<String> recent = Pairs.within(List.of(people.stream().map(LunchPerson::userKey).toList()));

        LunchSolver.Plan plan = LunchSolver.solve(people, 4, 2, recent, Set.of(), 1);

        assertEquals(6, plan.repeatedPairs());
        assertFalse(plan.clean());
    }

    @Test
    public void onePersonAloneIsLeftOutAndSaidSo() {
        LunchSolver.Plan plan = LunchSolver.solve(people(1, 1), 3, 1, Set.of(), Set.of(), 1);

        assertEquals(List.of(), plan.groups());
        assertEquals(List.of("u00000"), plan.leftOut());
    }

    @Test
    public void theSameSeedGivesTheSameGroupsWhateverTheOrderAndAnotherSeedOtherGroups() {
        List<LunchPerson> people = people(200, 5);
        List<LunchPerson> shuffled = new ArrayList<>(people);
        Collections.shuffle(shuffled, new Random(9));

        LunchSolver.Plan one = LunchSolver.solve(people, 4, 2, Set.of(), Set.of(), 42);
        LunchSolver.Plan two = LunchSolver.solve(shuffled, 4, 2, Set.of(), Set.of(), 42);
        LunchSolver.Plan other = LunchSolver.solve(people, 4, 2, Set.of(), Set.of(), 43);

        assertEquals(one, two);
        assertNotEquals(one.groups(), other.groups());
    }
}
