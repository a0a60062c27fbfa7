package dev.kakehashi.bench;

import dev.kakehashi.admin.DepartmentInput;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.admin.ao.AoDepartment;
import dev.kakehashi.admin.ao.AoDepartmentGroup;
import dev.kakehashi.admin.ao.AoDepartmentStore;
import dev.kakehashi.community.Community;
import dev.kakehashi.community.CommunityInput;
import dev.kakehashi.community.CommunityService;
import dev.kakehashi.community.ao.AoCommunity;
import dev.kakehashi.community.ao.AoCommunityApproval;
import dev.kakehashi.community.ao.AoCommunityBoardItem;
import dev.kakehashi.community.ao.AoCommunityMember;
import dev.kakehashi.community.ao.AoCommunityPin;
import dev.kakehashi.community.ao.AoCommunityReport;
import dev.kakehashi.community.ao.AoCommunitySession;
import dev.kakehashi.community.ao.AoCommunityStore;
import dev.kakehashi.community.ao.AoPinEvidence;
import dev.kakehashi.goals.GoalService;
import dev.kakehashi.goals.ao.AoGoal;
import dev.kakehashi.goals.ao.AoGoalItem;
import dev.kakehashi.goals.ao.AoGoalStore;
import dev.kakehashi.goals.ao.AoGoalUpdate;
import dev.kakehashi.goals.jira.NoGoalSpaces;
import dev.kakehashi.insights.ao.AoDepartmentMapStore;
import dev.kakehashi.knowledge.jira.NoKnowledgePages;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.profiles.ao.AoDeptProfile;
import dev.kakehashi.profiles.ao.AoDeptProfileItem;
import dev.kakehashi.profiles.ao.AoProfileStore;
import dev.kakehashi.sandbox.ao.AoDatabase;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.sandbox.ao.PooledDataSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.RawEntity;
import net.java.ao.db.HSQLDatabaseProvider;

/**
 * The {@code community} macro's server work (what {@code CommunityView#model} asks of the service: the community with
 * the reader's part in it, the goal, the board, the latest report, the first pins and the reader's invitation) for a
 * member reading a community of N members, on an in-memory HSQLDB, counting statements with the benchmark's counting
 * data source and timing the average of 200 renders after 200 of warm-up. Arguments: the member counts (default 100
 * and 100000).
 */
public final class CommunityMacroBench {
    private static final String NAMESPACE = "dev.kakehashi";
    private static final Instant NOW = Instant.parse("2026-12-07T01:00:00Z");
    @SuppressWarnings("unchecked")
    private static final Class<? extends RawEntity<?>>[] ENTITIES = new Class[] {
        AoCommunity.class, AoCommunityMember.class, AoCommunityApproval.class, AoCommunityBoardItem.class,
        AoCommunitySession.class, AoCommunityReport.class, AoCommunityPin.class, AoDepartment.class,
        AoDepartmentGroup.class, AoDeptProfile.class, AoDeptProfileItem.class, AoSetting.class, AoGoal.class,
        AoGoalUpdate.class, AoGoalItem.class};
    private static final int RENDERS = 200;

    private CommunityMacroBench() {
    }

    private record Measured(int members, long statements, double micros, List<String> sql) {
    }

    public static void main(String[] args) {
        List<String> sizes = args.length == 0 ? List.of("100", "100000") : List.of(args);
        List<Measured> measured = new ArrayList<>();
        for (String size : sizes) {
            measured.add(measure(Integer.parseInt(size)));
        }
        System.out.println("| members | statements per render | time per render |");
        System.out.println("|---:|---:|---:|");
        for (Measured m : measured) {
            System.out.printf("| %,d | %d | %,.0f µs |%n", m.members(), m.statements(), m.micros());
        }
        Measured first = measured.get(0);
        Measured last = measured.get(measured.size() - 1);
        System.out.printf("%nTime ratio %,d ÷ %,d members: %.2f%n", last.members(), first.members(),
                last.micros() / first.micros());
        System.out.printf("%nThe statements of one render at %,d members:%n", last.members());
        last.sql().forEach(sql -> System.out.println("- `" + sql + "`"));
    }

    private static Measured measure(int members) {
        CountingDataSource counted = new CountingDataSource(new PooledDataSource(
                "jdbc:hsqldb:mem:kakehashi-community-" + members + "-" + System.nanoTime(), "SA", ""));
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(AoDatabase.entityManager(
                new HSQLDatabaseProvider(counted), NAMESPACE));
        try {
            ao.migrate(ENTITIES);
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            String reader = BenchPeople.key(3);
            BenchPeople people = new BenchPeople(reader);
            HostCaches caches = new HostCaches();
            DepartmentService departments = new DepartmentService(new AoDepartmentStore(ao), new AllGroups(), people,
                    caches);
            for (String d : BenchPeople.DEPARTMENTS) {
                departments.create(new DepartmentInput(d, d, d, List.of(d), true));
            }
            AoCommunityStore store = new AoCommunityStore(ao);
            CommunityService service = new CommunityService(store, departments, new AoProfileStore(ao), people,
                    new GoalService(new AoGoalStore(ao), new NoGoalSpaces(), people, departments, clock),
                    new NoKnowledgePages(), new AoDepartmentMapStore(ao, new dev.kakehashi.sandbox.ao.SandboxJdbc(
                            () -> ao.entityManager().getProvider().getConnection())), new AoPinEvidence(ao),
                    new dev.kakehashi.community.RecordedSessions(store), caches, clock);
            // leaders: user 0 (sales) and user 1 (development); sponsor user 2; the reader user 3 joins
            Community c = service.create(BenchPeople.key(0), new CommunityInput("bench", "Bench", "ベンチ", "p", null,
                    "r", "B", List.of("t"), "user2", List.of("user1")));
            service.open(BenchPeople.key(0), "bench");
            service.join(reader, "bench", 1);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 3; i < members; i++) {
                Map<String, Object> row = new HashMap<>();
                row.put(AoCommunityMember.COMMUNITY_ID, c.id());
                row.put(AoCommunityMember.USER_KEY, "MEMBER" + i);
                row.put(AoCommunityMember.COMMUNITY_USER, c.id() + ":MEMBER" + i);
                row.put(AoCommunityMember.ACK_VERSION, 1);
                row.put(AoCommunityMember.JOINED_AT, NOW.toEpochMilli());
                row.put(AoCommunityMember.LADDER, "MEMBER");
                rows.add(row);
                if (rows.size() == 1000) {
                    ao.create(AoCommunityMember.class, rows);
                    rows.clear();
                }
            }
            if (!rows.isEmpty()) {
                ao.create(AoCommunityMember.class, rows);
            }
            // rows written in bulk, as the daily job finds them
            service.recountMembers();
            for (int i = 0; i < 30; i++) {
                service.addToBoard(reader, "bench", "ANSWER", null, "/browse/B-" + i, "answer " + i);
            }
            if (service.read(reader, "bench").memberCount() != members) {
                throw new IllegalStateException("members: " + service.read(reader, "bench").memberCount());
            }
            for (int i = 0; i < RENDERS; i++) {
                render(service, reader);
            }
            long before = counted.executed();
            long started = System.nanoTime();
            for (int i = 0; i < RENDERS; i++) {
                render(service, reader);
            }
            double micros = (System.nanoTime() - started) / 1000.0 / RENDERS;
            long statements = (counted.executed() - before) / RENDERS;
            counted.record();
            render(service, reader);
            return new Measured(members, statements, micros, counted.recorded());
        } finally {
            counted.dispose();
        }
    }

    /** What the macro's view asks of the service for one reader. */
    private static int render(CommunityService service, String reader) {
        CommunityService.Reading r = service.read(reader, "bench");
        int work = r.memberCount();
        work += service.goalTitle(reader, r.community()).map(String::length).orElse(0);
        work += service.board(reader, r.community()).size();
        work += service.latestReport(r.community()).isPresent() ? 1 : 0;
        work += service.firstPins(r.pins()).size();
        work += r.pins().stream().anyMatch(p -> p.userKey().equals(reader)) ? 1 : 0;
        work += service.membersForLeaders(reader, r.community()).size();
        return work;
    }
}
