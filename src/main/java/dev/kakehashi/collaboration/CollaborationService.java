package dev.kakehashi.collaboration;

import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.notify.NotificationKind;
import dev.kakehashi.notify.NotificationLedger;
import dev.kakehashi.platform.Caches;
import dev.kakehashi.platform.InputCheck;
import dev.kakehashi.platform.WebLinks;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.ThanksService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules of collaboration requests: what a request must say, who may see and change it, when it may move to the
 * next step, and what is recorded. Every method checks the caller's permission on the issue first, and refuses with
 * the same "not found" whether the issue does not exist or the caller may not see it.
 */
public class CollaborationService {
    private static final Logger LOG = LoggerFactory.getLogger(CollaborationService.class);
    static final int SUMMARY_MAX = 255;
    /** The longest user key the request's columns hold. */
    static final int PERSON_KEY_MAX = 190;
    static final int HISTORY_SHOWN = 50;
    static final int PARTNERSHIP_SHOWN = 5;
    /** A results page's title, as Confluence limits it. */
    static final int RESULT_PAGE_TITLE_MAX = 255;
    /** How often recording a results page is tried when others change the request at the same moment. */
    static final int RECORD_ATTEMPTS = 3;
    static final int PARTNERSHIP_READ = 25;
    /** A request due further away than this is not a small first step any more (a warning, not a refusal). */
    static final int SMALL_SCOPE_DAYS = 28;

    private final CollaborationStore store;
    private final RequestIssues issues;
    /** Where Jira keeps each request's step, departments and due date for its search. */
    private final RequestProperties properties;
    private final RequestTypeInstaller types;
    private final People people;
    private final DepartmentService departments;
    private final ThanksService thanks;
    private final ChangePolicyStore changePolicies;
    /** Who may change a request, as the admin chose; kept in the host's cache and dropped when an admin changes it. */
    private final Caches.CachedValue<ChangePolicy> changePolicy;
    private final Clock clock;
    private final RequestNotices notices;
    /** The shared goals in the linked Confluence, asked as the caller when a request names one. */
    private final LinkedGoals goals;

    public CollaborationService(CollaborationStore store, RequestIssues issues, RequestProperties properties,
                                RequestTypeInstaller types, People people, DepartmentService departments,
                                ThanksService thanks, ChangePolicyStore changePolicies, Caches caches, Clock clock,
                                RequestNotices notices, LinkedGoals goals) {
        this.notices = notices;
        this.goals = goals;
        this.store = store;
        this.issues = issues;
        this.properties = properties;
        this.types = types;
        this.people = people;
        this.departments = departments;
        this.thanks = thanks;
        this.changePolicies = changePolicies;
        this.changePolicy = caches.value("collaboration.changePolicy", changePolicies::get);
        this.clock = clock;
    }

    /** Who may change a request besides its roles and the administrators. */
    public ChangePolicy changePolicy() {
        return changePolicy.get();
    }

    /** Saves who may change a request: {@code roles} or {@code edit-issues}. The caller must already be an admin. */
    public ChangePolicy updateChangePolicy(String key) {
        ChangePolicy policy = ChangePolicy.ofKey(key == null ? "" : key.strip()).orElseThrow(() -> Rejection.of(
                Rejection.Reason.INVALID, "whoMayChange", "kakehashi.collaboration.error.change.policy"));
        changePolicies.save(policy);
        changePolicy.reset();
        return policy;
    }

    /** How far away a due date may be for the request to count as a small first step. */
    public static int smallScopeDays() {
        return SMALL_SCOPE_DAYS;
    }

    /** Whether the panel belongs on this issue: it is of a request type (statements: none when the cache is warm). */
    public boolean isRequestType(String issueTypeId) {
        return types.kindOf(issueTypeId).isPresent();
    }

    /** The request for a reader who may browse the issue: two statements, whatever the history (three at step 5+). */
    public RequestView view(String callerKey, String issueKey) {
        RequestIssues.IssueRef issue = visible(callerKey, issueKey);
        return view(issue, store.find(issue.id()), callerKey);
    }

    /**
     * What the issue panel shows: the request and, once it is set up, the partnership between its two departments,
     * from one read of the request — three statements in all when the thanks caches are warm.
     */
    public RequestPanelView panel(String callerKey, String issueKey) {
        RequestIssues.IssueRef issue = visible(callerKey, issueKey);
        Optional<CollaborationRequest> found = store.find(issue.id());
        RequestView view = view(issue, found, callerKey);
        Partnership partnership = found.map(r -> partnership(issue, r, callerKey)).orElse(null);
        return new RequestPanelView(view, partnership);
    }

    private RequestView view(RequestIssues.IssueRef issue, Optional<CollaborationRequest> found, String callerKey) {
        boolean canChange = found.map(r -> mayChange(issue, r, callerKey)).orElseGet(() -> maySetUp(issue, callerKey));
        if (found.isEmpty()) {
            RequestKind kind = types.kindOf(issue.issueTypeId()).orElse(null);
            return new RequestView(issue, null, kind, List.of(), List.of(), canChange, false, false, List.of(), "",
                    null);
        }
        CollaborationRequest request = found.get();
        List<HistoryEntry> history = store.history(issue.id(), HISTORY_SHOWN);
        boolean partnerThanked = request.step().number() >= Step.RESULT_SHARED.number()
                && (thanksOnPage(history) || thanks.departmentThankedIn(ThanksContext.issue(issue.id()),
                request.partnerDepartment()));
        List<String> missing = request.step().next().map(next -> missingFor(request, next, partnerThanked))
                .orElse(List.of());
        boolean prompt = request.resolvedAt() != null && issue.resolved()
                && request.step().number() < Step.NEXT_PROPOSED.number()
                && callerKey.equals(request.requesterKey());
        String followUpOf = request.followUpOf() == null ? "" : issues.byId(request.followUpOf())
                .filter(i -> issues.canBrowse(i, callerKey)).map(RequestIssues.IssueRef::key).orElse("");
        // the latest proposal names the follow-up, which is shown only to a reader who may see its issue
        HistoryEntry proposal = history.stream().filter(e -> e.event() == HistoryEntry.Event.FOLLOW_UP_PROPOSED)
                .reduce((first, second) -> second).orElse(null);
        RequestView.FollowUp followUp = proposal == null ? null : new RequestView.FollowUp(
                proposal.followUpIssueId() == 0 ? null : issues.byId(proposal.followUpIssueId())
                        .filter(i -> issues.canBrowse(i, callerKey)).orElse(null));
        return new RequestView(issue, request, request.kind(), missing, warnings(request), canChange, partnerThanked,
                prompt, history, followUpOf, followUp);
    }

    /** Creates the Jira issue and the request at step 1, as the caller. */
    public RequestIssues.IssueRef create(String callerKey, String projectKey, String summary, RequestInput input) {
        if (!types.supported()) {
            throw Rejection.of(Rejection.Reason.NOT_FOUND, null, "kakehashi.collaboration.error.jira.only");
        }
        InputCheck check = new InputCheck();
        String title = check.required("summary", summary, SUMMARY_MAX);
        String project = check.required("project", projectKey, 64);
        RequestDetails details = details(check, input, callerKey, null);
        check.rejectIfAny();
        String typeId = types.issueTypes().get(details.kind());
        if (typeId == null) {
            throw Rejection.of(Rejection.Reason.CONFLICT, "kind", "kakehashi.collaboration.error.types.missing");
        }
        RequestIssues.IssueRef issue = issues.create(callerKey, project, typeId, title, details.purpose());
        Instant now = clock.instant();
        CollaborationRequest created = CollaborationRequest.create(issue.id(), details, null, now);
        storeOrRemove(issue, () -> store.insert(created,
                new HistoryEntry(issue.id(), HistoryEntry.Event.CREATED, null, Step.DEFINE, callerKey, now)));
        publish(null, created, callerKey);
        tell(issue, created, NotificationKind.REQUEST_NAMED, callerKey, now, created.partnerContactKey(),
                created.decisionOwnerKey());
        watchByPartner(issue, created);
        return issue;
    }

    /**
     * Stores the details of a request whose issue was just created; if that fails, the issue is removed again, so that
     * no issue is left without its details, and the caller is told that nothing was created.
     */
    private void storeOrRemove(RequestIssues.IssueRef issue, Runnable storing) {
        try {
            storing.run();
        } catch (RuntimeException failure) {
            try {
                issues.deleteCreated(issue);
            } catch (RuntimeException left) {
                failure.addSuppressed(left);
                LOG.error("The details of {} could not be stored nor the issue removed", issue.key(), failure);
                throw Rejection.of(Rejection.Reason.FAILED, null, "kakehashi.collaboration.error.not.saved.issue.left",
                        issue.key());
            }
            LOG.error("The details of {} could not be stored; the issue was removed again", issue.key(), failure);
            throw Rejection.of(Rejection.Reason.FAILED, null, "kakehashi.collaboration.error.not.saved");
        }
    }

    /** Sets up the request of an issue created in Jira with a request type but without Kakehashi's details. */
    public CollaborationRequest setUp(String callerKey, String issueKey, RequestInput input) {
        RequestIssues.IssueRef issue = visible(callerKey, issueKey);
        if (!maySetUp(issue, callerKey)) {
            throw Rejection.forbidden();
        }
        if (types.kindOf(issue.issueTypeId()).isEmpty()) {
            throw Rejection.of(Rejection.Reason.CONFLICT, null, "kakehashi.collaboration.error.not.request.type");
        }
        InputCheck check = new InputCheck();
        RequestDetails details = details(check, input, callerKey, null);
        check.rejectIfAny();
        Instant now = clock.instant();
        CollaborationRequest created;
        try {
            created = store.insert(CollaborationRequest.create(issue.id(), details, null, now),
                    new HistoryEntry(issue.id(), HistoryEntry.Event.CREATED, null, Step.DEFINE, callerKey, now));
        } catch (CollaborationStore.DuplicateRequest e) {
            throw Rejection.of(Rejection.Reason.CONFLICT, null, "kakehashi.collaboration.error.conflict");
        }
        publish(null, created, callerKey);
        tell(issue, created, NotificationKind.REQUEST_NAMED, callerKey, now, created.partnerContactKey(),
                created.decisionOwnerKey());
        watchByPartner(issue, created);
        return created;
    }

    /** Changes the details; {@code version} is the one the caller saw. */
    public CollaborationRequest update(String callerKey, String issueKey, RequestInput input, int version) {
        Changing changing = changing(callerKey, issueKey, version);
        InputCheck check = new InputCheck();
        RequestDetails details = details(check, input, changing.request.requesterKey(), changing.request);
        check.rejectIfAny();
        Instant now = clock.instant();
        CollaborationRequest updated = changing.request.withDetails(details, now);
        save(updated, new HistoryEntry(updated.issueId(), HistoryEntry.Event.DETAILS_CHANGED, updated.step(),
                updated.step(), callerKey, now, "", "", changes(changing.request, updated)));
        publish(changing.request, updated, callerKey);
        CollaborationRequest before = changing.request;
        tell(changing.issue, updated, NotificationKind.REQUEST_NAMED, callerKey, now,
                updated.partnerContactKey().equals(before.partnerContactKey()) ? "" : updated.partnerContactKey(),
                updated.decisionOwnerKey().equals(before.decisionOwnerKey()) ? "" : updated.decisionOwnerKey());
        if (!updated.partnerContactKey().equals(before.partnerContactKey())) {
            watchByPartner(changing.issue, updated);
        }
        return updated;
    }

    /** The fields whose stored value differs, before and after, in the order of the form. */
    static List<HistoryEntry.FieldChange> changes(CollaborationRequest before, CollaborationRequest after) {
        List<HistoryEntry.FieldChange> changes = new ArrayList<>();
        change(changes, "kind", before.kind().key(), after.kind().key());
        change(changes, "requestingDepartment", before.requestingDepartment(), after.requestingDepartment());
        change(changes, "partnerDepartment", before.partnerDepartment(), after.partnerDepartment());
        change(changes, "purpose", before.purpose(), after.purpose());
        change(changes, "scope", before.scope(), after.scope());
        change(changes, "helpKind", before.helpKind(), after.helpKind());
        change(changes, "partnerBenefit", before.partnerBenefit(), after.partnerBenefit());
        change(changes, "requester", before.requesterKey(), after.requesterKey());
        change(changes, "partnerContact", before.partnerContactKey(), after.partnerContactKey());
        change(changes, "decisionOwner", before.decisionOwnerKey(), after.decisionOwnerKey());
        change(changes, "dueDate", before.dueDate() == null ? "" : before.dueDate().toString(),
                after.dueDate() == null ? "" : after.dueDate().toString());
        change(changes, "goal", before.goalId() == null ? "" : before.goalId().toString(),
                after.goalId() == null ? "" : after.goalId().toString());
        return changes;
    }

    private static void change(List<HistoryEntry.FieldChange> changes, String field, String before, String after) {
        String b = before == null ? "" : before;
        String a = after == null ? "" : after;
        if (!b.equals(a)) {
            changes.add(new HistoryEntry.FieldChange(field, b, a));
        }
    }

    /** Moves the request one step forward or back; forward only when nothing is missing for that step. */
    public CollaborationRequest move(String callerKey, String issueKey, String targetStep, int version) {
        Changing changing = changing(callerKey, issueKey, version);
        CollaborationRequest request = changing.request;
        Step target = parseStep(targetStep);
        boolean forward = request.step().next().filter(target::equals).isPresent();
        boolean back = request.step().previous().filter(target::equals).isPresent();
        if (!forward && !back) {
            throw Rejection.of(Rejection.Reason.INVALID, "step", "kakehashi.collaboration.error.step.order");
        }
        if (forward) {
            boolean partnerThanked = target == Step.NEXT_PROPOSED
                    && (thanksOnPage(store.history(request.issueId(), HISTORY_SHOWN)) || thanks.departmentThankedIn(
                    ThanksContext.issue(request.issueId()), request.partnerDepartment()));
            List<String> missing = missingFor(request, target, partnerThanked);
            if (!missing.isEmpty()) {
                InputCheck check = new InputCheck();
                missing.forEach(key -> check.add("step", key));
                check.rejectIfAny();
            }
        }
        Instant now = clock.instant();
        CollaborationRequest moved = request.withStep(target, now);
        save(moved, new HistoryEntry(moved.issueId(),
                forward ? HistoryEntry.Event.ADVANCED : HistoryEntry.Event.STEPPED_BACK, request.step(), target,
                callerKey, now));
        publish(request, moved, callerKey);
        tellRoles(changing.issue, moved, NotificationKind.REQUEST_STEP, callerKey, now);
        return moved;
    }

    /** Records the result: a link (http or https) to where it is written, a note, or both. */
    public CollaborationRequest shareResult(String callerKey, String issueKey, String link, String note, int version) {
        Changing changing = changing(callerKey, issueKey, version);
        InputCheck check = new InputCheck();
        String url = check.optional("resultLink", link, CollaborationRequest.RESULT_LINK_MAX);
        String text = check.optional("resultNote", note, CollaborationRequest.RESULT_NOTE_MAX);
        if (url != null && !url.isEmpty() && !WebLinks.isWebLink(url)) {
            check.add("resultLink", "kakehashi.collaboration.error.link");
        }
        if (!check.hasProblem("resultLink") && !check.hasProblem("resultNote") && url.isEmpty() && text.isEmpty()) {
            check.add("resultNote", "kakehashi.collaboration.error.result.required");
        }
        check.rejectIfAny();
        Instant now = clock.instant();
        CollaborationRequest shared = changing.request.withResult(url, text, now);
        save(shared, new HistoryEntry(shared.issueId(), HistoryEntry.Event.RESULT_SHARED, shared.step(), shared.step(),
                callerKey, now));
        tellRoles(changing.issue, shared, NotificationKind.REQUEST_RESULT, callerKey, now);
        return shared;
    }

    /**
     * Records a results page written in Confluence about this request, as the caller (who may change the request):
     * it becomes the request's result link when it has none, and the history keeps the page with its title. The same
     * page recorded twice is kept once. No version is asked for: the page is recorded on the latest one.
     */
    public CollaborationRequest recordResultPage(String callerKey, String issueKey, String link, String title) {
        RequestIssues.IssueRef issue = visible(callerKey, issueKey);
        CollaborationRequest request = store.find(issue.id()).orElseThrow(CollaborationService::notSetUp);
        if (!mayChange(issue, request, callerKey)) {
            throw Rejection.forbidden();
        }
        InputCheck check = new InputCheck();
        String url = check.required("url", link, CollaborationRequest.RESULT_LINK_MAX);
        String name = check.required("title", title, RESULT_PAGE_TITLE_MAX);
        if (url != null && !WebLinks.isWebLink(url)) {
            check.add("url", "kakehashi.collaboration.error.link");
        }
        check.rejectIfAny();
        for (int attempt = 0; ; attempt++) {
            if (attempt > 0) {
                request = store.find(issue.id()).orElseThrow(CollaborationService::notSetUp);
            }
            boolean known = store.history(issue.id(), HISTORY_SHOWN).stream()
                    .anyMatch(e -> e.event() == HistoryEntry.Event.RESULT_PAGE && e.link().equals(url));
            if (known) {
                return request;
            }
            Instant now = clock.instant();
            CollaborationRequest shared = request.withResult(request.resultLink().isBlank() ? url : request.resultLink(),
                    request.resultNote(), now);
            if (store.update(shared, new HistoryEntry(shared.issueId(), HistoryEntry.Event.RESULT_PAGE, shared.step(),
                    shared.step(), callerKey, now, url, name))) {
                tellRoles(issue, shared, NotificationKind.REQUEST_RESULT, callerKey, now);
                return shared;
            }
            if (attempt >= RECORD_ATTEMPTS - 1) {
                throw Rejection.of(Rejection.Reason.CONFLICT, null, "kakehashi.collaboration.error.conflict");
            }
        }
    }

    /** Whether the history holds a public thanks to the partner given on one of the request's results pages. */
    private static boolean thanksOnPage(List<HistoryEntry> history) {
        return history.stream().anyMatch(e -> e.event() == HistoryEntry.Event.PAGE_THANKS);
    }

    /** What asking Confluence about a thanks on a results page came to. */
    public record PageThanksOutcome(boolean counted, String check) {
    }

    /**
     * The caller says they thanked on the Confluence page {@code pageId}: Confluence is asked, as the caller, which
     * departments their own active public thanks on it went to and where the page is; only that counts, and only for a
     * results page recorded on this request (409 otherwise). The caller must be able to see the request (404).
     *
     * @return whether it counts for step 6, and {@code confirmed} or why Confluence could not be asked
     *     ({@code not-linked}, {@code needs-authorisation}, {@code not-found}, {@code unreachable})
     */
    public PageThanksOutcome recordConfirmedPageThanks(String callerKey, String issueKey, long pageId,
                                                       GivenThanks given) {
        visible(callerKey, issueKey);
        GivenThanks.Check check = given.onPage(pageId);
        if (check instanceof GivenThanks.Confirmed confirmed) {
            return new PageThanksOutcome(recordPageThanks(callerKey, issueKey, confirmed.pageUrl(),
                    confirmed.departments()), "confirmed");
        }
        return new PageThanksOutcome(false, ((GivenThanks.Unconfirmed) check).reason().name()
                .toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    /**
     * A public thanks was given on a results page recorded on this request, by the caller (who may see the request),
     * to these departments: when the partner department is among them it counts for step 6 as a thanks on the issue
     * would, and the history keeps the page. Once per page; a page not recorded on the request is refused (409).
     *
     * Only for what Confluence confirmed ({@link #recordConfirmedPageThanks}).
     *
     * @return whether the partner department was among them
     */
    boolean recordPageThanks(String callerKey, String issueKey, String link, List<String> thankedDepartments) {
        RequestIssues.IssueRef issue = visible(callerKey, issueKey);
        InputCheck check = new InputCheck();
        String url = check.required("url", link, CollaborationRequest.RESULT_LINK_MAX);
        if (thankedDepartments == null || thankedDepartments.size() > 50) {
            check.add("departments", "kakehashi.collaboration.error.page.thanks.departments");
        }
        check.rejectIfAny();
        for (int attempt = 0; ; attempt++) {
            CollaborationRequest request = store.find(issue.id()).orElseThrow(CollaborationService::notSetUp);
            List<HistoryEntry> history = store.history(issue.id(), 1000);
            HistoryEntry page = history.stream().filter(e -> e.event() == HistoryEntry.Event.RESULT_PAGE
                    && e.link().equals(url)).findFirst().orElseThrow(() -> Rejection.of(Rejection.Reason.CONFLICT,
                    "url", "kakehashi.collaboration.error.page.thanks.page"));
            if (!thankedDepartments.contains(request.partnerDepartment())) {
                return false;
            }
            if (history.stream().anyMatch(e -> e.event() == HistoryEntry.Event.PAGE_THANKS && e.link().equals(url))) {
                return true;
            }
            Instant now = clock.instant();
            if (store.update(request.touched(now), new HistoryEntry(issue.id(), HistoryEntry.Event.PAGE_THANKS,
                    request.step(), request.step(), callerKey, now, url, page.title()))) {
                return true;
            }
            if (attempt >= RECORD_ATTEMPTS - 1) {
                throw Rejection.of(Rejection.Reason.CONFLICT, null, "kakehashi.collaboration.error.conflict");
            }
        }
    }

    /**
     * At step 6: a follow-up request in the same project, between the same departments, linked to this one, with its
     * own purpose and small scope (required as for every request).
     */
    public RequestIssues.IssueRef proposeFollowUp(String callerKey, String issueKey, String summary, String purpose,
                                                  String scope) {
        RequestIssues.IssueRef issue = visible(callerKey, issueKey);
        CollaborationRequest request = store.find(issue.id()).orElseThrow(CollaborationService::notSetUp);
        if (!mayChange(issue, request, callerKey)) {
            throw Rejection.forbidden();
        }
        if (request.step() != Step.NEXT_PROPOSED) {
            throw Rejection.of(Rejection.Reason.CONFLICT, "step", "kakehashi.collaboration.error.follow.up.step");
        }
        InputCheck check = new InputCheck();
        String title = check.required("summary", summary, SUMMARY_MAX);
        String text = check.required("purpose", purpose, CollaborationRequest.PURPOSE_MAX);
        String small = check.required("scope", scope, CollaborationRequest.SCOPE_MAX);
        if (callerKey.length() > PERSON_KEY_MAX) {
            check.add("requester", "kakehashi.collaboration.error.person", callerKey);
        }
        check.rejectIfAny();
        String typeId = types.issueTypes().get(request.kind());
        if (typeId == null) {
            throw Rejection.of(Rejection.Reason.CONFLICT, null, "kakehashi.collaboration.error.types.missing");
        }
        RequestIssues.IssueRef created = issues.create(callerKey, issue.projectKey(), typeId, title, text);
        Instant now = clock.instant();
        RequestDetails details = new RequestDetails(request.kind(), request.requestingDepartment(),
                request.partnerDepartment(), text, small, "", "", callerKey, request.partnerContactKey(),
                request.decisionOwnerKey(), null, request.goalId());
        CollaborationRequest followUp = CollaborationRequest.create(created.id(), details, issue.id(), now);
        storeOrRemove(created, () -> store.insert(followUp,
                new HistoryEntry(created.id(), HistoryEntry.Event.CREATED, null, Step.DEFINE, callerKey, now)));
        publish(null, followUp, callerKey);
        // best effort: the follow-up exists and points here even if someone moved this request meanwhile
        store.update(request.touched(now), new HistoryEntry(issue.id(), HistoryEntry.Event.FOLLOW_UP_PROPOSED,
                request.step(), request.step(), callerKey, now, Long.toString(created.id()), title));
        return created;
    }

    /**
     * The host resolved a request's issue: remember it (once), so the panel prompts the requester to share and thank.
     */
    public void resolved(long issueId, String actorKey) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<CollaborationRequest> found = store.find(issueId);
            if (found.isEmpty()) {
                return;
            }
            Instant now = clock.instant();
            CollaborationRequest request = found.get();
            if (request.resolvedAt() != null) {
                return;
            }
            if (store.update(request.withResolvedAt(now, now), new HistoryEntry(issueId, HistoryEntry.Event.RESOLVED,
                    request.step(), request.step(), actorKey == null ? "" : actorKey, now))) {
                if (!request.hasResult()) {
                    issues.byId(issueId).ifPresent(issue -> tellRoles(issue, request,
                            NotificationKind.REQUEST_NO_RESULT, actorKey == null ? "" : actorKey, now));
                }
                return;
            }
        }
    }

    /** Overdue requests one reminder run looks at, at most. */
    static final int OVERDUE_BATCH = 1000;

    /**
     * Reminds the roles of every unresolved request past its due date and not yet at step 5, at most once a week each
     * (the week of {@code today}, Monday first, is the period the ledger records). Returns how many were reminded.
     */
    public int remindOverdue(LocalDate today, Instant now, NotificationLedger ledger) {
        String week = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
                .toString();
        int reminded = 0;
        for (CollaborationRequest request : store.overdue(today, Step.RESULT_SHARED, OVERDUE_BATCH)) {
            if (request.resolvedAt() != null) {
                continue;
            }
            RequestIssues.IssueRef issue = issues.byId(request.issueId()).filter(i -> !i.resolved()).orElse(null);
            if (issue == null) {
                continue;
            }
            List<String> due = new ArrayList<>();
            for (String key : audience(issue, "", request.requesterKey(), request.partnerContactKey(),
                    request.decisionOwnerKey())) {
                if (ledger.claim(dev.kakehashi.notify.MailDelivery.ledgerKey("overdue",
                        Long.toString(request.issueId()), week, key), now)) {
                    due.add(key);
                }
            }
            if (!due.isEmpty()) {
                notices.tell(issue, request, NotificationKind.REQUEST_OVERDUE, due, "", now);
                reminded += due.size();
            }
        }
        return reminded;
    }

    /**
     * The partner contact watches the issue, so that Jira's own notifications reach the partner department too; only
     * a contact who may browse it. A failure is logged: the request is saved.
     */
    private void watchByPartner(RequestIssues.IssueRef issue, CollaborationRequest request) {
        String contact = request.partnerContactKey();
        try {
            if (!contact.isEmpty() && issues.canBrowse(issue, contact)) {
                issues.watch(issue, contact);
            }
        } catch (RuntimeException e) {
            LOG.warn("The partner contact could not be made a watcher of {}", issue.key(), e);
        }
    }

    private void tellRoles(RequestIssues.IssueRef issue, CollaborationRequest request, NotificationKind kind,
                           String actorKey, Instant at) {
        tell(issue, request, kind, actorKey, at, request.requesterKey(), request.partnerContactKey(),
                request.decisionOwnerKey());
    }

    /** Tells the people named, but not the one who did it, and only those who may browse the issue. */
    private void tell(RequestIssues.IssueRef issue, CollaborationRequest request, NotificationKind kind,
                      String actorKey, Instant at, String... userKeys) {
        try {
            List<String> to = audience(issue, actorKey, userKeys);
            if (!to.isEmpty()) {
                notices.tell(issue, request, kind, to, actorKey, at);
            }
        } catch (RuntimeException e) {
            LOG.warn("The people of {} could not be told about {}", issue.key(), kind.key(), e);
        }
    }

    private List<String> audience(RequestIssues.IssueRef issue, String actorKey, String... userKeys) {
        java.util.Set<String> to = new java.util.LinkedHashSet<>();
        for (String key : userKeys) {
            if (key != null && !key.isEmpty() && !key.equals(actorKey) && issues.canBrowse(issue, key)) {
                to.add(key);
            }
        }
        return new ArrayList<>(to);
    }

    /** Earlier requests between the two departments that the reader may see, and the thanks between them. */
    public Partnership partnership(String callerKey, String issueKey) {
        RequestIssues.IssueRef issue = visible(callerKey, issueKey);
        CollaborationRequest request = store.find(issue.id()).orElseThrow(CollaborationService::notSetUp);
        return partnership(issue, request, callerKey);
    }

    private Partnership partnership(RequestIssues.IssueRef issue, CollaborationRequest request, String callerKey) {
        String a = request.requestingDepartment();
        String b = request.partnerDepartment();
        List<Partnership.Earlier> earlier = new ArrayList<>();
        for (CollaborationStore.PastRequest other : store.between(a, b, issue.id(), PARTNERSHIP_READ)) {
            if (earlier.size() == PARTNERSHIP_SHOWN) {
                break;
            }
            issues.byId(other.issueId()).filter(i -> issues.canBrowse(i, callerKey)).ifPresent(i -> earlier.add(
                    new Partnership.Earlier(i.key(), i.summary(), other.step(), i.resolved(),
                            other.requestingDepartment())));
        }
        return new Partnership(a, b, earlier, thanks.countBetweenInYear(callerKey, a, b),
                thanks.countBetweenInYear(callerKey, b, a));
    }

    /** The full history of a request the caller may see, oldest first. */
    public List<HistoryEntry> history(String callerKey, String issueKey) {
        RequestIssues.IssueRef issue = visible(callerKey, issueKey);
        return store.history(issue.id(), 1000);
    }

    /** The request of an issue the caller may see. */
    public CollaborationRequest get(String callerKey, String issueKey) {
        RequestIssues.IssueRef issue = visible(callerKey, issueKey);
        return store.find(issue.id()).orElseThrow(CollaborationService::notSetUp);
    }

    /** Issue ids for a JQL search; Jira itself keeps out the issues the searcher may not browse. */
    public List<Long> search(RequestSearch search) {
        return store.search(search);
    }

    /** What the request lacks to reach the step: i18n keys of the missing items, empty when it may move. */
    static List<String> missingFor(CollaborationRequest request, Step target, boolean partnerThanked) {
        List<String> missing = new ArrayList<>();
        switch (target) {
            case DEFINE -> { }
            case FIRST_CONTACT -> {
                if (request.partnerContactKey().isEmpty()) {
                    missing.add("kakehashi.collaboration.missing.partner.contact");
                }
            }
            case AGREED -> {
                if (!request.hasBenefit()) {
                    missing.add("kakehashi.collaboration.missing.benefit");
                }
                if (request.decisionOwnerKey().isEmpty()) {
                    missing.add("kakehashi.collaboration.missing.decision.owner");
                }
            }
            case WORKING -> {
                if (request.dueDate() == null) {
                    missing.add("kakehashi.collaboration.missing.due.date");
                }
            }
            case RESULT_SHARED -> {
                if (!request.hasResult()) {
                    missing.add("kakehashi.collaboration.missing.result");
                }
            }
            case NEXT_PROPOSED -> {
                if (!partnerThanked) {
                    missing.add("kakehashi.collaboration.missing.thanks");
                }
            }
        }
        return missing;
    }

    List<String> warnings(CollaborationRequest request) {
        List<String> warnings = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (request.dueDate() != null && ChronoUnit.DAYS.between(today, request.dueDate()) > SMALL_SCOPE_DAYS
                && request.step().number() < Step.RESULT_SHARED.number()) {
            warnings.add("kakehashi.collaboration.warning.not.small");
        }
        if (request.dueDate() != null && request.dueDate().isBefore(today)
                && request.step().number() < Step.RESULT_SHARED.number()) {
            warnings.add("kakehashi.collaboration.warning.overdue");
        }
        return warnings;
    }

    /**
     * Reads and checks the details. {@code existing} is the request being changed, or null for a new one: a department
     * an admin deactivated since stays allowed where the request already names it, only new requests must choose
     * active ones.
     */
    private RequestDetails details(InputCheck check, RequestInput input, String defaultRequester,
                                   CollaborationRequest existing) {
        boolean creating = existing == null;
        RequestKind kind = null;
        if (input.kind() == null || input.kind().isBlank()) {
            check.add("kind", "kakehashi.error.required");
        } else {
            kind = RequestKind.ofKey(input.kind()).orElse(null);
            if (kind == null) {
                check.add("kind", "kakehashi.collaboration.error.kind");
            }
        }
        String from = department(check, "requestingDepartment", input.requestingDepartment(),
                creating ? null : existing.requestingDepartment());
        String to = department(check, "partnerDepartment", input.partnerDepartment(),
                creating ? null : existing.partnerDepartment());
        if (from != null && from.equals(to)) {
            check.add("partnerDepartment", "kakehashi.collaboration.error.same.department");
        }
        String purpose = check.required("purpose", input.purpose(), CollaborationRequest.PURPOSE_MAX);
        String scope = check.required("scope", input.scope(), CollaborationRequest.SCOPE_MAX);
        String help = check.optional("helpKind", input.helpKind(), CollaborationRequest.HELP_KIND_MAX);
        String benefit = check.optional("partnerBenefit", input.partnerBenefit(), CollaborationRequest.BENEFIT_MAX);
        String requester = input.requester() == null || input.requester().isBlank() ? defaultRequester
                : person(check, "requester", input.requester());
        if (requester != null && requester.length() > PERSON_KEY_MAX) {
            // the caller as the default requester: a key longer than its column is refused before Jira is asked too
            check.add("requester", "kakehashi.collaboration.error.person", requester);
            requester = null;
        }
        String contact = optionalPerson(check, "partnerContact", input.partnerContact());
        String owner = optionalPerson(check, "decisionOwner", input.decisionOwner());
        LocalDate due = check.date("dueDate", input.dueDate(), "kakehashi.collaboration.error.due.format");
        if (creating && due != null && due.isBefore(LocalDate.now(clock))) {
            check.add("dueDate", "kakehashi.collaboration.error.due.past");
        }
        Long goal = goal(check, input.goal(), creating ? null : existing.goalId());
        return new RequestDetails(kind, from, to, purpose, scope, help, benefit, requester, contact, owner, due, goal);
    }

    /** The longest goal id a form may send (a positive long). */
    private static final int GOAL_ID_MAX = 19;

    /**
     * The shared goal a request names: none when the input is empty, the one kept when the input says nothing
     * ({@code null}) or names it again, and otherwise a goal that Confluence, asked as the caller, shows them; a goal
     * that is not there or hidden from them is refused alike, and so is any goal while Confluence cannot be asked.
     */
    private Long goal(InputCheck check, String input, Long kept) {
        if (input == null) {
            return kept;
        }
        String text = input.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > GOAL_ID_MAX || !text.matches("[1-9][0-9]*")) {
            check.add("goal", "kakehashi.collaboration.error.goal");
            return null;
        }
        long id = Long.parseLong(text);
        if (kept != null && kept == id) {
            return kept;
        }
        LinkedGoals.Found found = goals.find(id);
        switch (found.outcome()) {
            case OK -> {
                return id;
            }
            case NOT_LINKED -> check.add("goal", "kakehashi.collaboration.error.goal.not.linked");
            case NEEDS_AUTHORISATION -> check.add("goal", "kakehashi.collaboration.error.goal.authorise");
            case UNREACHABLE -> check.add("goal", "kakehashi.collaboration.error.goal.unreachable");
            default -> check.add("goal", "kakehashi.collaboration.error.goal");
        }
        return null;
    }

    /** Goals whose title contains the text, as the caller may see them in the linked Confluence. */
    public LinkedGoals.Found searchGoals(String callerKey, String text) {
        if (callerKey == null) {
            throw Rejection.unauthenticated();
        }
        InputCheck check = new InputCheck();
        String q = check.optional("q", text, 200);
        check.rejectIfAny();
        return goals.search(q);
    }

    /** The goal a request names, as the caller may see it in the linked Confluence (never its title otherwise). */
    public LinkedGoals.Found goal(String callerKey, long goalId) {
        if (callerKey == null) {
            throw Rejection.unauthenticated();
        }
        return goals.find(goalId);
    }

    /** Requests listed for a goal at most, and read to find them (the ones the caller may not browse are skipped). */
    static final int GOAL_REQUESTS_SHOWN = 50;
    static final int GOAL_REQUESTS_READ = 200;

    /** A request serving a goal, as the goal's card lists it. */
    public record Serving(RequestIssues.IssueRef issue, CollaborationRequest request) {
    }

    /**
     * The requests that name the goal and whose issue the caller may browse, newest first, at most
     * {@link #GOAL_REQUESTS_SHOWN}, from the newest {@link #GOAL_REQUESTS_READ} that name it. Nothing tells how many
     * others there are.
     */
    public List<Serving> servingGoal(String callerKey, long goalId) {
        if (callerKey == null) {
            throw Rejection.unauthenticated();
        }
        List<Serving> shown = new ArrayList<>();
        for (CollaborationRequest request : store.servingGoal(goalId, GOAL_REQUESTS_READ)) {
            Optional<RequestIssues.IssueRef> issue = issues.byId(request.issueId())
                    .filter(i -> issues.canBrowse(i, callerKey));
            if (issue.isPresent()) {
                shown.add(new Serving(issue.get(), request));
                if (shown.size() >= GOAL_REQUESTS_SHOWN) {
                    break;
                }
            }
        }
        return shown;
    }

    private String department(InputCheck check, String field, String key, String kept) {
        if (key == null || key.isBlank()) {
            check.add(field, "kakehashi.error.required");
            return null;
        }
        String k = key.strip();
        if (k.equals(kept)) {
            return k;
        }
        boolean active = departments.activeNames().stream().map(DepartmentName::key).anyMatch(k::equals);
        if (!active) {
            check.add(field, "kakehashi.collaboration.error.department");
            return null;
        }
        return k;
    }

    private String optionalPerson(InputCheck check, String field, String username) {
        return username == null || username.isBlank() ? "" : person(check, field, username);
    }

    private String person(InputCheck check, String field, String username) {
        String name = username.strip();
        if (name.length() > 255) {
            check.add(field, "kakehashi.error.too.long", 255);
            return null;
        }
        // A key longer than its column (190) could not be stored after Jira created the issue: refused up front.
        return people.byUsername(name).map(Person::key).filter(key -> key.length() <= PERSON_KEY_MAX)
                .orElseGet(() -> {
                    check.add(field, "kakehashi.collaboration.error.person", name);
                    return null;
                });
    }

    private static Step parseStep(String value) {
        if (value == null) {
            throw Rejection.of(Rejection.Reason.INVALID, "step", "kakehashi.error.required");
        }
        Optional<Step> step = Step.ofKey(value.strip());
        if (step.isEmpty() && value.strip().matches("[1-6]")) {
            step = Step.ofNumber(Integer.parseInt(value.strip()));
        }
        return step.orElseThrow(() -> Rejection.of(Rejection.Reason.INVALID, "step",
                "kakehashi.collaboration.error.step"));
    }

    private record Changing(RequestIssues.IssueRef issue, CollaborationRequest request) {
    }

    private Changing changing(String callerKey, String issueKey, int version) {
        RequestIssues.IssueRef issue = visible(callerKey, issueKey);
        CollaborationRequest request = store.find(issue.id()).orElseThrow(CollaborationService::notSetUp);
        if (!mayChange(issue, request, callerKey)) {
            throw Rejection.forbidden();
        }
        if (request.version() != version) {
            throw Rejection.of(Rejection.Reason.CONFLICT, null, "kakehashi.collaboration.error.conflict");
        }
        return new Changing(issue, request);
    }

    /**
     * Writes the request's property on its issue when what Jira shows of it (step, departments, due date) changed;
     * never refuses the change that was just saved.
     */
    private void publish(CollaborationRequest before, CollaborationRequest after, String actorKey) {
        if (before != null && RequestProperty.of(before).equals(RequestProperty.of(after))) {
            return;
        }
        try {
            properties.publish(after, actorKey);
        } catch (RuntimeException e) {
            LOG.warn("The property of request {} could not be written", after.issueId(), e);
        }
    }

    private void save(CollaborationRequest changed, HistoryEntry entry) {
        if (!store.update(changed, entry)) {
            throw Rejection.of(Rejection.Reason.CONFLICT, null, "kakehashi.collaboration.error.conflict");
        }
    }

    /**
     * Who may change a request (of an issue they may see): the people in its three roles, the project's administrators
     * and Jira's administrators; everyone who may edit the issue as well only when an admin widened the policy.
     */
    private boolean mayChange(RequestIssues.IssueRef issue, CollaborationRequest request, String callerKey) {
        return request.involves(callerKey) || issues.canAdminister(issue, callerKey)
                || (changePolicy.get() == ChangePolicy.EDIT_ISSUES && issues.canEdit(issue, callerKey));
    }

    /**
     * Who may fill in the details of an issue created with a request type in Jira's own dialog (it has no roles yet):
     * its reporter, if they may edit it, and whoever may change requests under the policy.
     */
    private boolean maySetUp(RequestIssues.IssueRef issue, String callerKey) {
        return issues.canAdminister(issue, callerKey) || issues.canEdit(issue, callerKey)
                && (callerKey.equals(issue.reporterKey()) || changePolicy.get() == ChangePolicy.EDIT_ISSUES);
    }

    private RequestIssues.IssueRef visible(String callerKey, String issueKey) {
        if (callerKey == null) {
            throw Rejection.unauthenticated();
        }
        return Optional.ofNullable(issueKey).flatMap(issues::byKey).filter(i -> issues.canBrowse(i, callerKey))
                .orElseThrow(() -> Rejection.of(Rejection.Reason.NOT_FOUND, null, "kakehashi.collaboration.error.issue"));
    }

    private static Rejection notSetUp() {
        return Rejection.of(Rejection.Reason.NOT_FOUND, null, "kakehashi.collaboration.error.not.set.up");
    }
}
