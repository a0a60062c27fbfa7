package dev.kakehashi.retention.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.collaboration.ao.AoRequest;
import dev.kakehashi.collaboration.ao.AoRequestEvent;
import dev.kakehashi.goals.ao.AoGoal;
import dev.kakehashi.goals.ao.AoGoalUpdate;
import dev.kakehashi.lunch.ao.AoLunchRound;
import dev.kakehashi.lunch.ao.AoLunchSeat;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.retention.RetentionPolicy;
import dev.kakehashi.retention.RetentionStore;
import dev.kakehashi.thanks.ao.AoThanks;
import dev.kakehashi.thanks.ao.AoThanksDepartment;
import dev.kakehashi.thanks.ao.AoThanksPerson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.Query;

/**
 * The retention setting as one settings row, and the purge of THANKS (children first), COLLAB_EVENT and GOAL_UPDATE
 * in batches. A history entry is the newest of its request or goal when its version is the one the request or goal
 * is at ({@code <id>:<version>}, written in the same transaction as the version): that entry is never deleted.
 */
public class AoRetentionStore implements RetentionStore {
    private static final String YEARS = "retention.years";

    private final ActiveObjects ao;

    public AoRetentionStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public RetentionPolicy policy() {
        AoSetting[] rows = setting();
        if (rows.length == 0 || rows[0].getSettingValue() == null) {
            return RetentionPolicy.FOREVER;
        }
        try {
            int years = Integer.parseInt(rows[0].getSettingValue());
            return years >= 0 && years <= RetentionPolicy.MAX_YEARS ? new RetentionPolicy(years) : RetentionPolicy.FOREVER;
        } catch (NumberFormatException e) {
            return RetentionPolicy.FOREVER;
        }
    }

    private AoSetting[] setting() {
        return ao.find(AoSetting.class, Query.select("ID, " + AoSetting.NAME + ", " + AoSetting.VALUE)
                .where(AoSetting.NAME + " = ?", YEARS));
    }

    @Override
    public void save(RetentionPolicy policy) {
        ao.executeInTransaction(() -> {
            AoSetting[] rows = setting();
            String value = Integer.toString(policy.years());
            if (rows.length == 0) {
                ao.create(AoSetting.class, new DBParam(AoSetting.NAME, YEARS), new DBParam(AoSetting.VALUE, value));
            } else {
                rows[0].setSettingValue(value);
                rows[0].save();
            }
            return null;
        });
    }

    @Override
    public int purgeThanks(long before, int batchSize) {
        int total = 0;
        while (true) {
            int deleted = ao.executeInTransaction(() -> {
                AoThanks[] rows = ao.find(AoThanks.class, Query.select("ID")
                        .where(AoThanks.CREATED_AT + " < ?", before).order("ID").limit(batchSize));
                if (rows.length == 0) {
                    return 0;
                }
                Object[] ids = Arrays.stream(rows).map(AoThanks::getID).toArray();
                ao.deleteWithSQL(AoThanksPerson.class, AoThanksPerson.THANKS_ID + in(ids.length), ids);
                ao.deleteWithSQL(AoThanksDepartment.class, AoThanksDepartment.THANKS_ID + in(ids.length), ids);
                ao.deleteWithSQL(AoThanks.class, "ID" + in(ids.length), ids);
                return rows.length;
            });
            total += deleted;
            if (deleted < batchSize) {
                return total;
            }
        }
    }

    @Override
    public int purgeLunchRounds(long before, int batchSize) {
        int rounds = 0;
        while (true) {
            AoLunchRound[] old = ao.find(AoLunchRound.class, Query.select("ID")
                    .where(AoLunchRound.FORMED_AT + " < ?", before).order("ID").limit(1));
            if (old.length == 0) {
                return rounds;
            }
            int roundId = old[0].getID();
            // a round of 10,000 people has 10,000 seats: they go in transactions of at most batchSize rows
            int deleted;
            do {
                deleted = ao.executeInTransaction(() -> {
                    AoLunchSeat[] seats = ao.find(AoLunchSeat.class, Query.select("ID")
                            .where(AoLunchSeat.ROUND_ID + " = ?", roundId).limit(batchSize));
                    if (seats.length == 0) {
                        return 0;
                    }
                    Object[] ids = Arrays.stream(seats).map(AoLunchSeat::getID).toArray();
                    ao.deleteWithSQL(AoLunchSeat.class, "ID" + in(ids.length), ids);
                    return seats.length;
                });
            } while (deleted == batchSize);
            ao.executeInTransaction(() -> ao.deleteWithSQL(AoLunchRound.class, "ID = ?", roundId));
            rounds++;
        }
    }

    @Override
    public int purgeRequestHistory(long before, int batchSize) {
        return purgeHistory(AoRequestEvent.class, AoRequestEvent.ISSUE_ID, AoRequestEvent.ISSUE_VERSION,
                AoRequestEvent.HAPPENED_AT, before, batchSize, AoRequestEvent::getIssueId,
                AoRequestEvent::getIssueVersion, issues -> {
                    Set<String> latest = new HashSet<>();
                    for (AoRequest r : ao.find(AoRequest.class, Query.select("ID, " + AoRequest.ISSUE_ID + ", "
                            + AoRequest.VERSION).where(AoRequest.ISSUE_ID + in(issues.size()), issues.toArray()))) {
                        if (r.getVersion() != null) {
                            latest.add(r.getIssueId() + ":" + r.getVersion());
                        }
                    }
                    return latest;
                });
    }

    @Override
    public int purgeGoalHistory(long before, int batchSize) {
        return purgeHistory(AoGoalUpdate.class, AoGoalUpdate.GOAL_ID, AoGoalUpdate.GOAL_VERSION, "HAPPENED_AT", before,
                batchSize, AoGoalUpdate::getGoalId, AoGoalUpdate::getGoalVersion, goals -> {
                    Set<String> latest = new HashSet<>();
                    Object[] ids = goals.stream().map(Long::intValue).toArray();
                    for (AoGoal g : ao.find(AoGoal.class, Query.select("ID, " + AoGoal.VERSION)
                            .where("ID" + in(ids.length), ids))) {
                        if (g.getVersion() != null) {
                            latest.add(g.getID() + ":" + g.getVersion());
                        }
                    }
                    return latest;
                });
    }

    /**
     * Walks the entries older than the time in ID order, a batch at a time, and deletes those that are not their
     * parent's current version; the entries of a parent that is missing, or has no version, are kept, as nothing
     * says which one is the newest.
     */
    private <T extends Entity> int purgeHistory(Class<T> type, String parentColumn, String versionColumn,
                                                           String timeColumn, long before, int batchSize,
                                                           Function<T, Long> parent, Function<T, String> version,
                                                           Function<Collection<Long>, Set<String>> latestVersions) {
        int total = 0;
        int after = 0;
        while (true) {
            T[] rows = ao.find(type, Query.select("ID, " + parentColumn + ", " + versionColumn)
                    .where(timeColumn + " < ? AND ID > ?", before, after).order("ID").limit(batchSize));
            if (rows.length == 0) {
                return total;
            }
            after = rows[rows.length - 1].getID();
            Set<Long> parents = new LinkedHashSet<>();
            for (T row : rows) {
                parents.add(parent.apply(row));
            }
            Set<String> latest = latestVersions.apply(parents);
            Set<Long> present = new HashSet<>();
            for (String v : latest) {
                present.add(Long.parseLong(v.substring(0, v.indexOf(':'))));
            }
            List<Object> doomed = new ArrayList<>();
            for (T row : rows) {
                if (present.contains(parent.apply(row)) && !latest.contains(version.apply(row))) {
                    doomed.add(row.getID());
                }
            }
            if (!doomed.isEmpty()) {
                Object[] ids = doomed.toArray();
                total += ao.executeInTransaction(() -> ao.deleteWithSQL(type, "ID" + in(ids.length), ids));
            }
            if (rows.length < batchSize) {
                return total;
            }
        }
    }

    private static String in(int count) {
        return " IN (" + String.join(", ", Collections.nCopies(count, "?")) + ")";
    }
}
