package dev.kakehashi.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.collaboration.CollaborationRequest;
import dev.kakehashi.collaboration.CollaborationStore;
import dev.kakehashi.collaboration.Step;
import dev.kakehashi.goals.Goal;
import dev.kakehashi.goals.GoalStore;
import dev.kakehashi.goals.Participant;
import dev.kakehashi.knowledge.KnowledgeKind;
import dev.kakehashi.knowledge.KnowledgePage;
import dev.kakehashi.knowledge.KnowledgeQuery;
import dev.kakehashi.knowledge.KnowledgeStore;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.directory.DemoUser;
import dev.kakehashi.testing.SandboxPair;
import dev.kakehashi.thanks.ThanksStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The demo data tells the department map's story in both products: 営業 ↔ 開発, 開発 ↔ カスタマーサポート and
 * マーケティング → 営業 rest on at least five people in the last 90 days (the map's minimum group) and go back a year,
 * 情報システム → 経理 rests on two people, and 総務 and 経理 stay apart; the demo people who joined later keep the
 * first ones' keys.
 */
public class DemoStoryIT {
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    private static final int K = 5;
    private static final Instant NOW = Instant.now();

    /** The people who gave or received the public cross-department thanks from one department to another since then. */
    private static Set<String> thanksPeople(SandboxHost host, String from, String to, Instant since) {
        Set<String> people = new HashSet<>();
        for (ThanksStore.PairThanks thanks : host.bean(ThanksStore.class).between(from, to, since)) {
            people.add(thanks.senderKey());
            people.addAll(thanks.recipientKeys());
        }
        return people;
    }

    private static Set<String> senders(SandboxHost host, String from, String to, Instant since) {
        return host.bean(ThanksStore.class).between(from, to, since).stream().map(ThanksStore.PairThanks::senderKey)
                .collect(Collectors.toSet());
    }

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    @Test
    public void strongPairsOfThanksRestOnFiveSendersInTheLast90DaysInBothProducts() {
        for (SandboxHost host : List.of(SANDBOX.jira(), SANDBOX.confluence())) {
            for (String[] pair : List.of(new String[] {"sales", "development"}, new String[] {"development", "sales"},
                    new String[] {"development", "support"}, new String[] {"support", "development"},
                    new String[] {"marketing", "sales"})) {
                String name = host.product() + " " + pair[0] + " -> " + pair[1];
                assertTrue(name, senders(host, pair[0], pair[1], daysAgo(90)).size() >= K);
                int lastQuarter = host.bean(ThanksStore.class).between(pair[0], pair[1], daysAgo(90)).size();
                int year = host.bean(ThanksStore.class).between(pair[0], pair[1], daysAgo(365)).size();
                assertTrue(name + " has thanks before the last 90 days too", year > lastQuarter);
            }
        }
    }

    @Test
    public void itThankedAccountingThroughTwoPeopleOnlyAndGeneralAffairsAndAccountingStayApart() {
        for (SandboxHost host : List.of(SANDBOX.jira(), SANDBOX.confluence())) {
            Set<String> people = thanksPeople(host, "it", "accounting", daysAgo(365));
            assertEquals(host.product() + " " + people, 2, people.size());
            assertTrue(thanksPeople(host, "general-affairs", "accounting", daysAgo(365)).isEmpty());
            assertTrue(thanksPeople(host, "accounting", "general-affairs", daysAgo(365)).isEmpty());
            for (String silo : List.of("general-affairs", "accounting")) {
                Set<String> touching = new HashSet<>();
                for (String other : List.of("sales", "development", "marketing", "support", "it")) {
                    touching.addAll(thanksPeople(host, silo, other, daysAgo(365)));
                    touching.addAll(thanksPeople(host, other, silo, daysAgo(365)));
                }
                assertTrue(host.product() + " " + silo + " " + touching, touching.size() < K);
            }
        }
    }

    @Test
    public void salesAndDevelopmentAskEachOtherAllYearWithRequestsDoneInThisAndThePreviousQuarter() {
        SandboxHost jira = SANDBOX.jira();
        List<CollaborationRequest> all = jira.bean(CollaborationStore.class).after(0, 200);
        List<CollaborationRequest> pair = all.stream().filter(r -> Set.of("sales", "development").equals(
                Set.of(r.requestingDepartment(), r.partnerDepartment()))).toList();
        assertTrue(pair.size() >= 10);
        Set<Long> months = pair.stream().map(r -> ChronoUnit.DAYS.between(r.createdAt(), NOW) / 30)
                .collect(Collectors.toCollection(TreeSet::new));
        // The story's first request is 330 days old: month 10 or 11 as the test runs before or after its hour.
        assertTrue("spread over the year: " + months, months.size() >= 8 && months.stream().anyMatch(m -> m >= 10));
        long doneLastQuarter = pair.stream().filter(r -> r.createdAt().isAfter(daysAgo(90))
                && r.step().number() >= Step.RESULT_SHARED.number()).count();
        long donePreviousQuarter = pair.stream().filter(r -> r.createdAt().isBefore(daysAgo(90))
                && r.createdAt().isAfter(daysAgo(180)) && r.step().number() >= Step.RESULT_SHARED.number()).count();
        assertTrue(doneLastQuarter >= 2);
        assertTrue(donePreviousQuarter >= 1);
        Set<String> people = new HashSet<>();
        pair.stream().filter(r -> r.createdAt().isAfter(daysAgo(90))).forEach(r -> {
            people.add(r.requesterKey());
            people.add(r.partnerContactKey());
        });
        assertTrue(people.toString(), people.size() >= 2 * K);
        // the first demo requests keep their keys
        assertEquals("よくある問い合わせ上位 10 件の再現手順をまとめる",
                jira.services().issues().getIssueObject("COLLAB-2").getSummary());
    }

    @Test
    public void confluenceHasAGoalAndKnowledgePagesOfSalesAndDevelopmentInThePeriods() {
        SandboxHost confluence = SANDBOX.confluence();
        List<Goal> goals = confluence.bean(GoalStore.class).activeAfter(0, 100);
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        assertTrue(goals.stream().anyMatch(g -> g.participants().stream().map(Participant::departmentKey)
                .collect(Collectors.toSet()).containsAll(Set.of("sales", "development"))
                && g.startDate().isBefore(today.minusDays(180)) && g.dueDate().isAfter(today)
                && !g.nextReview(ZoneId.systemDefault()).isBefore(today)));
        List<KnowledgePage> pages = java.util.Arrays.stream(KnowledgeKind.values()).flatMap(kind -> confluence
                .bean(KnowledgeStore.class).list(new KnowledgeQuery(kind, null, "development", 0, 50)).stream())
                .filter(p -> p.departments().contains("sales")).toList();
        assertTrue(pages.stream().anyMatch(p -> p.createdAt().isAfter(daysAgo(90))));
        assertTrue(pages.stream().anyMatch(p -> p.createdAt().isBefore(daysAgo(90))));
    }

    @Test
    public void thePeopleWhoJoinedLaterFillTheDepartmentsAndTheFirstOnesKeepTheirKeys() {
        DemoDirectory jira = DemoDirectory.of(Product.JIRA);
        assertEquals("JIRAUSER10001", jira.byUsername("tanaka").orElseThrow().key());
        assertEquals("JIRAUSER10012", jira.byUsername("yamada").orElseThrow().key());
        assertEquals("JIRAUSER10013", jira.byUsername("guest").orElseThrow().key());
        for (String[] size : List.of(new String[] {"sales", "6"}, new String[] {"development", "6"},
                new String[] {"support", "5"}, new String[] {"marketing", "5"}, new String[] {"accounting", "2"})) {
            assertEquals(size[0], Long.parseLong(size[1]),
                    jira.users().stream().filter(u -> u.isMemberOf(size[0])).count());
        }
        assertTrue(jira.users().stream().filter(u -> u.locale().equals(Locale.ENGLISH)).map(DemoUser::username)
                .count() > 2);
    }
}
