package dev.kakehashi.digest;

import dev.kakehashi.admin.CompanyCalendar;
import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.collaboration.CollaborationStore;
import dev.kakehashi.collaboration.RequestIssues;
import dev.kakehashi.collaboration.Step;
import dev.kakehashi.goals.Goal;
import dev.kakehashi.goals.GoalSpaces;
import dev.kakehashi.goals.GoalStore;
import dev.kakehashi.goals.Participant;
import dev.kakehashi.insights.QuietPairs;
import dev.kakehashi.notify.Mail;
import dev.kakehashi.notify.MailDelivery;
import dev.kakehashi.notify.MailTexts;
import dev.kakehashi.notify.NotificationKind;
import dev.kakehashi.notify.NotificationLedger;
import dev.kakehashi.notify.Recipient;
import dev.kakehashi.profiles.Challenge;
import dev.kakehashi.profiles.DepartmentProfile;
import dev.kakehashi.profiles.ProfileStore;
import dev.kakehashi.thanks.Thanks;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.ThanksPage;
import dev.kakehashi.thanks.ThanksQuery;
import dev.kakehashi.thanks.ThanksService;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The weekly digest to each department's contacts (the 窓口 named on its profile), each in their language, once per
 * department and week: departments it has had little or no contact with for a while (none resting on k people), its
 * requests waiting at steps 1–2, the shared goals it takes part in whose review has passed, its profile's challenges
 * past their review day, and the public thanks it received this week. Each section lists only what the contact may
 * see (an issue they may not browse or a goal in a space they may not view is neither listed nor counted); a section
 * with nothing is left out, and a digest with nothing is not sent. It names departments and work, never a person as
 * inactive, and ranks nobody.
 */
public class DepartmentDigest {
    private static final Logger LOG = LoggerFactory.getLogger(DepartmentDigest.class);
    static final String SETTINGS_PATH = "/plugins/servlet/kakehashi/thanks#kakehashi-notify-heading";
    /** Lines a section lists at most; beyond them it says how many more there are. */
    static final int SHOWN = 20;
    /** Requests read per statement, and at most per side of a department. */
    static final int REQUEST_PAGE = 100;
    static final int REQUESTS_READ = 1000;
    static final int GOAL_PAGE = 200;
    /** Thanks of the week read per contact; more are reported as "at least". */
    static final int THANKS_READ = ThanksQuery.MAX_LIMIT;
    static final int THANKS_QUOTED = 3;
    static final int QUOTE_MAX = 200;

    private final DigestSettingsService settings;
    private final DepartmentService departments;
    private final ProfileStore profiles;
    private final QuietPairs quietPairs;
    private final CollaborationStore requests;
    private final RequestIssues issues;
    private final GoalStore goals;
    private final GoalSpaces spaces;
    private final ThanksService thanks;
    private final MailDelivery delivery;
    private final MailTexts texts;

    public DepartmentDigest(DigestSettingsService settings, DepartmentService departments, ProfileStore profiles,
                            QuietPairs quietPairs, CollaborationStore requests, RequestIssues issues, GoalStore goals,
                            GoalSpaces spaces, ThanksService thanks, MailDelivery delivery, MailTexts texts) {
        this.settings = settings;
        this.departments = departments;
        this.profiles = profiles;
        this.quietPairs = quietPairs;
        this.requests = requests;
        this.issues = issues;
        this.goals = goals;
        this.spaces = spaces;
        this.thanks = thanks;
        this.delivery = delivery;
        this.texts = texts;
    }

    /** A request waiting at step 1 or 2, and for how many days. */
    record Stuck(long issueId, long days) {
    }

    /** A request as one contact may see it. */
    record StuckIssue(String key, String summary, long days) {
    }

    /** What one department's digest rests on, before each contact's permissions are applied. */
    record Facts(DepartmentName department, LocalDate week, ZoneId zone, DigestSettings settings,
                 List<String> quietPartners, List<Stuck> stuck, List<Goal> missedReviews,
                 List<Challenge> staleChallenges, Instant thanksFrom) {
    }

    /** One contact's digest: only what they may see. */
    record Content(List<String> quietPartners, List<StuckIssue> stuck, int stuckMore, List<Goal> goals,
                   List<Challenge> challenges, int thanksCount, boolean thanksAtLeast, List<String> quotes) {
        boolean isEmpty() {
            return quietPartners.isEmpty() && stuck.isEmpty() && goals.isEmpty() && challenges.isEmpty()
                    && thanksCount == 0;
        }
    }

    /**
     * Sends the digests due on this company day, once per department, contact and week whatever the number of runs
     * or nodes; returns how many contacts were sent (or kept for their daily digest) one.
     */
    public int send(CompanyCalendar calendar, LocalDate today, Instant now, NotificationLedger ledger) {
        DigestSettings chosen = settings.settings();
        Optional<LocalDate> due = DigestDay.weekDueOn(calendar, chosen.weekday(), today);
        if (due.isEmpty()) {
            return 0;
        }
        LocalDate week = due.get();
        String done = MailDelivery.ledgerKey("department-digest", isoWeek(week));
        if (ledger.recorded(done)) {
            return 0;
        }
        ZoneId zone = calendar.zone();
        List<Goal> missed = missedReviews(today, zone);
        Instant thanksFrom = today.minusDays(7).atStartOfDay(zone).toInstant();
        int sent = 0;
        boolean complete = true;
        for (DepartmentName department : departments.activeNames()) {
            DepartmentProfile profile = profiles.find(department.key()).orElse(null);
            if (profile == null || profile.contactKeys().isEmpty()) {
                continue;
            }
            Facts facts;
            try {
                facts = new Facts(department, week, zone, chosen,
                        quietPairs.quietPartners(department.key(), today.minusWeeks(chosen.quietWeeks())),
                        stuck(department.key(), chosen.stuckDays(), today, zone),
                        missed.stream().filter(g -> takesPart(g, department.key())).toList(),
                        profile.challenges().stream().filter(c -> c.staleOn(today)).toList(), thanksFrom);
            } catch (RuntimeException e) {
                LOG.warn("The weekly digest of department {} could not be put together", department.key(), e);
                complete = false;
                continue;
            }
            for (String contact : profile.contactKeys()) {
                Result result = sendTo(contact, facts, now, ledger);
                sent += result == Result.SENT ? 1 : 0;
                complete &= result != Result.FAILED;
            }
        }
        // claimed once every department is done: a run that failed part-way is completed by a later one, which
        // sends only to the contacts the ledger has not recorded
        if (complete) {
            ledger.claim(done, now);
        }
        return sent;
    }

    /**
     * The ISO week (week-based year and week number) of a company day, which names a week's digest in the ledger:
     * choosing another weekday within the week does not send that week's digest a second time.
     */
    static String isoWeek(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** What became of one contact's digest: sent (or kept for their daily digest), nothing to send, or failed. */
    private enum Result { SENT, NONE, FAILED }

    private Result sendTo(String contact, Facts facts, Instant now, NotificationLedger ledger) {
        String key = MailDelivery.ledgerKey("department-digest", isoWeek(facts.week()), facts.department().key(),
                contact);
        if (ledger.recorded(key)) {
            return Result.NONE;
        }
        Content content;
        try {
            content = contentFor(contact, facts, now);
        } catch (RuntimeException e) {
            LOG.warn("The weekly digest of department {} for user {} could not be put together",
                    facts.department().key(), contact, e);
            return Result.FAILED;
        }
        if (content.isEmpty() || !ledger.claim(key, now)) {
            return Result.NONE;
        }
        MailDelivery.Outcome outcome = delivery.deliver(contact, NotificationKind.DEPARTMENT_DIGEST,
                recipient -> compose(recipient, facts, content), now);
        if (outcome == MailDelivery.Outcome.FAILED) {
            ledger.release(key);
            return Result.FAILED;
        }
        return outcome == MailDelivery.Outcome.SENT || outcome == MailDelivery.Outcome.KEPT_FOR_DIGEST ? Result.SENT
                : Result.NONE;
    }

    Content contentFor(String contact, Facts facts, Instant now) {
        List<StuckIssue> stuck = new ArrayList<>();
        if (!facts.stuck().isEmpty()) {
            Map<Long, RequestIssues.IssueRef> visible = issues.browsable(
                    facts.stuck().stream().map(Stuck::issueId).toList(), contact);
            for (Stuck request : facts.stuck()) {
                RequestIssues.IssueRef issue = visible.get(request.issueId());
                if (issue != null && !issue.resolved()) {
                    stuck.add(new StuckIssue(issue.key(), issue.summary(), request.days()));
                }
            }
        }
        List<Goal> goalsSeen = facts.missedReviews().stream().filter(g -> spaces.canView(g.spaceKey(), contact))
                .toList();
        String department = facts.department().key();
        // a thanks still within its withdraw window may yet be taken back, so it is left for next week's digest
        Instant thanksTo = now.minus(Duration.ofMinutes(thanks.policy().withdrawMinutes()));
        ThanksPage page = thanks.list(contact, new ThanksQuery(ThanksContext.NONE, null, null, department, null,
                facts.thanksFrom(), thanksTo, null, THANKS_READ));
        List<Thanks> received = page.items().stream()
                .filter(t -> t.visibility() == Thanks.Visibility.PUBLIC)
                .filter(t -> department.equals(t.departmentKey()) || t.recipientDepartments().contains(department))
                .toList();
        // decided on the page as read: a full page may leave out more thanks, whatever the filters kept of it
        boolean more = page.next() != null || page.items().size() >= THANKS_READ;
        return new Content(facts.quietPartners(), stuck.stream().limit(SHOWN).toList(),
                Math.max(0, stuck.size() - SHOWN), goalsSeen, facts.staleChallenges(), received.size(),
                more, received.stream().limit(THANKS_QUOTED)
                        .map(t -> quote(t.message())).toList());
    }

    private static boolean takesPart(Goal goal, String departmentKey) {
        return goal.participants().stream().map(Participant::departmentKey).anyMatch(departmentKey::equals);
    }

    /** Active goals whose review has passed, read a page at a time. */
    private List<Goal> missedReviews(LocalDate today, ZoneId zone) {
        List<Goal> missed = new ArrayList<>();
        long after = 0;
        while (true) {
            List<Goal> page = goals.activeAfter(after, GOAL_PAGE);
            page.stream().filter(g -> g.reviewOverdue(today, zone)).forEach(missed::add);
            if (page.size() < GOAL_PAGE) {
                return missed;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    /**
     * The department's requests, as requester or partner, at step 1 or 2 since more than {@code days} days, longest
     * waiting first. The lists are read in step order, so reading stops at the first request past step 2.
     */
    private List<Stuck> stuck(String departmentKey, int days, LocalDate today, ZoneId zone) {
        Map<Long, Stuck> found = new LinkedHashMap<>();
        for (CollaborationStore.Side side : CollaborationStore.Side.values()) {
            for (int offset = 0; offset < REQUESTS_READ; offset += REQUEST_PAGE) {
                List<CollaborationStore.Listed> page = requests.listed(side, List.of(departmentKey), offset,
                        REQUEST_PAGE);
                boolean past = false;
                for (CollaborationStore.Listed request : page) {
                    if (request.step().number() > Step.FIRST_CONTACT.number()) {
                        past = true;
                        break;
                    }
                    Instant since = request.stepChangedAt() == null ? request.createdAt() : request.stepChangedAt();
                    long waiting = ChronoUnit.DAYS.between(LocalDate.ofInstant(since, zone), today);
                    if (waiting > days) {
                        found.putIfAbsent(request.issueId(), new Stuck(request.issueId(), waiting));
                    }
                }
                if (past || page.size() < REQUEST_PAGE) {
                    break;
                }
            }
        }
        return found.values().stream().sorted(Comparator.comparingLong(Stuck::days).reversed()
                .thenComparingLong(Stuck::issueId)).toList();
    }

    private static String quote(String message) {
        String line = message.replaceAll("\\s+", " ").strip();
        return line.length() <= QUOTE_MAX ? line : line.substring(0, QUOTE_MAX) + "…";
    }

    Mail compose(Recipient recipient, Facts facts, Content content) {
        Locale locale = MailDelivery.locale(recipient);
        String base = texts.baseUrl();
        String name = facts.department().name(locale);
        StringBuilder body = new StringBuilder();
        body.append(texts.text(locale, "kakehashi.digest.mail.intro", name, facts.week().toString())).append("\n\n");
        if (!content.quietPartners().isEmpty()) {
            body.append(texts.text(locale, "kakehashi.digest.mail.quiet", name, facts.settings().quietWeeks()))
                    .append('\n');
            Map<String, DepartmentName> names = new LinkedHashMap<>();
            departments.allNames().forEach(d -> names.put(d.key(), d));
            for (String partner : content.quietPartners()) {
                DepartmentName other = names.get(partner);
                body.append("- ").append(other == null ? partner : other.name(locale));
                if (other != null && !other.profilePath().isEmpty()) {
                    body.append("  ").append(base).append(other.profilePath());
                }
                body.append('\n');
            }
            body.append('\n');
        }
        if (!content.stuck().isEmpty()) {
            body.append(texts.text(locale, "kakehashi.digest.mail.stuck", facts.settings().stuckDays())).append('\n');
            for (StuckIssue issue : content.stuck()) {
                body.append("- ").append(texts.text(locale, "kakehashi.digest.mail.stuck.item", issue.key(),
                        oneLine(issue.summary()), Long.toString(issue.days()),
                        base + "/browse/" + URLEncoder.encode(issue.key(), StandardCharsets.UTF_8))).append('\n');
            }
            if (content.stuckMore() > 0) {
                body.append(texts.text(locale, "kakehashi.digest.mail.more", content.stuckMore())).append('\n');
            }
            body.append('\n');
        }
        if (!content.goals().isEmpty()) {
            body.append(texts.text(locale, "kakehashi.digest.mail.goals", name)).append('\n');
            for (Goal goal : content.goals().stream().limit(SHOWN).toList()) {
                String link = goal.homePageId() > 0 ? base + "/pages/viewpage.action?pageId=" + goal.homePageId()
                        : base + "/display/" + URLEncoder.encode(goal.spaceKey(), StandardCharsets.UTF_8);
                body.append("- ").append(texts.text(locale, "kakehashi.digest.mail.goals.item",
                        oneLine(goal.title()), goal.nextReview(facts.zone()).toString(), link)).append('\n');
            }
            if (content.goals().size() > SHOWN) {
                body.append(texts.text(locale, "kakehashi.digest.mail.more", content.goals().size() - SHOWN))
                        .append('\n');
            }
            body.append('\n');
        }
        if (!content.challenges().isEmpty()) {
            body.append(texts.text(locale, "kakehashi.digest.mail.challenges", name)).append('\n');
            for (Challenge challenge : content.challenges()) {
                body.append("- ").append(texts.text(locale, "kakehashi.digest.mail.challenges.item",
                        oneLine(challenge.text()), challenge.reviewBy().toString())).append('\n');
            }
            body.append(texts.text(locale, "kakehashi.digest.mail.profile", base + facts.department().profilePath()))
                    .append("\n\n");
        }
        if (content.thanksCount() > 0) {
            body.append(texts.text(locale, content.thanksAtLeast() ? "kakehashi.digest.mail.thanks.atLeast"
                    : "kakehashi.digest.mail.thanks", name, content.thanksCount())).append('\n');
            for (String quote : content.quotes()) {
                body.append("- \"").append(quote).append("\"\n");
            }
            body.append('\n');
        }
        body.append("-- \n").append(texts.text(locale, "kakehashi.digest.mail.footer", name, base + SETTINGS_PATH))
                .append('\n');
        return new Mail(recipient.email(), MailDelivery.oneLine(texts.text(locale, "kakehashi.digest.mail.subject",
                name, facts.week().toString())), body.toString());
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
