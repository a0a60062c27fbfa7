package dev.kakehashi.transfer.ao;

import dev.kakehashi.admin.ao.AoCompanyValue;
import dev.kakehashi.admin.ao.AoDepartment;
import dev.kakehashi.admin.ao.AoDepartmentGroup;
import dev.kakehashi.admin.ao.AoHoliday;
import dev.kakehashi.collaboration.ao.AoIssueTypeBinding;
import dev.kakehashi.community.ao.AoCommunity;
import dev.kakehashi.community.ao.AoCommunityApproval;
import dev.kakehashi.community.ao.AoCommunityBoardItem;
import dev.kakehashi.community.ao.AoCommunityMember;
import dev.kakehashi.community.ao.AoCommunityPin;
import dev.kakehashi.community.ao.AoCommunityReport;
import dev.kakehashi.community.ao.AoCommunitySession;
import dev.kakehashi.collaboration.ao.AoRequest;
import dev.kakehashi.collaboration.ao.AoRequestEvent;
import dev.kakehashi.goals.ao.AoGoal;
import dev.kakehashi.goals.ao.AoGoalItem;
import dev.kakehashi.goals.ao.AoGoalUpdate;
import dev.kakehashi.knowledge.ao.AoKnowledgeDepartment;
import dev.kakehashi.knowledge.ao.AoKnowledgePage;
import dev.kakehashi.lunch.ao.AoLunchApart;
import dev.kakehashi.lunch.ao.AoLunchMember;
import dev.kakehashi.lunch.ao.AoLunchProgramme;
import dev.kakehashi.lunch.ao.AoLunchRound;
import dev.kakehashi.lunch.ao.AoLunchSeat;
import dev.kakehashi.notify.ao.AoNotificationPreference;
import dev.kakehashi.notify.ao.AoNotifyDigest;
import dev.kakehashi.notify.ao.AoNotifyLedger;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.profiles.ao.AoDeptProfile;
import dev.kakehashi.profiles.ao.AoDeptProfileItem;
import dev.kakehashi.thanks.ao.AoThanks;
import dev.kakehashi.thanks.ao.AoThanksDepartment;
import dev.kakehashi.thanks.ao.AoThanksPerson;
import dev.kakehashi.thanks.ao.AoThanksSender;
import java.util.List;
import java.util.Set;
import net.java.ao.Entity;

/**
 * The tables an export carries, parents before the tables that refer to them, each with the columns that hold ids of
 * our own rows. A new table is one line here; {@code TransferTablesTest} fails while an entity of the descriptor's
 * {@code ao} module is neither listed nor in {@link #NOT_EXPORTED}.
 */
public final class TransferTables {
    /** Setting names an export leaves out: the instance's own identity. */
    static final String OWN_SETTINGS = "transfer.%";

    public static final List<TransferTable> ALL = List.of(
            TransferTable.of(AoDepartment.class),
            TransferTable.of(AoDepartmentGroup.class).references(AoDepartmentGroup.DEPARTMENT_ID, AoDepartment.class),
            TransferTable.of(AoCompanyValue.class),
            TransferTable.of(AoSetting.class).exportingOnly(AoSetting.NAME + " NOT LIKE '" + OWN_SETTINGS + "'"),
            TransferTable.of(AoNotificationPreference.class),
            TransferTable.of(AoNotifyLedger.class),
            TransferTable.of(AoNotifyDigest.class),
            TransferTable.of(AoThanks.class),
            TransferTable.of(AoThanksSender.class),
            TransferTable.of(AoThanksPerson.class).references(AoThanksPerson.THANKS_ID, AoThanks.class),
            TransferTable.of(AoThanksDepartment.class).references(AoThanksDepartment.THANKS_ID, AoThanks.class),
            TransferTable.of(AoRequest.class),
            TransferTable.of(AoRequestEvent.class),
            TransferTable.of(AoGoal.class),
            TransferTable.of(AoGoalUpdate.class).references(AoGoalUpdate.GOAL_ID, AoGoal.class)
                    .startsWithIdOf(AoGoalUpdate.GOAL_VERSION, AoGoal.class),
            TransferTable.of(AoGoalItem.class).references(AoGoalItem.GOAL_ID, AoGoal.class),
            TransferTable.of(AoKnowledgePage.class),
            TransferTable.of(AoKnowledgeDepartment.class).references(AoKnowledgeDepartment.PAGE_ROW,
                    AoKnowledgePage.class),
            TransferTable.of(AoHoliday.class),
            TransferTable.of(AoDeptProfile.class),
            TransferTable.of(AoDeptProfileItem.class).references(AoDeptProfileItem.PROFILE_ID, AoDeptProfile.class),
            TransferTable.of(AoLunchProgramme.class),
            TransferTable.of(AoLunchMember.class),
            TransferTable.of(AoLunchApart.class),
            TransferTable.of(AoLunchRound.class),
            TransferTable.of(AoLunchSeat.class).references(AoLunchSeat.ROUND_ID, AoLunchRound.class),
            TransferTable.of(dev.kakehashi.events.ao.AoEvent.class),
            TransferTable.of(dev.kakehashi.events.ao.AoEventPerson.class).references(
                    dev.kakehashi.events.ao.AoEventPerson.EVENT_ID, dev.kakehashi.events.ao.AoEvent.class)
                    .startsWithIdOf(dev.kakehashi.events.ao.AoEventPerson.ROW_KEY,
                            dev.kakehashi.events.ao.AoEvent.class),
            TransferTable.of(dev.kakehashi.events.ao.AoEventInvite.class).references(
                    dev.kakehashi.events.ao.AoEventInvite.EVENT_ID, dev.kakehashi.events.ao.AoEvent.class)
                    .startsWithIdOf(dev.kakehashi.events.ao.AoEventInvite.ROW_KEY,
                            dev.kakehashi.events.ao.AoEvent.class),
            TransferTable.of(dev.kakehashi.events.ao.AoEventSurvey.class).references(
                    dev.kakehashi.events.ao.AoEventSurvey.EVENT_ID, dev.kakehashi.events.ao.AoEvent.class)
                    .startsWithIdOf(dev.kakehashi.events.ao.AoEventSurvey.RESPONDENT,
                            dev.kakehashi.events.ao.AoEvent.class),
            TransferTable.of(dev.kakehashi.events.ao.AoEventTopic.class).references(
                    dev.kakehashi.events.ao.AoEventTopic.EVENT_ID, dev.kakehashi.events.ao.AoEvent.class)
                    .startsWithIdOf(dev.kakehashi.events.ao.AoEventTopic.TOPIC_KEY,
                            dev.kakehashi.events.ao.AoEvent.class),
            TransferTable.of(dev.kakehashi.events.ao.AoEventTopicVote.class).references(
                    dev.kakehashi.events.ao.AoEventTopicVote.TOPIC_ID, dev.kakehashi.events.ao.AoEventTopic.class)
                    .startsWithIdOf(dev.kakehashi.events.ao.AoEventTopicVote.ROW_KEY,
                            dev.kakehashi.events.ao.AoEventTopic.class),
            TransferTable.of(dev.kakehashi.events.ao.AoAudienceGroup.class),
            TransferTable.of(dev.kakehashi.events.ao.AoEventPreparation.class).references(
                    dev.kakehashi.events.ao.AoEventPreparation.EVENT_ID, dev.kakehashi.events.ao.AoEvent.class)
                    .startsWithIdOf(dev.kakehashi.events.ao.AoEventPreparation.ROW_KEY,
                            dev.kakehashi.events.ao.AoEvent.class),
            TransferTable.of(AoCommunity.class),
            TransferTable.of(AoCommunityMember.class).references(AoCommunityMember.COMMUNITY_ID, AoCommunity.class)
                    .startsWithIdOf(AoCommunityMember.COMMUNITY_USER, AoCommunity.class),
            TransferTable.of(AoCommunityApproval.class)
                    .references(AoCommunityApproval.COMMUNITY_ID, AoCommunity.class)
                    .startsWithIdOf(AoCommunityApproval.COMMUNITY_PART, AoCommunity.class),
            TransferTable.of(AoCommunityBoardItem.class)
                    .references(AoCommunityBoardItem.COMMUNITY_ID, AoCommunity.class),
            TransferTable.of(AoCommunitySession.class)
                    .references(AoCommunitySession.COMMUNITY_ID, AoCommunity.class),
            TransferTable.of(AoCommunityReport.class).references(AoCommunityReport.COMMUNITY_ID, AoCommunity.class)
                    .startsWithIdOf(AoCommunityReport.COMMUNITY_MONTH, AoCommunity.class),
            TransferTable.of(AoCommunityPin.class).references(AoCommunityPin.COMMUNITY_ID, AoCommunity.class)
                    .startsWithIdOf(AoCommunityPin.COMMUNITY_USER, AoCommunity.class));

    /**
     * Entities of the {@code ao} module that are not data to move: the transfer's own bookkeeping, and the ids of
     * the request issue types this Jira made (another Jira's ids name other types; its installer makes its own), and
     * the department map's aggregates and its kept days (derived from the exported tables, computed again by the next
     * run).
     */
    public static final Set<Class<? extends Entity>> NOT_EXPORTED = Set.of(AoTransferJob.class, AoImportedRow.class,
            AoIssueTypeBinding.class, dev.kakehashi.insights.ao.AoDeptMapCell.class,
            dev.kakehashi.insights.ao.AoDeptMapDay.class, dev.kakehashi.insights.ao.AoDeptMapPerson.class,
            dev.kakehashi.insights.ao.AoDeptMapMark.class);

    private TransferTables() {
    }

    /** The table of this name, or null. */
    public static TransferTable named(String name) {
        for (TransferTable table : ALL) {
            if (table.name().equals(name)) {
                return table;
            }
        }
        return null;
    }
}
