package dev.kakehashi.community;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Port to where communities, their people, approvals, board, sessions and monthly reports are kept. */
public interface CommunityStore {
    /** Adds the community; empty when its key is taken. */
    Optional<Community> create(Community community);

    Optional<Community> find(String key);

    /** The key of the community with this id, empty when there is none; one statement. */
    Optional<String> keyOf(int communityId);

    /** Every community, by key, at most {@code max}. */
    List<Community> list(int max);

    /** Writes the community's changeable fields, state and recognition. */
    void update(Community community);

    Optional<Membership> membership(int communityId, String userKey);

    /** The communities (ids) this person is a member of. */
    List<Integer> communitiesOf(String userKey);

    /** Adds the membership; false when the person is already a member. */
    boolean addMembership(Membership membership);

    void updateMembership(Membership membership);

    /** True when there was a membership to remove. */
    boolean removeMembership(int communityId, String userKey);

    int memberCount(int communityId);

    /** Writes every community's member count as counted now; returns how many communities were counted. */
    int recountMembers();

    /** Memberships in the order people joined, at most {@code max}. */
    List<Membership> memberships(int communityId, int max);

    List<Approval> approvals(int communityId);

    /** Records the approval; false when that part was already approved. */
    boolean approve(Approval approval);

    void clearApprovals(int communityId);

    BoardItem addBoardItem(BoardItem item);

    /** One item of the community's board. */
    Optional<BoardItem> boardItem(int communityId, int itemId);

    /** False when it was removed already. */
    boolean removeBoardItem(int communityId, int itemId);

    /** The board, newest first, at most {@code max} items. */
    List<BoardItem> board(int communityId, int max);

    Session addSession(Session session);

    /** The community's recorded sessions held from {@code from} (inclusive) to {@code to} (exclusive). */
    List<Session> held(int communityId, java.time.LocalDate from, java.time.LocalDate to);

    /** User keys of everyone who attended a recorded session of the community before {@code before}. */
    java.util.Set<String> attendedBefore(int communityId, java.time.LocalDate before);

    /** Saves the report; false when the month's report was already written. */
    boolean saveReport(MonthlyReport report);

    /** The latest month's report, if any. */
    Optional<MonthlyReport> latestReport(int communityId);

    /** Whether the month's report is already written. */
    boolean hasReport(int communityId, YearMonth month);

    /** Records the invitation; false when this person was invited already. */
    boolean invite(Pin pin);

    Optional<Pin> pin(int communityId, String userKey);

    /** Every invitation of the community, in the order they were made. */
    List<Pin> pins(int communityId);

    void updatePin(Pin pin);
}
