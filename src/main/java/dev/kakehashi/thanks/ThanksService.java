package dev.kakehashi.thanks;

import dev.kakehashi.admin.CompanyValue;
import dev.kakehashi.admin.CompanyValueService;
import dev.kakehashi.admin.Department;
import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.notify.Notifier;
import dev.kakehashi.notify.Thanked;
import dev.kakehashi.notify.ThanksHidden;
import dev.kakehashi.platform.Caches;
import dev.kakehashi.platform.InputCheck;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Rejection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sending, reading, withdrawing and moderating thanks, with the rules of the サンクスカード practice: no thanking
 * oneself, a daily limit, a company value when the policy asks for one, and nothing shown from an issue or page the
 * reader cannot see.
 */
public class ThanksService {
    private static final Logger LOG = LoggerFactory.getLogger(ThanksService.class);
    static final int MAX_MESSAGE = 1000;
    static final int MAX_RECIPIENTS = 10;
    /** How long an administrator's reason for hiding a thanks may be, in characters. */
    public static final int MAX_HIDE_REASON = 300;
    /** How many store pages a filtered read may look through to fill one page for the reader. */
    private static final int MAX_ROUNDS = 5;
    /** How many of a department's people are asked whether they may see the issue or page of a thanks to it. */
    static final int MAX_MEMBERS_CHECKED = 1000;

    private final ThanksStore store;
    private final ThanksPolicyStore policies;
    private final People people;
    private final DepartmentService departments;
    private final CompanyValueService values;
    private final ContextAccess contexts;
    private final Notifier notifier;
    private final Clock clock;
    /** The policy as saved, kept in the host's cache and dropped when an admin changes it. */
    private final Caches.CachedValue<ThanksPolicy> cachedPolicy;
    /** How many department pairs' thanks of a year are kept (seven departments make 42 pairs). */
    static final int PAIR_ENTRIES = 500;
    /** How many "was this department thanked on this issue or page" answers are kept. */
    static final int THANKED_ENTRIES = 10_000;
    /** The year's thanks between two departments, by {@code from|to}. */
    private final Caches.CachedMap<String, List<ThanksStore.PairThanks>> pairs;
    /** Whether a department was thanked publicly in a context, by {@code context|department}. */
    private final Caches.CachedMap<String, Boolean> thanked;

    public ThanksService(ThanksStore store, ThanksPolicyStore policies, People people, DepartmentService departments,
                         CompanyValueService values, ContextAccess contexts, Notifier notifier, Caches caches,
                         Clock clock) {
        this.store = store;
        this.policies = policies;
        this.cachedPolicy = caches.value("thanks.policy", policies::get);
        this.pairs = caches.map("thanks.pairs", PAIR_ENTRIES, key -> {
            int bar = key.indexOf('|');
            return store.between(key.substring(0, bar), key.substring(bar + 1),
                    clock.instant().minus(Duration.ofDays(365)));
        });
        this.thanked = caches.map("thanks.departmentThanked", THANKED_ENTRIES, key -> {
            int bar = key.lastIndexOf('|');
            return store.anyPublicToDepartment(ThanksContext.fromStorageKey(key.substring(0, bar)),
                    key.substring(bar + 1));
        });
        this.people = people;
        this.departments = departments;
        this.values = values;
        this.contexts = contexts;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Old thanks were deleted: the cached summaries that may count them are dropped on every node. */
    public void forgetSummaries() {
        pairs.removeAll();
        thanked.removeAll();
    }

    public ThanksPolicy policy() {
        return cachedPolicy.get();
    }

    /** Saves a new policy; a missing field keeps its current setting. */
    public ThanksPolicy updatePolicy(Boolean valueRequired, Integer dailyLimit, Integer withdrawMinutes) {
        ThanksPolicy current = cachedPolicy.get();
        InputCheck check = new InputCheck();
        int limit = dailyLimit == null ? current.dailyLimit() : dailyLimit;
        int minutes = withdrawMinutes == null ? current.withdrawMinutes() : withdrawMinutes;
        if (limit < 1 || limit > ThanksPolicy.MAX_DAILY_LIMIT) {
            check.add("dailyLimit", "kakehashi.error.range", 1, ThanksPolicy.MAX_DAILY_LIMIT);
        }
        if (minutes < 0 || minutes > ThanksPolicy.MAX_WITHDRAW_MINUTES) {
            check.add("withdrawMinutes", "kakehashi.error.range", 0, ThanksPolicy.MAX_WITHDRAW_MINUTES);
        }
        check.rejectIfAny();
        ThanksPolicy saved = new ThanksPolicy(valueRequired == null ? current.valueRequired() : valueRequired,
                limit, minutes);
        policies.save(saved);
        cachedPolicy.reset();
        return saved;
    }

    /** Takes the source product's policy as it is (a follower's copy); true when it differed. */
    public boolean copyPolicyFromSource(ThanksPolicy source) {
        if (source.equals(cachedPolicy.get())) {
            return false;
        }
        policies.save(source);
        cachedPolicy.reset();
        return true;
    }

    /** Sends a thanks from this person; every problem with the input is reported at once. */
    public Thanks send(String senderKey, ThanksInput input) {
        ThanksPolicy policy = cachedPolicy.get();
        ThanksContext context = ThanksContext.parse(input.contextType(), input.contextId());
        requireVisible(senderKey, context);
        InputCheck check = new InputCheck();
        List<String> recipients = recipients(check, senderKey, input.recipients());
        String department = department(check, input.department());
        if (recipients.isEmpty() && department.isEmpty() && !check.hasProblem("recipients")
                && !check.hasProblem("department")) {
            check.add("recipients", "kakehashi.thanks.error.recipient.required");
        }
        String message = check.required("message", input.message(), MAX_MESSAGE);
        String value = value(check, input.value(), policy);
        Thanks.Visibility visibility = visibility(check, input.visibility());
        if (visibility == Thanks.Visibility.PRIVATE && recipients.isEmpty()) {
            check.add("visibility", "kakehashi.thanks.error.private.department");
        }
        requireRecipientsMaySee(check, context, recipients, check.hasProblem("department") ? "" : department);
        check.rejectIfAny();
        Instant now = clock.instant();
        List<String> senderDepartments = departmentKeys(senderKey);
        Set<String> recipientDepartments = new LinkedHashSet<>();
        recipients.forEach(r -> recipientDepartments.addAll(departmentKeys(r)));
        if (!department.isEmpty()) {
            recipientDepartments.add(department);
        }
        boolean cross = !senderDepartments.isEmpty() && !recipientDepartments.isEmpty()
                && recipientDepartments.stream().noneMatch(senderDepartments::contains);
        // Counted and stored in one step under the sender's lock, so parallel sends cannot pass the limit together.
        Thanks sent = store.insertWithinLimit(new Thanks(0, senderKey, recipients, department, message, value, context,
                        visibility, now, senderDepartments, new ArrayList<>(recipientDepartments), cross,
                        Thanks.State.ACTIVE), policy.dailyLimit(), now.minus(Duration.ofDays(1)))
                .orElseThrow(() -> Rejection.of(Rejection.Reason.TOO_MANY_REQUESTS, null,
                        "kakehashi.thanks.error.daily.limit", policy.dailyLimit()));
        forget(sent);
        // Not mailed now: the scheduled mailDue sends it once the sender can no longer withdraw it.
        return sent;
    }

    /** How far back, beyond the withdraw window, a run looks for thanks whose emails are still due. */
    static final java.time.Duration MAIL_LOOKBACK = java.time.Duration.ofDays(3);
    /** Thanks one run mails at most; the next run takes the rest. */
    static final int MAIL_BATCH = 500;
    /**
     * How old a thanks must be before the watermark passes it: a thanks whose save was not yet committed when a run
     * read (or whose node's clock is a little behind) is still found by the next run. Younger thanks are mailed all
     * the same, and read again (the ledger refuses the second email) until they are this old.
     */
    static final Duration MAIL_SETTLED = Duration.ofMinutes(1);

    /**
     * Emails the people named in every active thanks whose withdraw window has passed by {@code now}, each recipient
     * once whatever the number of runs (the ledger records each). A thanks withdrawn or hidden in the window mails
     * nobody; a recipient who may no longer see its issue or page is not mailed. Returns how many were told.
     * Only the people named hear of it: a department is credited on the wall, not emailed as a whole.
     * Only thanks after the watermark are read, and it is moved past them once all their recipients were claimed and
     * handed to the mail queue: a run with nothing new costs two statements whatever the number of recent thanks. It
     * stays before a thanks one of whose emails the queue refused: the next run reads it again and mails only that
     * recipient (the ledger refuses the others a second email); the later thanks of this run are mailed all the same.
     */
    public int mailDue(Instant now, dev.kakehashi.notify.NotificationLedger ledger, MailWatermark watermark) {
        Instant due = now.minus(Duration.ofMinutes(cachedPolicy.get().withdrawMinutes()));
        // never further back than the look-back (a job stopped for days does not send old news)
        MailWatermark.Position floor = new MailWatermark.Position(due.minus(MAIL_LOOKBACK).minusMillis(1),
                Long.MAX_VALUE);
        MailWatermark.Position from = watermark.get().filter(stored -> stored.compareTo(floor) > 0).orElse(floor);
        Instant settled = now.minus(MAIL_SETTLED);
        MailWatermark.Position handled = null;
        boolean refused = false;
        int told = 0;
        for (Thanks thanks : store.activeSentAfter(from, due, MAIL_BATCH)) {
            for (String recipient : thanks.recipientKeys()) {
                if (maySee(recipient, thanks.context())) {
                    Mailed mailed = mail(thanks, recipient, now, ledger);
                    told += mailed == Mailed.TOLD ? 1 : 0;
                    refused |= mailed == Mailed.REFUSED;
                }
            }
            if (!refused && !thanks.createdAt().isAfter(settled)) {
                handled = new MailWatermark.Position(thanks.createdAt(), thanks.id());
            }
        }
        if (handled != null) {
            watermark.advance(handled);
        }
        return told;
    }

    /** What became of one recipient's email of a thanks in a run. */
    private enum Mailed { TOLD, CLAIMED_BEFORE, REFUSED }

    /**
     * Claims the recipient's email of this thanks in the ledger and hands it to the notifier. A claim whose email
     * could not be handed on (refused by the mail queue, or failed on the way) is given back, so that the next run
     * tries again.
     */
    private Mailed mail(Thanks thanks, String recipient, Instant now, dev.kakehashi.notify.NotificationLedger ledger) {
        String entry = dev.kakehashi.notify.MailDelivery.ledgerKey("thanks", Long.toString(thanks.id()), recipient);
        if (!ledger.claim(entry, now)) {
            return Mailed.CLAIMED_BEFORE;
        }
        boolean handedOn;
        try {
            handedOn = notifier.personThanked(new Thanked(recipient, thanks.senderKey(), thanks.valueKey(),
                    thanks.message(), thanks.context().typeName(), thanks.context().id(),
                    thanks.context().isNone() ? "" : contexts.title(thanks.context())));
        } catch (RuntimeException e) {
            LOG.warn("The email of thanks {} to user {} failed; the next run tries again", thanks.id(), recipient, e);
            handedOn = false;
        }
        if (!handedOn) {
            ledger.release(entry);
            return Mailed.REFUSED;
        }
        return Mailed.TOLD;
    }

    /**
     * A person can be thanked on an issue or page only if they may see it; a department only if at least one of its
     * people may. The problem names them (the sender typed them, so this tells nothing about the issue or page).
     */
    private void requireRecipientsMaySee(InputCheck check, ThanksContext context, List<String> recipients,
                                         String department) {
        if (context.isNone()) {
            return;
        }
        List<String> blind = recipients.stream().filter(r -> !maySee(r, context))
                .map(r -> people.byKey(r).map(Person::displayName).orElse(r)).toList();
        if (!blind.isEmpty()) {
            check.add("recipients", "kakehashi.thanks.error.recipient.cannot.see", String.join(", ", blind));
        }
        if (!department.isEmpty() && departments.memberKeys(department, MAX_MEMBERS_CHECKED).stream()
                .noneMatch(member -> maySee(member, context))) {
            DepartmentName name = departments.activeNames().stream().filter(d -> d.key().equals(department))
                    .findFirst().orElse(new DepartmentName(department, department, department, true));
            check.add("department", "kakehashi.thanks.error.department.cannot.see", name.nameEn(), name.nameJa());
        }
    }

    /** Whether this person may see the thanks's issue or page (always, for a thanks given nowhere in particular). */
    private boolean maySee(String userKey, ThanksContext context) {
        return context.isNone() || (contexts.supports(context.type()) && contexts.canView(userKey, context));
    }

    /**
     * Thanks the reader may see, newest first. A context the reader cannot see is "not found"; in lists across
     * contexts, thanks from issues or pages the reader cannot see are left out.
     */
    public ThanksPage list(String viewerKey, ThanksQuery query) {
        int limit = Math.max(1, Math.min(query.limit(), ThanksQuery.MAX_LIMIT));
        if (!query.context().isNone()) {
            requireVisible(viewerKey, query.context());
            return store.page(withLimit(query, limit, query.before()), viewerKey);
        }
        List<Thanks> shown = new ArrayList<>();
        Map<String, Boolean> visible = new HashMap<>();
        Long cursor = query.before();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            ThanksPage page = store.page(withLimit(query, limit, cursor), viewerKey);
            for (Thanks thanks : page.items()) {
                boolean canSee = thanks.context().isNone() || visible.computeIfAbsent(thanks.context().storageKey(),
                        k -> contexts.supports(thanks.context().type()) && contexts.canView(viewerKey, thanks.context()));
                if (canSee) {
                    shown.add(thanks);
                    if (shown.size() == limit) {
                        return new ThanksPage(shown, thanks.id());
                    }
                }
            }
            if (page.next() == null) {
                return new ThanksPage(shown, null);
            }
            cursor = page.next();
        }
        return new ThanksPage(shown, cursor);
    }

    /** The sender takes a thanks back within the policy's minutes; it is kept, marked withdrawn. */
    public void withdraw(long id, String callerKey) {
        Thanks thanks = store.find(id).filter(t -> t.readableBy(callerKey)).orElseThrow(ThanksService::notFound);
        requireVisible(callerKey, thanks.context());
        if (!thanks.senderKey().equals(callerKey)) {
            throw Rejection.of(Rejection.Reason.FORBIDDEN, null, "kakehashi.thanks.error.withdraw.not.sender");
        }
        Instant now = clock.instant();
        int minutes = cachedPolicy.get().withdrawMinutes();
        if (now.isAfter(thanks.createdAt().plus(Duration.ofMinutes(minutes)))) {
            throw Rejection.of(Rejection.Reason.INVALID, null, "kakehashi.thanks.error.withdraw.too.late", minutes);
        }
        if (!store.changeState(id, Thanks.State.ACTIVE, Thanks.State.WITHDRAWN, callerKey, now)) {
            throw stateChanged();
        }
        forget(thanks);
    }

    /** Another change of the same thanks came first (a parallel hide, withdrawal or showing again). */
    private static Rejection stateChanged() {
        return Rejection.of(Rejection.Reason.CONFLICT, null, "kakehashi.thanks.error.state.changed");
    }

    /** Whether this reader could still withdraw this thanks now. */
    public boolean canWithdraw(Thanks thanks, String viewerKey) {
        return thanks.senderKey().equals(viewerKey) && thanks.state() == Thanks.State.ACTIVE && !clock.instant()
                .isAfter(thanks.createdAt().plus(Duration.ofMinutes(cachedPolicy.get().withdrawMinutes())));
    }

    /**
     * An admin hides a thanks they can read from everyone, giving a reason; it is kept for audit and can be shown
     * again, and its sender is told why (in their language, by the host's mail). The caller must already be known as
     * an admin.
     */
    public void hide(long id, String adminKey, String reason) {
        Thanks thanks = store.find(id).filter(t -> t.readableBy(adminKey)).orElseThrow(ThanksService::notFound);
        requireVisible(adminKey, thanks.context());
        InputCheck check = new InputCheck();
        String why = check.required("reason", reason, MAX_HIDE_REASON);
        check.rejectIfAny();
        if (!store.hide(id, adminKey, clock.instant(), why)) {
            // Withdrawn or hidden by someone else since it was read: that call told whoever had to be told.
            throw stateChanged();
        }
        forget(thanks);
        notifier.thanksHidden(toSender(thanks, why));
    }

    /**
     * An admin shows a hidden thanks again; only one that admin could read before it was hidden. Its sender is told
     * (in their language, by the host's mail), as they were told when it was hidden.
     */
    public void unhide(long id, String adminKey) {
        Thanks thanks = store.find(id).filter(t -> t.state() == Thanks.State.HIDDEN)
                .filter(t -> t.visibility() == Thanks.Visibility.PUBLIC || t.involves(adminKey))
                .orElseThrow(ThanksService::notFound);
        requireVisible(adminKey, thanks.context());
        if (!store.changeState(id, Thanks.State.HIDDEN, Thanks.State.ACTIVE, adminKey, clock.instant())) {
            throw stateChanged();
        }
        forget(thanks);
        notifier.thanksShownAgain(toSender(thanks, ""));
    }

    /** What the sender is told of a hide or unhide: where it was given only while the sender may still see it. */
    private ThanksHidden toSender(Thanks thanks, String reason) {
        boolean senderSees = maySee(thanks.senderKey(), thanks.context());
        return new ThanksHidden(thanks.senderKey(), thanks.message(), reason,
                senderSees ? thanks.context().typeName() : "none", senderSees ? thanks.context().id() : "",
                senderSees && !thanks.context().isNone() ? contexts.title(thanks.context()) : "");
    }

    /**
     * Hidden thanks for the admins' list, newest first: who hid each, when and why. What a thanks said, whom it named
     * and where it was given are shown only when this admin may read it (a private one only to its people, one on an
     * issue or page only to those who may see it).
     */
    public HiddenPage hidden(String adminKey, Long before, int limit) {
        int size = Math.max(1, Math.min(limit, ThanksQuery.MAX_LIMIT));
        List<ThanksStore.Hidden> rows = store.hidden(before, size);
        Map<String, Boolean> visible = new HashMap<>();
        List<HiddenEntry> entries = new ArrayList<>();
        for (ThanksStore.Hidden row : rows) {
            Thanks t = row.thanks();
            boolean readable = (t.visibility() == Thanks.Visibility.PUBLIC || t.involves(adminKey))
                    && (t.context().isNone() || visible.computeIfAbsent(t.context().storageKey(),
                            k -> maySee(adminKey, t.context())));
            entries.add(new HiddenEntry(row, readable));
        }
        return new HiddenPage(entries, rows.size() == size ? rows.get(rows.size() - 1).thanks().id() : null);
    }

    /** One hidden thanks in the admins' list; {@code readable} says whether its content may be shown to this admin. */
    public record HiddenEntry(ThanksStore.Hidden hidden, boolean readable) {
    }

    /** A page of hidden thanks; {@code next} continues it. */
    public record HiddenPage(List<HiddenEntry> items, Long next) {
    }

    /**
     * How the reader names where a thanks was given (an issue's key and summary, a page's title), empty when the
     * reader may not see it or the host has no such issue or page.
     */
    public String contextTitle(String readerKey, ThanksContext context) {
        return context.isNone() || !maySee(readerKey, context) ? "" : contexts.title(context);
    }

    /**
     * Cross-department thanks each active department gave and received in the period, as far as this reader may know:
     * thanks given on an issue or page the reader cannot see are not counted. Each issue or page is checked once.
     */
    public List<ThanksStore.DepartmentTally> departmentSummary(String viewerKey, Instant from, Instant to) {
        Map<String, int[]> counts = new java.util.LinkedHashMap<>();
        departments.activeNames().forEach(d -> counts.put(d.key(), new int[2]));
        Map<String, Boolean> visible = new HashMap<>();
        store.forEachCrossDepartment(from, to, credit -> {
            ThanksContext context = credit.context();
            boolean counted = context.isNone() || visible.computeIfAbsent(context.storageKey(),
                    k -> contexts.supports(context.type()) && contexts.canView(viewerKey, context));
            if (counted) {
                credit.senderDepartments().stream().map(counts::get).filter(java.util.Objects::nonNull)
                        .forEach(c -> c[0]++);
                credit.recipientDepartments().stream().map(counts::get).filter(java.util.Objects::nonNull)
                        .forEach(c -> c[1]++);
            }
        });
        return counts.entrySet().stream()
                .map(e -> new ThanksStore.DepartmentTally(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    /** People to suggest thanking in a context the reader can see, the reader left out. */
    public List<Person> suggestions(String viewerKey, ThanksContext context) {
        if (context.isNone()) {
            return List.of();
        }
        requireVisible(viewerKey, context);
        return contexts.suggestedPeople(context).stream().distinct()
                .filter(key -> !key.equals(viewerKey))
                .map(people::byKey).flatMap(java.util.Optional::stream).toList();
    }

    private void requireVisible(String userKey, ThanksContext context) {
        if (!context.isNone() && !(contexts.supports(context.type()) && contexts.canView(userKey, context))) {
            throw notFound();
        }
    }

    private static Rejection notFound() {
        return Rejection.of(Rejection.Reason.NOT_FOUND, null, "kakehashi.thanks.error.not.found");
    }

    private static ThanksQuery withLimit(ThanksQuery q, int limit, Long before) {
        return new ThanksQuery(q.context(), q.recipientKey(), q.senderKey(), q.departmentKey(), q.valueKey(), q.from(),
                q.to(), before, limit);
    }

    private List<String> recipients(InputCheck check, String senderKey, List<String> usernames) {
        Set<String> keys = new LinkedHashSet<>();
        for (String username : usernames == null ? List.<String>of() : usernames) {
            if (username == null || username.isBlank()) {
                continue;
            }
            var person = people.byUsername(username);
            if (person.isEmpty()) {
                check.add("recipients", "kakehashi.thanks.error.recipient.unknown", username.strip());
            } else if (person.get().key().equals(senderKey)) {
                check.add("recipients", "kakehashi.thanks.error.self");
            } else {
                keys.add(person.get().key());
            }
        }
        if (keys.size() > MAX_RECIPIENTS) {
            check.add("recipients", "kakehashi.thanks.error.too.many.recipients", MAX_RECIPIENTS);
        }
        return new ArrayList<>(keys);
    }

    private String department(InputCheck check, String key) {
        if (key == null || key.isBlank()) {
            return "";
        }
        boolean known = departments.activeNames().stream().anyMatch(d -> d.key().equals(key.strip()));
        if (!known) {
            check.add("department", "kakehashi.thanks.error.department.unknown", key.strip());
        }
        return key.strip();
    }

    private String value(InputCheck check, String key, ThanksPolicy policy) {
        if (key == null || key.isBlank()) {
            if (policy.valueRequired()) {
                check.add("value", "kakehashi.error.required");
            }
            return "";
        }
        boolean known = values.list().stream().anyMatch(v -> v.active() && v.key().equals(key.strip()));
        if (!known) {
            check.add("value", "kakehashi.thanks.error.value.unknown", key.strip());
        }
        return key.strip();
    }

    private static Thanks.Visibility visibility(InputCheck check, String visibility) {
        if (visibility == null || visibility.isBlank()) {
            return Thanks.Visibility.PUBLIC;
        }
        try {
            return Thanks.Visibility.valueOf(visibility.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            check.add("visibility", "kakehashi.thanks.error.visibility");
            return Thanks.Visibility.PUBLIC;
        }
    }

    private List<String> departmentKeys(String userKey) {
        return departments.departmentsOf(userKey).stream().map(Department::key).toList();
    }

    /**
     * Whether the department, or one of its people, was thanked publicly in this context. A private thanks does not
     * count: it is between people, and a flag shown to everyone would reveal it. The answer is kept in the host's
     * cluster cache and dropped on every node when a thanks to the department in this context is sent, withdrawn or
     * hidden.
     */
    public boolean departmentThankedIn(ThanksContext context, String departmentKey) {
        return thanked.get(context.storageKey() + "|" + departmentKey);
    }

    /**
     * Thanks from people of one department to the other over the last year, as far as this reader may know: public
     * thanks on an issue or page the reader may see (or on none), and private thanks the reader sent or received.
     * The year's thanks between the pair are the same for every reader, so they are kept in the host's cluster cache
     * (an hour at most, dropped on every node when one of the first department's people thanks the second, or such a
     * thanks is withdrawn or hidden); each
     * reader's count then asks the host once per distinct issue or page.
     */
    public int countBetweenInYear(String readerKey, String fromDepartment, String toDepartment) {
        Map<String, Boolean> visible = new HashMap<>();
        int count = 0;
        for (ThanksStore.PairThanks pair : pairs.get(fromDepartment + "|" + toDepartment)) {
            if (pair.readableBy(readerKey) && visible.computeIfAbsent(pair.context().storageKey(),
                    k -> maySee(readerKey, pair.context()))) {
                count++;
            }
        }
        return count;
    }

    /**
     * Drops, on every node, what a thanks changes when it is sent, withdrawn or hidden: the cached thanks between the
     * sender's departments and the recipients' (and the department thanked), and whether those departments were
     * thanked in its context.
     */
    private void forget(Thanks sent) {
        Set<String> to = new LinkedHashSet<>(sent.recipientDepartments());
        if (!sent.departmentKey().isEmpty()) {
            to.add(sent.departmentKey());
        }
        for (String from : sent.senderDepartments()) {
            for (String department : to) {
                pairs.remove(from + "|" + department);
            }
        }
        for (String department : to) {
            thanked.remove(sent.context().storageKey() + "|" + department);
        }
    }

    /** The active values, for the value picker. */
    public List<CompanyValue> activeValues() {
        return values.list().stream().filter(CompanyValue::active).toList();
    }
}
