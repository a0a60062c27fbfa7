package dev.kakehashi.community.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.community.Approval;
import dev.kakehashi.community.BoardItem;
import dev.kakehashi.community.Community;
import dev.kakehashi.community.CommunityStore;
import dev.kakehashi.community.Membership;
import dev.kakehashi.community.MonthlyReport;
import dev.kakehashi.community.Pin;
import dev.kakehashi.community.Session;
import dev.kakehashi.platform.ao.AoErrors;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;

/**
 * Communities in Active Objects. Every read is one statement on an indexed column; "is already there" races are
 * settled by unique columns (key, community and person, community and approval part, community and month).
 */
public class AoCommunityStore implements CommunityStore {
    private final ActiveObjects ao;

    public AoCommunityStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<Community> create(Community c) {
        Map<String, Object> values = new HashMap<>();
        values.put(AoCommunity.COMMUNITY_KEY, c.key());
        values.put(AoCommunity.RULES_VERSION, c.rulesVersion());
        values.put(AoCommunity.SPONSOR_KEY, c.sponsorKey());
        values.put(AoCommunity.STATE, c.state().name());
        values.put(AoCommunity.RECOGNITION, c.recognition().name());
        values.put(AoCommunity.CREATED_AT, c.createdAt().toEpochMilli());
        values.put(AoCommunity.CREATED_BY, c.createdBy());
        values.put(AoCommunity.MEMBER_COUNT, 0);
        return AoErrors.unlessTaken(() -> ao.executeInTransaction(() -> {
            AoCommunity created = ao.create(AoCommunity.class, values);
            write(created, c);
            return created;
        })).map(AoCommunityStore::toCommunity);
    }

    private static void write(AoCommunity row, Community c) {
        row.setNameEn(c.nameEn());
        row.setNameJa(c.nameJa());
        row.setPurpose(c.purpose());
        row.setGoalId(c.goalId());
        row.setRules(c.rules());
        row.setRulesVersion(c.rulesVersion());
        row.setLogo(c.logo());
        row.setThemes(String.join("\n", c.themes()));
        row.setSponsorKey(c.sponsorKey());
        row.setLeaderKeys(String.join("\n", c.leaderKeys()));
        row.setState(c.state().name());
        row.setRecognition(c.recognition().name());
        row.save();
    }

    @Override
    public Optional<Community> find(String key) {
        AoCommunity[] rows = ao.find(AoCommunity.class, Query.select(AoCommunity.SELECT)
                .where(AoCommunity.COMMUNITY_KEY + " = ?", key));
        return rows.length == 0 ? Optional.empty() : Optional.of(toCommunity(rows[0]));
    }

    @Override
    public Optional<String> keyOf(int communityId) {
        AoCommunity[] rows = ao.find(AoCommunity.class, Query.select("ID, " + AoCommunity.COMMUNITY_KEY)
                .where("ID = ?", communityId));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0].getCommunityKey());
    }

    @Override
    public List<Community> list(int max) {
        return Arrays.stream(ao.find(AoCommunity.class, Query.select(AoCommunity.SELECT)
                .order(AoCommunity.COMMUNITY_KEY).limit(max))).map(AoCommunityStore::toCommunity).toList();
    }

    @Override
    public void update(Community c) {
        AoCommunity row = ao.get(AoCommunity.class, c.id());
        if (row != null) {
            write(row, c);
        }
    }

    @Override
    public Optional<Membership> membership(int communityId, String userKey) {
        AoCommunityMember[] rows = ao.find(AoCommunityMember.class, Query.select(AoCommunityMember.SELECT)
                .where(AoCommunityMember.COMMUNITY_USER + " = ?", communityId + ":" + userKey));
        return rows.length == 0 ? Optional.empty() : Optional.of(toMembership(rows[0]));
    }

    @Override
    public List<Integer> communitiesOf(String userKey) {
        return Arrays.stream(ao.find(AoCommunityMember.class, Query.select("ID, " + AoCommunityMember.COMMUNITY_ID)
                .where(AoCommunityMember.USER_KEY + " = ?", userKey))).map(AoCommunityMember::getCommunityId).toList();
    }

    @Override
    public boolean addMembership(Membership m) {
        Map<String, Object> values = new HashMap<>();
        values.put(AoCommunityMember.COMMUNITY_ID, m.communityId());
        values.put(AoCommunityMember.USER_KEY, m.userKey());
        values.put(AoCommunityMember.COMMUNITY_USER, m.communityId() + ":" + m.userKey());
        values.put(AoCommunityMember.ACK_VERSION, m.acknowledgedVersion());
        values.put(AoCommunityMember.JOINED_AT, m.joinedAt().toEpochMilli());
        values.put(AoCommunityMember.LADDER, m.ladder().name());
        return AoErrors.unlessTaken(() -> ao.executeInTransaction(() -> {
            ao.create(AoCommunityMember.class, values);
            writeCount(m.communityId());
            return m;
        })).isPresent();
    }

    @Override
    public void updateMembership(Membership m) {
        AoCommunityMember[] rows = ao.find(AoCommunityMember.class, Query.select(AoCommunityMember.SELECT)
                .where(AoCommunityMember.COMMUNITY_USER + " = ?", m.communityId() + ":" + m.userKey()));
        for (AoCommunityMember row : rows) {
            row.setAckVersion(m.acknowledgedVersion());
            row.setLadder(m.ladder().name());
            row.save();
        }
    }

    @Override
    public boolean removeMembership(int communityId, String userKey) {
        return ao.executeInTransaction(() -> {
            boolean removed = ao.deleteWithSQL(AoCommunityMember.class, AoCommunityMember.COMMUNITY_USER + " = ?",
                    communityId + ":" + userKey) > 0;
            if (removed) {
                writeCount(communityId);
            }
            return removed;
        });
    }

    private void writeCount(int communityId) {
        AoCommunity row = ao.get(AoCommunity.class, communityId);
        if (row != null) {
            row.setMemberCount(memberCount(communityId));
            row.save();
        }
    }

    @Override
    public int recountMembers() {
        AoCommunity[] rows = ao.find(AoCommunity.class, Query.select("ID, " + AoCommunity.MEMBER_COUNT));
        for (AoCommunity row : rows) {
            int counted = memberCount(row.getID());
            if (counted != row.getMemberCount()) {
                row.setMemberCount(counted);
                row.save();
            }
        }
        return rows.length;
    }

    @Override
    public int memberCount(int communityId) {
        return ao.count(AoCommunityMember.class, Query.select().where(AoCommunityMember.COMMUNITY_ID + " = ?",
                communityId));
    }

    @Override
    public List<Membership> memberships(int communityId, int max) {
        return Arrays.stream(ao.find(AoCommunityMember.class, Query.select(AoCommunityMember.SELECT)
                        .where(AoCommunityMember.COMMUNITY_ID + " = ?", communityId).order("ID").limit(max)))
                .map(AoCommunityStore::toMembership).toList();
    }

    @Override
    public List<Approval> approvals(int communityId) {
        return Arrays.stream(ao.find(AoCommunityApproval.class, Query.select(AoCommunityApproval.SELECT)
                        .where(AoCommunityApproval.COMMUNITY_ID + " = ?", communityId).order("ID")))
                .map(r -> new Approval(r.getCommunityId(), r.getPart(), r.getApproverKey(),
                        Instant.ofEpochMilli(r.getApprovedAt()))).toList();
    }

    @Override
    public boolean approve(Approval a) {
        Map<String, Object> values = new HashMap<>();
        values.put(AoCommunityApproval.COMMUNITY_ID, a.communityId());
        values.put(AoCommunityApproval.PART, a.part());
        values.put(AoCommunityApproval.COMMUNITY_PART, a.communityId() + ":" + a.part());
        values.put(AoCommunityApproval.APPROVER_KEY, a.approverKey());
        values.put(AoCommunityApproval.APPROVED_AT, a.approvedAt().toEpochMilli());
        return AoErrors.unlessTaken(() -> ao.executeInTransaction(() -> ao.create(AoCommunityApproval.class, values)))
                .isPresent();
    }

    @Override
    public void clearApprovals(int communityId) {
        ao.deleteWithSQL(AoCommunityApproval.class, AoCommunityApproval.COMMUNITY_ID + " = ?", communityId);
    }

    @Override
    public BoardItem addBoardItem(BoardItem item) {
        Map<String, Object> values = new HashMap<>();
        values.put(AoCommunityBoardItem.COMMUNITY_ID, item.communityId());
        values.put(AoCommunityBoardItem.KIND, item.kind().name());
        values.put(AoCommunityBoardItem.PAGE_ID, item.pageId());
        values.put(AoCommunityBoardItem.URL, item.url());
        values.put(AoCommunityBoardItem.TITLE, item.title());
        values.put(AoCommunityBoardItem.ADDED_BY, item.addedBy());
        values.put(AoCommunityBoardItem.ADDED_AT, item.addedAt().toEpochMilli());
        AoCommunityBoardItem row = ao.create(AoCommunityBoardItem.class, values);
        return new BoardItem(row.getID(), item.communityId(), item.kind(), item.pageId(), item.url(), item.title(),
                item.addedBy(), item.addedAt());
    }

    @Override
    public Optional<BoardItem> boardItem(int communityId, int itemId) {
        return Arrays.stream(ao.find(AoCommunityBoardItem.class, Query.select(AoCommunityBoardItem.SELECT)
                .where("ID = ? AND " + AoCommunityBoardItem.COMMUNITY_ID + " = ?", itemId, communityId)))
                .map(AoCommunityStore::boardItem).findFirst();
    }

    @Override
    public boolean removeBoardItem(int communityId, int itemId) {
        return ao.deleteWithSQL(AoCommunityBoardItem.class, "ID = ? AND " + AoCommunityBoardItem.COMMUNITY_ID + " = ?",
                itemId, communityId) > 0;
    }

    @Override
    public List<BoardItem> board(int communityId, int max) {
        return Arrays.stream(ao.find(AoCommunityBoardItem.class, Query.select(AoCommunityBoardItem.SELECT)
                        .where(AoCommunityBoardItem.COMMUNITY_ID + " = ?", communityId)
                        .order(AoCommunityBoardItem.ADDED_AT + " DESC, ID DESC").limit(max)))
                .map(AoCommunityStore::boardItem).toList();
    }

    private static BoardItem boardItem(AoCommunityBoardItem r) {
        return new BoardItem(r.getID(), r.getCommunityId(), BoardItem.Kind.valueOf(r.getKind()), r.getPageId(),
                r.getUrl(), text(r.getTitle()), r.getAddedBy(), Instant.ofEpochMilli(r.getAddedAt()));
    }

    @Override
    public Session addSession(Session s) {
        Map<String, Object> values = new HashMap<>();
        values.put(AoCommunitySession.COMMUNITY_ID, s.communityId());
        values.put(AoCommunitySession.HELD_ON, s.heldOn().toString());
        values.put(AoCommunitySession.FORMAT, s.format().name());
        values.put(AoCommunitySession.ATTENDEE_KEYS, String.join("\n", s.attendeeKeys()));
        AoCommunitySession row = ao.create(AoCommunitySession.class, values);
        return new Session(row.getID(), s.communityId(), s.heldOn(), s.format(), s.attendeeKeys());
    }

    @Override
    public List<Session> held(int communityId, LocalDate from, LocalDate to) {
        return Arrays.stream(ao.find(AoCommunitySession.class, Query.select(AoCommunitySession.SELECT)
                        .where(AoCommunitySession.COMMUNITY_ID + " = ? AND " + AoCommunitySession.HELD_ON
                                + " >= ? AND " + AoCommunitySession.HELD_ON + " < ?", communityId, from.toString(),
                                to.toString()).order(AoCommunitySession.HELD_ON + ", ID")))
                .map(AoCommunityStore::toSession).toList();
    }

    @Override
    public Set<String> attendedBefore(int communityId, LocalDate before) {
        Set<String> keys = new HashSet<>();
        ao.stream(AoCommunitySession.class, Query.select(AoCommunitySession.SELECT)
                .where(AoCommunitySession.COMMUNITY_ID + " = ? AND " + AoCommunitySession.HELD_ON + " < ?",
                        communityId, before.toString()), row -> keys.addAll(lines(row.getAttendeeKeys())));
        return keys;
    }

    @Override
    public boolean saveReport(MonthlyReport r) {
        Map<String, Object> values = new HashMap<>();
        values.put(AoCommunityReport.COMMUNITY_ID, r.communityId());
        values.put(AoCommunityReport.REPORT_MONTH, r.month().toString());
        values.put(AoCommunityReport.COMMUNITY_MONTH, r.communityId() + ":" + r.month());
        values.put(AoCommunityReport.SESSIONS_ONLINE, r.sessionsOnline());
        values.put(AoCommunityReport.SESSIONS_OFFLINE, r.sessionsOffline());
        values.put(AoCommunityReport.ATTENDANCES, r.attendances());
        values.put(AoCommunityReport.UNIQUE_PEOPLE, r.uniquePeople());
        values.put(AoCommunityReport.DEPARTMENTS, counts(r.departments()));
        values.put(AoCommunityReport.KINDS, counts(r.kinds()));
        values.put(AoCommunityReport.REPEAT_PERCENT, r.repeatPercent());
        values.put(AoCommunityReport.WRITTEN_AT, r.writtenAt().toEpochMilli());
        return AoErrors.unlessTaken(() -> ao.executeInTransaction(() -> ao.create(AoCommunityReport.class, values)))
                .isPresent();
    }

    @Override
    public Optional<MonthlyReport> latestReport(int communityId) {
        AoCommunityReport[] rows = ao.find(AoCommunityReport.class, Query.select(AoCommunityReport.SELECT)
                .where(AoCommunityReport.COMMUNITY_ID + " = ?", communityId)
                .order(AoCommunityReport.REPORT_MONTH + " DESC").limit(1));
        if (rows.length == 0) {
            return Optional.empty();
        }
        AoCommunityReport r = rows[0];
        return Optional.of(new MonthlyReport(r.getCommunityId(), YearMonth.parse(r.getReportMonth()),
                r.getSessionsOnline(), r.getSessionsOffline(), r.getAttendances(), r.getUniquePeople(),
                counts(r.getDepartments()), r.getRepeatPercent(), Instant.ofEpochMilli(r.getWrittenAt()),
                counts(r.getKinds())));
    }

    /** Counts by key as lines {@code key=count}, in key order. */
    private static String counts(Map<String, Integer> counts) {
        StringBuilder lines = new StringBuilder();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> lines.append(e.getKey()).append('=').append(e.getValue()).append('\n'));
        return lines.toString();
    }

    /** The counts of lines {@code key=count}; empty for null (a column added later). */
    private static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String line : lines(text)) {
            int at = line.lastIndexOf('=');
            counts.put(line.substring(0, at), Integer.parseInt(line.substring(at + 1)));
        }
        return counts;
    }

    @Override
    public boolean hasReport(int communityId, YearMonth month) {
        return ao.count(AoCommunityReport.class, Query.select().where(AoCommunityReport.COMMUNITY_MONTH + " = ?",
                communityId + ":" + month)) > 0;
    }

    private static Community toCommunity(AoCommunity r) {
        return new Community(r.getID(), r.getCommunityKey(), text(r.getNameEn()), text(r.getNameJa()),
                text(r.getPurpose()), r.getGoalId(), text(r.getRules()), r.getRulesVersion(), text(r.getLogo()),
                lines(r.getThemes()), r.getSponsorKey(), lines(r.getLeaderKeys()),
                Community.State.valueOf(r.getState()), Community.Recognition.valueOf(r.getRecognition()),
                Instant.ofEpochMilli(r.getCreatedAt()), text(r.getCreatedBy()), r.getMemberCount());
    }

    private static Membership toMembership(AoCommunityMember r) {
        return new Membership(r.getCommunityId(), r.getUserKey(), r.getAckVersion(),
                Instant.ofEpochMilli(r.getJoinedAt()), Membership.Ladder.valueOf(r.getLadder()));
    }

    private static Session toSession(AoCommunitySession r) {
        return new Session(r.getID(), r.getCommunityId(), LocalDate.parse(r.getHeldOn()),
                Session.Format.valueOf(r.getFormat()), lines(r.getAttendeeKeys()));
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    /** MariaDB and Oracle-style databases may give back null for an empty text. */
    private static String text(String value) {
        return value == null ? "" : value;
    }

    @Override
    public boolean invite(Pin pin) {
        Map<String, Object> values = new HashMap<>();
        values.put(AoCommunityPin.COMMUNITY_ID, pin.communityId());
        values.put(AoCommunityPin.USER_KEY, pin.userKey());
        values.put(AoCommunityPin.COMMUNITY_USER, pin.communityId() + ":" + pin.userKey());
        values.put(AoCommunityPin.PIN_STATE, pin.state().name());
        values.put(AoCommunityPin.INVITED_AT, pin.invitedAt().toEpochMilli());
        return AoErrors.unlessTaken(() -> ao.executeInTransaction(() -> ao.create(AoCommunityPin.class, values)))
                .isPresent();
    }

    @Override
    public Optional<Pin> pin(int communityId, String userKey) {
        AoCommunityPin[] rows = ao.find(AoCommunityPin.class, Query.select(AoCommunityPin.SELECT)
                .where(AoCommunityPin.COMMUNITY_USER + " = ?", communityId + ":" + userKey));
        return rows.length == 0 ? Optional.empty() : Optional.of(toPin(rows[0]));
    }

    @Override
    public List<Pin> pins(int communityId) {
        return Arrays.stream(ao.find(AoCommunityPin.class, Query.select(AoCommunityPin.SELECT)
                .where(AoCommunityPin.COMMUNITY_ID + " = ?", communityId).order("ID")))
                .map(AoCommunityStore::toPin).toList();
    }

    @Override
    public void updatePin(Pin pin) {
        for (AoCommunityPin row : ao.find(AoCommunityPin.class, Query.select(AoCommunityPin.SELECT)
                .where(AoCommunityPin.COMMUNITY_USER + " = ?", pin.communityId() + ":" + pin.userKey()))) {
            row.setPinState(pin.state().name());
            row.save();
        }
    }

    private static Pin toPin(AoCommunityPin r) {
        return new Pin(r.getCommunityId(), r.getUserKey(), Pin.State.valueOf(r.getPinState()),
                Instant.ofEpochMilli(r.getInvitedAt()));
    }
}
