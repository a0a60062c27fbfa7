package dev.kakehashi.bench;

import dev.kakehashi.admin.CompanyCalendar;
import dev.kakehashi.admin.CompanyCalendarService;
import dev.kakehashi.admin.CompanyCalendarStore;
import dev.kakehashi.admin.CompanyValueService;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.admin.ao.AoCompanyValue;
import dev.kakehashi.admin.ao.AoCompanyValueStore;
import dev.kakehashi.admin.ao.AoDepartment;
import dev.kakehashi.admin.ao.AoDepartmentGroup;
import dev.kakehashi.admin.ao.AoDepartmentStore;
import dev.kakehashi.admin.ao.AoHoliday;
import dev.kakehashi.admin.ao.AoHolidayStore;
import dev.kakehashi.collaboration.BenchCollaborationServices;
import dev.kakehashi.collaboration.CollaborationRequest;
import dev.kakehashi.collaboration.CollaborationService;
import dev.kakehashi.collaboration.HistoryEntry;
import dev.kakehashi.collaboration.HostIssueTypes;
import dev.kakehashi.collaboration.RequestKind;
import dev.kakehashi.collaboration.RequestTypeInstaller;
import dev.kakehashi.collaboration.Step;
import dev.kakehashi.collaboration.ao.AoCollaborationStore;
import dev.kakehashi.collaboration.ao.AoIssueTypeBinding;
import dev.kakehashi.collaboration.ao.AoIssueTypeBindingStore;
import dev.kakehashi.collaboration.ao.AoRequest;
import dev.kakehashi.collaboration.ao.AoRequestEvent;
import dev.kakehashi.goals.Cadence;
import dev.kakehashi.goals.Goal;
import dev.kakehashi.goals.GoalReviewReminders;
import dev.kakehashi.goals.GoalSpaces;
import dev.kakehashi.goals.GoalStatus;
import dev.kakehashi.goals.GoalUpdate;
import dev.kakehashi.goals.Measure;
import dev.kakehashi.goals.Participant;
import dev.kakehashi.goals.ao.AoGoal;
import dev.kakehashi.goals.ao.AoGoalItem;
import dev.kakehashi.goals.ao.AoGoalStore;
import dev.kakehashi.goals.ao.AoGoalUpdate;
import dev.kakehashi.notify.MailDelivery;
import dev.kakehashi.notify.MailTexts;
import dev.kakehashi.notify.Notifier;
import dev.kakehashi.notify.Recipient;
import dev.kakehashi.notify.ao.AoDigestStore;
import dev.kakehashi.notify.ao.AoNotificationLedger;
import dev.kakehashi.notify.ao.AoNotificationPreference;
import dev.kakehashi.notify.ao.AoNotificationPreferenceStore;
import dev.kakehashi.notify.ao.AoNotifyDigest;
import dev.kakehashi.notify.ao.AoNotifyLedger;
import dev.kakehashi.platform.ClusterLocks;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.sandbox.ao.AoDatabase;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.sandbox.ao.PooledDataSource;
import dev.kakehashi.schedule.ScheduledMail;
import dev.kakehashi.testing.MemoryNotifications;
import dev.kakehashi.thanks.BenchThanksServices;
import dev.kakehashi.thanks.Thanks;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.ThanksService;
import dev.kakehashi.thanks.ao.AoMailWatermark;
import dev.kakehashi.thanks.ao.AoThanks;
import dev.kakehashi.thanks.ao.AoThanksDepartment;
import dev.kakehashi.thanks.ao.AoThanksPerson;
import dev.kakehashi.thanks.ao.AoThanksPolicyStore;
import dev.kakehashi.thanks.ao.AoThanksSender;
import dev.kakehashi.thanks.ao.AoThanksStore;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import net.java.ao.RawEntity;
import net.java.ao.db.HSQLDatabaseProvider;

/**
 * Statements of the scheduled mail job's runs with the plugin's services and stores on an in-memory HSQLDB, at sizes
 * of goals with a missed review, overdue requests and thanks of the last three days given as arguments
 * ({@code 10 10000} by default): the day's first run, which looks for reminders, the runs that mail the rest of the
 * thanks, and a later run of the same day with nothing new to do. Run with
 * {@code java -cp … dev.kakehashi.bench.ScheduledMailBench 10 10000} (docs/PERFORMANCE.md).
 */
public final class ScheduledMailBench {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** Monday 7 December 2026, 10:00 in Tokyo: a working day. */
    private static final Instant MONDAY = Instant.parse("2026-12-07T01:00:00Z");
    private static final String NAMESPACE = "dev.kakehashi";

    private ScheduledMailBench() {
    }

    @SuppressWarnings("unchecked")
    private static final Class<? extends RawEntity<?>>[] ENTITIES = new Class[] {
        AoThanks.class, AoThanksSender.class, AoThanksPerson.class, AoThanksDepartment.class, AoSetting.class,
        AoDepartment.class, AoDepartmentGroup.class, AoCompanyValue.class, AoRequest.class, AoRequestEvent.class,
        AoIssueTypeBinding.class, AoGoal.class, AoGoalUpdate.class, AoGoalItem.class, AoNotifyLedger.class,
        AoNotifyDigest.class, AoNotificationPreference.class, AoHoliday.class};

    /** Statements of one run, what it did, and the SQL of the run with nothing to do. */
    private record Measured(int size, long firstStatements, ScheduledMail.Run first, long idleStatements,
                            ScheduledMail.Run idle, List<String> idleSql, long firstMillis, int catchUpRuns,
                            int thanksMailed) {
    }

    public static void main(String[] args) {
        List<String> sizes = args.length == 0 ? List.of("10", "10000") : List.of(args);
        List<Measured> measured = new ArrayList<>();
        for (String size : sizes) {
            measured.add(measure(Integer.parseInt(size)));
        }
        System.out.println("| goals with a missed review / overdue requests / thanks of the last 3 days | statements: "
                + "first run of the day (reminders and thanks emails sent) | time | runs until every thanks was "
                + "mailed | statements: a later run that day, nothing new |");
        System.out.println("|---:|---:|---:|---:|---:|");
        for (Measured m : measured) {
            System.out.printf("| %,d / %,d / %,d | %,d (%d overdue-request and %,d goal review reminders, %,d thanks "
                            + "emails) | %,d ms | %d (%,d thanks emails) | %d |%n",
                    m.size(), m.size(), m.size(), m.firstStatements(), m.first().overdueReminded(),
                    m.first().reviewsReminded(), m.first().thanksMailed(), m.firstMillis(), m.catchUpRuns(),
                    m.thanksMailed(), m.idleStatements());
        }
        Measured largest = measured.get(measured.size() - 1);
        System.out.printf("%nThe later run's statements at %,d:%n", largest.size());
        largest.idleSql().forEach(sql -> System.out.println("- `" + sql + "`"));
        boolean constant = measured.stream().map(Measured::idleStatements).distinct().count() == 1;
        System.out.println();
        System.out.println(constant ? "A later run's statements are the same at every size."
                : "**A later run's statements grow with the data.**");
    }

    private static Measured measure(int size) {
        CountingDataSource counted = new CountingDataSource(new PooledDataSource(
                "jdbc:hsqldb:mem:kakehashi-scheduled-" + size, "SA", ""));
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(AoDatabase.entityManager(
                new HSQLDatabaseProvider(counted), NAMESPACE));
        try {
            ao.migrate(ENTITIES);
            Instant[] now = {MONDAY};
            Clock clock = new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Instant instant() {
                    return now[0];
                }
            };
            ScheduledMail scheduled = scheduledMail(ao, clock, size);
            fill(ao, size);

            long before = counted.executed();
            long started = System.nanoTime();
            ScheduledMail.Run first = scheduled.run();
            long firstMillis = (System.nanoTime() - started) / 1_000_000;
            long firstStatements = counted.executed() - before;

            // the runs of the next minutes take the thanks one run leaves over (500 at most per run)
            int runs = 1;
            int thanksMailed = first.thanksMailed();
            for (int last = first.thanksMailed(); last > 0; runs++) {
                now[0] = now[0].plus(Duration.ofMinutes(5));
                last = scheduled.run().thanksMailed();
                thanksMailed += last;
            }
            now[0] = now[0].plus(Duration.ofMinutes(5));
            before = counted.executed();
            counted.record();
            ScheduledMail.Run idle = scheduled.run();
            List<String> sql = counted.recorded();
            return new Measured(size, firstStatements, first, counted.executed() - before, idle, sql, firstMillis,
                    runs, thanksMailed);
        } finally {
            counted.dispose();
        }
    }

    private static ScheduledMail scheduledMail(EntityManagerActiveObjects ao, Clock clock, int size) {
        BenchPeople people = new BenchPeople(BenchPeople.key(1));
        HostCaches caches = new HostCaches();
        DepartmentService departments = new DepartmentService(new AoDepartmentStore(ao), new AllGroups(), people,
                caches);
        CompanyValueService values = new CompanyValueService(new AoCompanyValueStore(ao), caches);
        ThanksService thanks = BenchThanksServices.at(clock, new AoThanksStore(ao), new AoThanksPolicyStore(ao),
                people, departments, values, new Panel.AllowAll(), Notifier.NONE, caches);
        ClusterLocks oneNode = Requests.stub(ClusterLocks.class, Object.class, a -> ((Supplier<?>) a[1]).get());
        RequestTypeInstaller types = new RequestTypeInstaller(new AoIssueTypeBindingStore(ao),
                Requests.stub(HostIssueTypes.class, Optional.class, a -> Optional.empty()), oneNode, caches);
        CollaborationService requests = BenchCollaborationServices.at(clock, new AoCollaborationStore(ao),
                new BenchRequestIssues(size), types, people, departments, thanks);
        MailTexts texts = new MailTexts() {
            @Override
            public String text(Locale locale, String key, Serializable... arguments) {
                return key;
            }

            @Override
            public String baseUrl() {
                return "https://wiki.example";
            }
        };
        AoNotificationLedger ledger = new AoNotificationLedger(ao);
        MailDelivery delivery = new MailDelivery(new AoNotificationPreferenceStore(ao),
                key -> Optional.of(new Recipient(key, key, key, key + "@example.com", Locale.JAPANESE)),
                new AoDigestStore(ao), ledger, texts, MemoryNotifications.outbox(mail -> { }));
        GoalReviewReminders goals = new GoalReviewReminders(new AoGoalStore(ao),
                Requests.stub(GoalSpaces.class, boolean.class, a -> true), delivery, texts);
        CompanyCalendarService calendars = new CompanyCalendarService(new CompanyCalendarStore() {
            @Override
            public CompanyCalendar get() {
                return new CompanyCalendar(TOKYO, true);
            }

            @Override
            public void save(CompanyCalendar calendar) {
                throw new UnsupportedOperationException("the benchmark only reads");
            }
        }, new AoHolidayStore(ao), caches, clock);
        // the benchmark's departments have no profile, so no weekly digest has anyone to go to
        dev.kakehashi.digest.DepartmentDigest departmentDigest = new dev.kakehashi.digest.DepartmentDigest(
                new dev.kakehashi.digest.DigestSettingsService(new dev.kakehashi.digest.DigestSettingsStore() {
                    @Override
                    public dev.kakehashi.digest.DigestSettings get() {
                        return dev.kakehashi.digest.DigestSettings.DEFAULT;
                    }

                    @Override
                    public void save(dev.kakehashi.digest.DigestSettings settings) {
                        throw new UnsupportedOperationException("the benchmark only reads");
                    }
                }, caches), departments, Requests.stub(dev.kakehashi.profiles.ProfileStore.class, Optional.class,
                        a -> Optional.empty()), (key, since) -> List.of(), new AoCollaborationStore(ao),
                new BenchRequestIssues(size), new AoGoalStore(ao), Requests.stub(GoalSpaces.class, boolean.class,
                        a -> true), thanks, delivery, texts);
        return new ScheduledMail(thanks, requests, goals, delivery, ledger, new AoMailWatermark(ao), calendars,
                departmentDigest, clock);
    }

    /**
     * Goals whose two-week review was due in September, requests due on 1 December still at step 1, and thanks to one
     * person each sent over the three days before the run, all past their withdraw window.
     */
    private static void fill(EntityManagerActiveObjects ao, int size) {
        AoThanksStore thanks = new AoThanksStore(ao);
        long spread = Duration.ofDays(3).minus(Duration.ofMinutes(20)).toMillis();
        for (int i = 0; i < size; i++) {
            Instant sent = MONDAY.minus(Duration.ofMinutes(15)).minusMillis(spread * i / size);
            thanks.insert(new Thanks(0, BenchPeople.key(i % 500), List.of(BenchPeople.key((i + 1) % 500)), "",
                    "ありがとう " + i, "", ThanksContext.NONE, Thanks.Visibility.PUBLIC, sent, List.of("sales"),
                    List.of("development"), true, Thanks.State.ACTIVE));
        }
        AoGoalStore goals = new AoGoalStore(ao);
        Instant september = LocalDate.of(2026, 9, 1).atTime(10, 0).atZone(TOKYO).toInstant();
        for (int i = 0; i < size; i++) {
            goals.insert(new Goal(0, "DEMO", 65540 + i, "目標 " + i, "", BenchPeople.key(i % 500), List.of(
                    new Participant("sales", BenchPeople.key((i + 1) % 500), "")), Measure.number(0, 100, 10, "件"),
                    LocalDate.of(2026, 9, 1), LocalDate.of(2027, 3, 31), GoalStatus.ON_TRACK, Cadence.BIWEEKLY,
                    List.of(), september, september, september, 0), new GoalUpdate(0, 0, GoalUpdate.Kind.CREATED, 10,
                    0, GoalStatus.ON_TRACK, "", BenchPeople.key(i % 500), september));
        }
        AoCollaborationStore requests = new AoCollaborationStore(ao);
        Instant created = Instant.parse("2026-11-01T00:00:00Z");
        for (int i = 0; i < size; i++) {
            long issueId = RequestData.FIRST_ISSUE_ID + i;
            requests.insert(new CollaborationRequest(issueId, RequestKind.JOINT_TASK, "sales", "development",
                    "依頼 " + i, "テンプレート 1 点", "レビュー", "", BenchPeople.key(i % 500),
                    BenchPeople.key((i + 7) % 500), "", LocalDate.of(2026, 12, 1), Step.DEFINE, "", "", null, null,
                    created, created, 0), new HistoryEntry(issueId, HistoryEntry.Event.CREATED, null, Step.DEFINE,
                    BenchPeople.key(i % 500), created));
        }
    }
}
