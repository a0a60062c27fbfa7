package dev.kakehashi.community;

import dev.kakehashi.admin.Department;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.goals.Goal;
import dev.kakehashi.goals.GoalService;
import dev.kakehashi.insights.DepartmentMapStore;
import dev.kakehashi.knowledge.KnowledgePages;
import dev.kakehashi.platform.Caches;
import dev.kakehashi.platform.InputCheck;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.profiles.DepartmentProfile;
import dev.kakehashi.profiles.ProfileStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of communities. A pilot is seen only by its members, leaders, sponsor and the heads of its leaders'
 * departments (everyone else gets 404, as if it did not exist); an open community by everyone logged in. Leaders
 * come from at least two departments. Recognition (公認) is asked by a leader and granted once the sponsor and the
 * head of every leader's department approved; no leader approves. A department's head is taken to be one of the
 * contacts (窓口) of its department profile; while a department names no contact, an administrator approves for it.
 */
public class CommunityService implements VisibleCommunities {
    public static final int MAX_NAME = 100;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_LOGO = 450;
    public static final int MAX_THEME = 50;
    public static final int MAX_THEMES = 10;
    public static final int MAX_LEADERS = 10;
    public static final int MAX_TITLE = 200;
    public static final int MAX_URL = 450;
    public static final int MAX_ATTENDEES = 500;
    /** Communities a list shows at most. */
    public static final int LIST_MAX = 500;
    /** Board items a page shows. */
    public static final int BOARD_SHOWN = 20;
    /** Members a page names (leaders only). */
    public static final int MEMBERS_SHOWN = 50;
    private static final Pattern LOGO_TEXT_MAX = Pattern.compile("^[^<>\"'&]{1,8}$");

    private final CommunityStore store;
    private final DepartmentService departments;
    private final ProfileStore profiles;
    private final People people;
    private final GoalService goals;
    private final KnowledgePages pages;
    private final DepartmentMapStore settings;
    private final PinEvidence evidence;
    private final CommunitySessions sessions;
    private final Clock clock;
    /** Each community's first-pin invitations (a few, changed only by the sponsor's invitations and their answers). */
    private final Caches.CachedMap<Integer, List<Pin>> pins;
    /** Each community's latest monthly report, as a list of one or none (changed once a month by the job). */
    private final Caches.CachedMap<Integer, List<MonthlyReport>> reports;

    public CommunityService(CommunityStore store, DepartmentService departments, ProfileStore profiles,
                            People people, GoalService goals, KnowledgePages pages, DepartmentMapStore settings,
                            PinEvidence evidence, CommunitySessions sessions, Caches caches, Clock clock) {
        this.store = store;
        this.departments = departments;
        this.profiles = profiles;
        this.people = people;
        this.goals = goals;
        this.pages = pages;
        this.settings = settings;
        this.evidence = evidence;
        this.sessions = sessions;
        this.clock = clock;
        this.pins = caches.map("community.pins", CACHED_COMMUNITIES, id -> List.copyOf(store.pins(id)));
        this.reports = caches.map("community.report", CACHED_COMMUNITIES,
                id -> store.latestReport(id).map(List::of).orElse(List.of()));
    }

    private Optional<Pin> pin(int communityId, String userKey) {
        return pins.get(communityId).stream().filter(p -> p.userKey().equals(userKey)).findFirst();
    }

    /** A community as its reader may see it: with whether they are a member, lead it, sponsor it or may approve. */
    public record Reading(Community community, Optional<Membership> membership, int memberCount, boolean leader,
                          boolean sponsor, List<String> approvableParts, List<Approval> approvals,
                          List<String> parts, List<Pin> pins) {
        public boolean member() {
            return membership.isPresent();
        }

        public boolean acknowledged() {
            return membership.map(m -> m.acknowledged(community.rulesVersion())).orElse(false);
        }
    }

    // ---- reading

    /** The communities this person may see, by key. */
    public List<Community> list(String callerKey) {
        requireCaller(callerKey);
        Set<Integer> mine = new HashSet<>(store.communitiesOf(callerKey));
        return store.list(LIST_MAX).stream().filter(c -> c.state() == Community.State.OPEN || mine.contains(c.id())
                || sees(c, callerKey)).toList();
    }

    /** The community if this person may see it; 404 otherwise, whether it exists or not. */
    public Community visible(String callerKey, String key) {
        requireCaller(callerKey);
        Community c = store.find(key == null ? "" : key).orElseThrow(CommunityService::notFound);
        if (seenBy(c, callerKey)) {
            return c;
        }
        throw notFound();
    }

    @Override
    public boolean sees(String userKey, String communityKey) {
        if (userKey == null || communityKey == null) {
            return false;
        }
        return store.find(communityKey).filter(c -> seenBy(c, userKey)).isPresent();
    }

    private boolean seenBy(Community c, String userKey) {
        return c.state() == Community.State.OPEN || sees(c, userKey)
                || store.membership(c.id(), userKey).isPresent()
                || pin(c.id(), userKey).filter(p -> p.state() != Pin.State.DECLINED).isPresent();
    }

    /** The community with everything its reader's part in it decides. */
    public Reading read(String callerKey, String key) {
        Community c = visible(callerKey, key);
        Optional<Membership> membership = store.membership(c.id(), callerKey);
        List<String> parts = parts(c);
        List<Approval> approvals = c.recognition() == Community.Recognition.NONE ? List.of() : store.approvals(c.id());
        Set<String> done = new HashSet<>();
        approvals.forEach(a -> done.add(a.part()));
        List<String> approvable = c.recognition() == Community.Recognition.REQUESTED
                ? approvableParts(c, callerKey).stream().filter(p -> !done.contains(p)).toList() : List.of();
        return new Reading(c, membership, c.memberCount(), c.isLeader(callerKey),
                callerKey.equals(c.sponsorKey()), approvable, approvals, parts, pins.get(c.id()));
    }

    /** The title of the community's goal, when it has one and the reader may see it. */
    public Optional<String> goalTitle(String callerKey, Community c) {
        if (c.goalId() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(goals.readable(callerKey, c.goalId())).map(Goal::title);
        } catch (Rejection e) {
            return Optional.empty();
        }
    }

    /** An item of the board as its reader sees it: a page's current title and address from the host. */
    public record BoardEntry(BoardItem item, String title, String url) {
    }

    /** The board, newest first; only what the reader may see (pages through the host's permissions). */
    public List<BoardEntry> board(String callerKey, String key) {
        return board(callerKey, visible(callerKey, key));
    }

    /** The board of a community {@link #read} gave this reader. */
    public List<BoardEntry> board(String callerKey, Community c) {
        List<BoardEntry> shown = new ArrayList<>();
        for (BoardItem item : store.board(c.id(), BOARD_SHOWN)) {
            if (item.pageId() != null) {
                pages.visiblePage(item.pageId(), callerKey)
                        .ifPresent(p -> shown.add(new BoardEntry(item, p.title(), p.url())));
            } else {
                shown.add(new BoardEntry(item, item.title(), item.url()));
            }
        }
        return shown;
    }

    /** The latest monthly report, if one was written. */
    public Optional<MonthlyReport> latestReport(String callerKey, String key) {
        return latestReport(visible(callerKey, key));
    }

    /** The latest monthly report of a community {@link #read} gave. */
    public Optional<MonthlyReport> latestReport(Community c) {
        return reports.get(c.id()).stream().findFirst();
    }

    /** Counts every community's members again (the daily job), correcting a count two concurrent joins left. */
    public int recountMembers() {
        return store.recountMembers();
    }

    /** The members with their ladder step: leaders see everyone (first {@link #MEMBERS_SHOWN}); others nothing. */
    public List<Membership> membersForLeaders(String callerKey, Community c) {
        return c.isLeader(callerKey) ? store.memberships(c.id(), MEMBERS_SHOWN) : List.of();
    }

    // ---- creating and changing

    /** Starts a pilot community; the caller becomes one of its leaders. 400 with every problem of the input. */
    public Community create(String callerKey, CommunityInput input) {
        requireCaller(callerKey);
        InputCheck check = new InputCheck();
        String key = check.key("key", input.key());
        Fields f = fields(check, callerKey, input);
        Person sponsor = person(check, "sponsor", input.sponsor());
        Set<String> leaders = leaders(check, callerKey, input.leaders(), sponsor);
        check.rejectIfAny();
        Instant now = clock.instant();
        Community c = store.create(new Community(0, key, f.nameEn, f.nameJa, f.purpose, f.goalId, f.rules, 1, f.logo,
                        f.themes, sponsor.key(), List.copyOf(leaders), Community.State.PILOT,
                        Community.Recognition.NONE, now, callerKey, 0))
                .orElseThrow(() -> Rejection.of(Rejection.Reason.CONFLICT, "key", "kakehashi.community.error.key.taken"));
        for (String leader : leaders) {
            store.addMembership(new Membership(c.id(), leader, 1, now, Membership.Ladder.MEMBER));
        }
        return c;
    }

    /** Changes names, purpose, goal, rules, logo and themes (leaders); a change of the rules is a new version. */
    public Community update(String callerKey, String key, CommunityInput input) {
        Community c = leading(callerKey, key);
        InputCheck check = new InputCheck();
        Fields f = fields(check, callerKey, input);
        check.rejectIfAny();
        int version = f.rules.equals(c.rules()) ? c.rulesVersion() : c.rulesVersion() + 1;
        Community changed = new Community(c.id(), c.key(), f.nameEn, f.nameJa, f.purpose, f.goalId, f.rules, version,
                f.logo, f.themes, c.sponsorKey(), c.leaderKeys(), c.state(), c.recognition(), c.createdAt(),
                c.createdBy(), c.memberCount());
        store.update(changed);
        return changed;
    }

    /**
     * Changes the leaders and the sponsor (leaders; the list of leaders is whole as given, so that a leader may hand
     * over), checked as for a new community: known people, at most {@link #MAX_LEADERS}, from at least two
     * departments, the sponsor not a leader. New leaders become members. When the sponsor or the leaders' departments
     * change, a recognition asked for or given is asked for again: the new sponsor and heads approve it afresh.
     */
    public Community changePeople(String callerKey, String key, List<String> leaderNames, String sponsorName) {
        Community c = leading(callerKey, key);
        InputCheck check = new InputCheck();
        Person sponsor = person(check, "sponsor", sponsorName);
        Set<String> leaders = leaders(check, null, leaderNames, sponsor);
        check.rejectIfAny();
        Community changed = new Community(c.id(), c.key(), c.nameEn(), c.nameJa(), c.purpose(), c.goalId(), c.rules(),
                c.rulesVersion(), c.logo(), c.themes(), sponsor.key(), List.copyOf(leaders), c.state(),
                c.recognition(), c.createdAt(), c.createdBy(), c.memberCount());
        boolean approversChanged = !c.sponsorKey().equals(sponsor.key())
                || !leaderDepartments(c.leaderKeys()).equals(leaderDepartments(changed.leaderKeys()));
        if (approversChanged && c.recognition() != Community.Recognition.NONE) {
            store.clearApprovals(c.id());
            changed = changed.with(c.state(), Community.Recognition.REQUESTED);
        }
        store.update(changed);
        Instant now = clock.instant();
        for (String leader : leaders) {
            if (store.membership(c.id(), leader).isEmpty()) {
                store.addMembership(new Membership(c.id(), leader, c.rulesVersion(), now, Membership.Ladder.MEMBER));
            }
        }
        return changed;
    }

    /**
     * The leaders' keys: {@code first} (the creator; null for a change, where the list is whole as given) and the
     * people named — at most {@link #MAX_LEADERS}, from at least two departments, the sponsor not among them.
     */
    private Set<String> leaders(InputCheck check, String first, List<String> names, Person sponsor) {
        Set<String> leaders = new LinkedHashSet<>();
        if (first != null) {
            leaders.add(first);
        }
        List<String> given = names == null ? List.of() : names;
        if (given.size() > MAX_LEADERS) {
            check.add("leaders", "kakehashi.community.error.too.many", MAX_LEADERS);
        } else {
            for (String name : given) {
                Person p = person(check, "leaders", name);
                if (p != null) {
                    leaders.add(p.key());
                }
            }
        }
        if (!check.hasProblem("leaders") && leaderDepartments(List.copyOf(leaders)).size() < 2) {
            check.add("leaders", "kakehashi.community.error.leaders.departments");
        }
        if (sponsor != null && leaders.contains(sponsor.key())) {
            check.add("sponsor", "kakehashi.community.error.sponsor.leader");
        }
        return leaders;
    }

    /** Opens a pilot to everyone (leaders); 409 when it is open already. */
    public Community open(String callerKey, String key) {
        Community c = leading(callerKey, key);
        if (c.state() == Community.State.OPEN) {
            throw Rejection.of(Rejection.Reason.CONFLICT, null, "kakehashi.community.error.already.open");
        }
        Community opened = c.with(Community.State.OPEN, c.recognition());
        store.update(opened);
        return opened;
    }

    /**
     * Joins, acknowledging the rules of {@code rulesVersion} (400 unless the current one). An open community takes
     * everyone; a pilot only those its leaders added (404 for others: they do not see it). A member acknowledges
     * changed rules the same way.
     */
    public Membership join(String callerKey, String key, Integer rulesVersion) {
        Community c = visible(callerKey, key);
        if (rulesVersion == null || rulesVersion != c.rulesVersion()) {
            throw Rejection.of(Rejection.Reason.INVALID, "rulesVersion", "kakehashi.community.error.rules");
        }
        Optional<Membership> current = store.membership(c.id(), callerKey);
        if (current.isPresent()) {
            Membership m = current.get();
            Membership acknowledged = new Membership(c.id(), callerKey, c.rulesVersion(), m.joinedAt(), m.ladder());
            store.updateMembership(acknowledged);
            return acknowledged;
        }
        if (c.state() == Community.State.PILOT) {
            throw Rejection.of(Rejection.Reason.FORBIDDEN, null, "kakehashi.community.error.pilot.closed");
        }
        Membership m = new Membership(c.id(), callerKey, c.rulesVersion(), clock.instant(), Membership.Ladder.MEMBER);
        store.addMembership(m);
        return store.membership(c.id(), callerKey).orElse(m);
    }

    /** Leaves; leaders stay (409), 404 for a non-member of a pilot, 409 for someone who is not a member. */
    public void leave(String callerKey, String key) {
        Community c = visible(callerKey, key);
        if (c.isLeader(callerKey)) {
            throw Rejection.of(Rejection.Reason.CONFLICT, null, "kakehashi.community.error.leader.leaves");
        }
        if (!store.removeMembership(c.id(), callerKey)) {
            throw Rejection.of(Rejection.Reason.CONFLICT, null, "kakehashi.community.error.not.member");
        }
    }

    /** A leader adds a person (they acknowledge the rules when they first join); false when already a member. */
    public boolean addMember(String callerKey, String key, String username) {
        Community c = leading(callerKey, key);
        InputCheck check = new InputCheck();
        Person p = person(check, "username", username);
        check.rejectIfAny();
        return store.addMembership(new Membership(c.id(), p.key(), 0, clock.instant(), Membership.Ladder.MEMBER));
    }

    /** A leader sets a member's step on the ladder; 400 for someone who is not a member or an unknown step. */
    public Membership setLadder(String callerKey, String key, String username, String step) {
        Community c = leading(callerKey, key);
        InputCheck check = new InputCheck();
        Person p = person(check, "username", username);
        Membership.Ladder ladder = null;
        try {
            ladder = Membership.Ladder.valueOf(step == null ? "" : step);
        } catch (IllegalArgumentException e) {
            check.add("step", "kakehashi.community.error.ladder");
        }
        Optional<Membership> m = p == null ? Optional.empty() : store.membership(c.id(), p.key());
        if (p != null && m.isEmpty()) {
            check.add("username", "kakehashi.community.error.not.member");
        }
        check.rejectIfAny();
        Membership changed = new Membership(c.id(), p.key(), m.get().acknowledgedVersion(), m.get().joinedAt(),
                ladder);
        store.updateMembership(changed);
        return changed;
    }

    // ---- recognition

    /** The approvals recognition needs: the sponsor's and one per leader's department. */
    public List<String> parts(Community c) {
        List<String> parts = new ArrayList<>();
        parts.add(Approval.SPONSOR);
        leaderDepartments(c.leaderKeys()).forEach(d -> parts.add(Approval.department(d)));
        return parts;
    }

    /** A leader asks for recognition; 409 unless none was asked yet. */
    public Community requestRecognition(String callerKey, String key) {
        Community c = leading(callerKey, key);
        if (c.recognition() != Community.Recognition.NONE) {
            throw Rejection.of(Rejection.Reason.CONFLICT, null, "kakehashi.community.error.recognition.asked");
        }
        store.clearApprovals(c.id());
        Community asked = c.with(c.state(), Community.Recognition.REQUESTED);
        store.update(asked);
        return asked;
    }

    /**
     * Approves every part of the request the caller may approve (sponsor, head of a leader's department). 409 when
     * nothing is asked; 403 for a leader (nobody approves their own request) and for someone who approves no part.
     * Recognised once every part is approved.
     */
    public Community approve(String callerKey, String key) {
        Community c = visible(callerKey, key);
        if (c.recognition() != Community.Recognition.REQUESTED) {
            throw Rejection.of(Rejection.Reason.CONFLICT, null, "kakehashi.community.error.recognition.not.asked");
        }
        if (c.isLeader(callerKey)) {
            throw Rejection.of(Rejection.Reason.FORBIDDEN, null, "kakehashi.community.error.own.request");
        }
        List<String> mine = approvableParts(c, callerKey);
        if (mine.isEmpty()) {
            throw Rejection.of(Rejection.Reason.FORBIDDEN, null, "kakehashi.community.error.not.approver");
        }
        Instant now = clock.instant();
        mine.forEach(part -> store.approve(new Approval(c.id(), part, callerKey, now)));
        Set<String> done = new HashSet<>();
        store.approvals(c.id()).forEach(a -> done.add(a.part()));
        if (done.containsAll(parts(c))) {
            Community recognised = c.with(c.state(), Community.Recognition.RECOGNISED);
            store.update(recognised);
            return recognised;
        }
        return c;
    }

    /** The parts this person may approve; none for leaders. */
    List<String> approvableParts(Community c, String userKey) {
        if (c.isLeader(userKey)) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        if (userKey.equals(c.sponsorKey())) {
            parts.add(Approval.SPONSOR);
        }
        for (Map.Entry<String, List<String>> head : heads(c).entrySet()) {
            boolean admin = head.getValue().isEmpty() && people.isAdmin(userKey);
            if (admin || head.getValue().contains(userKey)) {
                parts.add(Approval.department(head.getKey()));
            }
        }
        return parts;
    }

    /** Per leader's department, its heads (the profile's contacts), in the admin's order. */
    private Map<String, List<String>> heads(Community c) {
        Map<String, List<String>> heads = new LinkedHashMap<>();
        for (String d : leaderDepartments(c.leaderKeys())) {
            heads.put(d, profiles.find(d).map(DepartmentProfile::contactKeys).orElse(List.of()));
        }
        return heads;
    }

    /**
     * Leaders, sponsor, and the heads of the leaders' departments (administrators while a department names no
     * contact, as they approve for it): they see a pilot without being members.
     */
    private boolean sees(Community c, String userKey) {
        if (c.isLeader(userKey) || userKey.equals(c.sponsorKey())) {
            return true;
        }
        Map<String, List<String>> heads = heads(c);
        return heads.values().stream().anyMatch(h -> h.contains(userKey))
                || heads.values().stream().anyMatch(List::isEmpty) && people.isAdmin(userKey);
    }

    private Set<String> leaderDepartments(List<String> leaders) {
        Set<String> keys = new LinkedHashSet<>();
        for (String leader : leaders) {
            departments.departmentsOf(leader).stream().map(Department::key).forEach(keys::add);
        }
        return keys;
    }

    // ---- first pins

    /** Evidence counted for the first-pin finder: the last year. */
    public static final int EVIDENCE_DAYS = 365;
    /** Communities whose pins and latest report are kept in the caches. */
    static final int CACHED_COMMUNITIES = 1000;

    /** Candidates a department offers at most, so that the first pins come from several departments. */
    public static final int PER_DEPARTMENT = 2;

    /** A candidate first pin, with the evidence only the sponsor sees. */
    public record Candidate(Person person, String departmentKey, PinEvidence.Evidence evidence) {
    }

    /**
     * The first-pin finder, for the sponsor only (403 for others): people with evidence of bridging departments, at
     * most {@link #PER_DEPARTMENT} per department, grouped by department (in the admin's order) and by name within
     * it — an unordered list, not a ranking. Leaders, the sponsor and people invited already are left out.
     */
    public Map<String, List<Candidate>> firstPinCandidates(String callerKey, String key) {
        Community c = sponsoring(callerKey, key);
        Set<String> skip = new HashSet<>(c.leaderKeys());
        skip.add(c.sponsorKey());
        pins.get(c.id()).forEach(p -> skip.add(p.userKey()));
        Map<String, List<Candidate>> byDepartment = new LinkedHashMap<>();
        departments.activeNames().forEach(d -> byDepartment.put(d.key(), new ArrayList<>()));
        evidence.since(clock.instant().minus(java.time.Duration.ofDays(EVIDENCE_DAYS))).forEach((userKey, e) -> {
            if (skip.contains(userKey) || e.total() == 0) {
                return;
            }
            Optional<Person> person = people.byKey(userKey);
            List<Department> of = departments.departmentsOf(userKey);
            if (person.isPresent() && !of.isEmpty() && byDepartment.containsKey(of.get(0).key())) {
                byDepartment.get(of.get(0).key()).add(new Candidate(person.get(), of.get(0).key(), e));
            }
        });
        Map<String, List<Candidate>> balanced = new LinkedHashMap<>();
        byDepartment.forEach((d, list) -> {
            List<Candidate> kept = list.stream()
                    .sorted(java.util.Comparator.comparingInt((Candidate x) -> -x.evidence().total())
                            .thenComparing(x -> x.person().key()))
                    .limit(PER_DEPARTMENT)
                    .sorted(java.util.Comparator.comparing((Candidate x) -> x.person().displayName()))
                    .toList();
            if (!kept.isEmpty()) {
                balanced.put(d, kept);
            }
        });
        return balanced;
    }

    /** The sponsor invites a person to be a first pin; false when they were invited already. */
    public boolean invitePin(String callerKey, String key, String username) {
        Community c = sponsoring(callerKey, key);
        InputCheck check = new InputCheck();
        Person p = person(check, "username", username);
        if (p != null && (c.isLeader(p.key()) || p.key().equals(c.sponsorKey()))) {
            check.add("username", "kakehashi.community.error.pin.leader");
        }
        check.rejectIfAny();
        boolean invited = store.invite(new Pin(c.id(), p.key(), Pin.State.INVITED, clock.instant()));
        pins.remove(c.id());
        return invited;
    }

    /**
     * The invited person accepts (and becomes a member, who acknowledges the rules when they join) or declines; 404
     * for someone not invited, 409 once answered.
     */
    public Pin answerPin(String callerKey, String key, Boolean accept) {
        Community c = visible(callerKey, key);
        Pin pin = store.pin(c.id(), callerKey).orElseThrow(CommunityService::notFound);
        if (pin.state() != Pin.State.INVITED) {
            throw Rejection.of(Rejection.Reason.CONFLICT, null, "kakehashi.community.error.pin.answered");
        }
        if (accept == null) {
            throw Rejection.of(Rejection.Reason.INVALID, "accept", "kakehashi.error.required");
        }
        Pin answered = new Pin(c.id(), callerKey, accept ? Pin.State.ACCEPTED : Pin.State.DECLINED, pin.invitedAt());
        store.updatePin(answered);
        pins.remove(c.id());
        if (accept) {
            store.addMembership(new Membership(c.id(), callerKey, 0, clock.instant(), Membership.Ladder.MEMBER));
        }
        return answered;
    }

    /** The reader's own invitation, if any. */
    public Optional<Pin> pinOf(String callerKey, Community c) {
        return pin(c.id(), callerKey);
    }

    /** The first pins: people who accepted; named to everyone who sees the community. */
    public List<Person> firstPins(Community c) {
        return firstPins(pins.get(c.id()));
    }

    /** The first pins among the invitations a {@link Reading} holds. */
    public List<Person> firstPins(List<Pin> invitations) {
        List<Person> pins = new ArrayList<>();
        invitations.stream().filter(p -> p.state() == Pin.State.ACCEPTED)
                .forEach(p -> people.byKey(p.userKey()).ifPresent(pins::add));
        return pins;
    }

    /** Invitations not answered yet, by name: the sponsor's view only. */
    public List<Person> pendingPins(String callerKey, Community c) {
        if (!callerKey.equals(c.sponsorKey())) {
            return List.of();
        }
        List<Person> pending = new ArrayList<>();
        pins.get(c.id()).stream().filter(p -> p.state() == Pin.State.INVITED)
                .forEach(p -> people.byKey(p.userKey()).ifPresent(pending::add));
        return pending;
    }

    private Community sponsoring(String callerKey, String key) {
        Community c = visible(callerKey, key);
        if (!callerKey.equals(c.sponsorKey())) {
            throw Rejection.of(Rejection.Reason.FORBIDDEN, null, "kakehashi.community.error.sponsor.only");
        }
        return c;
    }

    // ---- board and sessions

    /**
     * A member who acknowledged the rules adds an output: a Confluence page by id (which they must be able to see)
     * or an address within the host (a path starting with one /), with a title. 403 for others.
     */
    public BoardItem addToBoard(String callerKey, String key, String kind, Long pageId, String url, String title) {
        Community c = visible(callerKey, key);
        if (!store.membership(c.id(), callerKey).map(m -> m.acknowledged(c.rulesVersion())).orElse(false)) {
            throw Rejection.of(Rejection.Reason.FORBIDDEN, null, "kakehashi.community.error.members.only");
        }
        InputCheck check = new InputCheck();
        BoardItem.Kind k = null;
        try {
            k = BoardItem.Kind.valueOf(kind == null ? "" : kind);
        } catch (IllegalArgumentException e) {
            check.add("kind", "kakehashi.community.error.kind");
        }
        String link = null;
        String text = check.required("title", title, MAX_TITLE);
        if (pageId != null) {
            if (pages.visiblePage(pageId, callerKey).isEmpty()) {
                check.add("pageId", "kakehashi.community.error.page");
            }
        } else {
            link = check.required("url", url, MAX_URL);
            if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.contains("\\"))) {
                check.add("url", "kakehashi.community.error.url");
            }
        }
        check.rejectIfAny();
        return store.addBoardItem(new BoardItem(0, c.id(), k, pageId, pageId == null ? link : null, text, callerKey,
                clock.instant()));
    }

    /**
     * Takes an output off the board: the member who added it or a leader; 403 for others who see the community, 404
     * for an item the community's board does not hold.
     */
    public void removeFromBoard(String callerKey, String key, long itemId) {
        Community c = visible(callerKey, key);
        BoardItem item = (itemId > 0 && itemId <= Integer.MAX_VALUE ? store.boardItem(c.id(), (int) itemId)
                : Optional.<BoardItem>empty()).orElseThrow(() -> Rejection.of(Rejection.Reason.NOT_FOUND,
                null, "kakehashi.community.error.board.item"));
        if (!mayRemove(c, item, callerKey)) {
            throw Rejection.of(Rejection.Reason.FORBIDDEN, null, "kakehashi.community.error.board.remove");
        }
        store.removeBoardItem(c.id(), item.id());
    }

    /** Whether this reader may take the item off the board: who added it, or a leader. */
    public boolean mayRemove(Community c, BoardItem item, String readerKey) {
        return item.addedBy().equals(readerKey) || c.isLeader(readerKey);
    }

    /** A leader records a session: its day, ONLINE or OFFLINE, and the attendees by user name. */
    public Session recordSession(String callerKey, String key, String day, String format, List<String> attendees) {
        Community c = leading(callerKey, key);
        InputCheck check = new InputCheck();
        LocalDate heldOn = check.date("heldOn", day, "kakehashi.community.error.date");
        if (heldOn == null && !check.hasProblem("heldOn")) {
            check.add("heldOn", "kakehashi.error.required");
        }
        Session.Format f = null;
        try {
            f = Session.Format.valueOf(format == null ? "" : format);
        } catch (IllegalArgumentException e) {
            check.add("format", "kakehashi.community.error.format");
        }
        Set<String> keys = new LinkedHashSet<>();
        List<String> names = attendees == null ? List.of() : attendees;
        if (names.size() > MAX_ATTENDEES) {
            check.add("attendees", "kakehashi.community.error.too.many", MAX_ATTENDEES);
        } else {
            for (String name : names) {
                Person p = person(check, "attendees", name);
                if (p != null) {
                    keys.add(p.key());
                }
            }
        }
        check.rejectIfAny();
        return store.addSession(new Session(0, c.id(), heldOn, f, List.copyOf(keys)));
    }

    // ---- monthly reports

    /**
     * Writes last month's report of every community that has none yet (so a run missed on the 1st is made up the
     * next day); returns how many were written. Departments reached are counted only with at least k people.
     */
    public int writeMonthlyReports() {
        YearMonth month = YearMonth.now(clock).minusMonths(1);
        int k = settings.minimumGroup();
        int written = 0;
        for (Community c : store.list(LIST_MAX)) {
            if (!store.hasReport(c.id(), month) && store.saveReport(report(c.id(), month, k))) {
                reports.remove(c.id());
                written++;
            }
        }
        return written;
    }

    /** The report of one community and month, computed from its sessions. */
    public MonthlyReport report(int communityId, YearMonth month, int k) {
        LocalDate from = month.atDay(1);
        List<Session> held = sessions.held(communityId, from, month.plusMonths(1).atDay(1));
        int online = 0;
        int offline = 0;
        int attendances = 0;
        Map<String, Integer> kinds = new HashMap<>();
        Set<String> unique = new LinkedHashSet<>();
        for (Session s : held) {
            if (s.format() == Session.Format.ONLINE) {
                online++;
            } else {
                offline++;
            }
            kinds.merge(s.kind(), 1, Integer::sum);
            attendances += s.attendeeKeys().size();
            unique.addAll(s.attendeeKeys());
        }
        Map<String, Integer> perDepartment = new HashMap<>();
        for (String person : unique) {
            departments.departmentsOf(person).forEach(d -> perDepartment.merge(d.key(), 1, Integer::sum));
        }
        Map<String, Integer> shown = new HashMap<>();
        perDepartment.forEach((d, n) -> {
            if (n >= k) {
                shown.put(d, n);
            }
        });
        int repeat = 0;
        if (!unique.isEmpty()) {
            Set<String> before = sessions.attendedBefore(communityId, from);
            long again = unique.stream().filter(before::contains).count();
            repeat = (int) Math.round(100.0 * again / unique.size());
        }
        return new MonthlyReport(communityId, month, online, offline, attendances, unique.size(), shown, repeat,
                clock.instant(), kinds);
    }

    // ---- helpers

    private record Fields(String nameEn, String nameJa, String purpose, Long goalId, String rules, String logo,
                          List<String> themes) {
    }

    private Fields fields(InputCheck check, String callerKey, CommunityInput input) {
        String nameEn = check.required("nameEn", input.nameEn(), MAX_NAME);
        String nameJa = check.required("nameJa", input.nameJa(), MAX_NAME);
        String purpose = check.required("purpose", input.purpose(), MAX_TEXT);
        String rules = check.required("rules", input.rules(), MAX_TEXT);
        String logo = check.optional("logo", input.logo(), MAX_LOGO);
        if (logo != null && !logo.isEmpty() && !logo.startsWith("https://") && !LOGO_TEXT_MAX.matcher(logo).matches()) {
            check.add("logo", "kakehashi.community.error.logo");
        }
        if (logo != null && logo.startsWith("https://") && logo.chars().anyMatch(ch -> ch <= ' ' || ch == '"')) {
            check.add("logo", "kakehashi.community.error.logo");
        }
        List<String> themes = new ArrayList<>();
        List<String> given = input.themes() == null ? List.of() : input.themes();
        if (given.size() > MAX_THEMES) {
            check.add("themes", "kakehashi.community.error.too.many", MAX_THEMES);
        } else {
            for (String t : given) {
                String theme = check.optional("themes", t, MAX_THEME);
                if (theme != null && !theme.isEmpty() && !themes.contains(theme)) {
                    themes.add(theme.replace('\n', ' '));
                }
            }
        }
        Long goalId = input.goalId();
        if (goalId != null) {
            try {
                goals.readable(callerKey, goalId);
            } catch (Rejection e) {
                check.add("goalId", "kakehashi.community.error.goal");
            }
        }
        return new Fields(nameEn, nameJa, purpose, goalId, rules, logo == null ? "" : logo, List.copyOf(themes));
    }

    private Person person(InputCheck check, String field, String username) {
        String name = InputCheck.normalize(username);
        if (name == null || name.isEmpty()) {
            check.add(field, "kakehashi.error.required");
            return null;
        }
        Optional<Person> p = people.byUsername(name);
        if (p.isEmpty()) {
            check.add(field, "kakehashi.community.error.unknown.person", name.length() > 60 ? name.substring(0, 60)
                    : name);
            return null;
        }
        return p.get();
    }

    private Community leading(String callerKey, String key) {
        Community c = visible(callerKey, key);
        if (!c.isLeader(callerKey)) {
            throw Rejection.of(Rejection.Reason.FORBIDDEN, null, "kakehashi.community.error.leaders.only");
        }
        return c;
    }

    private static void requireCaller(String callerKey) {
        if (callerKey == null) {
            throw Rejection.unauthenticated();
        }
    }

    private static Rejection notFound() {
        return Rejection.of(Rejection.Reason.NOT_FOUND, null, "kakehashi.community.error.not.found");
    }
}
