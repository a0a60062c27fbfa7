package dev.kakehashi.goals.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import dev.kakehashi.goals.Milestone;
import dev.kakehashi.goals.Participant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Model version 2: moves each goal's lists from the text columns of its row (model 1: departments and their
 * contacts as tab-separated lines, {@code |a|b|} labels, milestones as lines) into GOAL_ITEM. Goals go in batches
 * by id; a batch's copies are read back and compared with the text goal by goal, and only a goal whose copy is
 * equal has its text emptied (its {@code DEPARTMENTS} set to {@link AoGoal#IN_ITEMS}, which is how a later run
 * knows it is done). A difference stops the upgrade and the host's transaction keeps every goal as it was.
 *
 * @since model version 2
 */
public class GoalModelUpgrade implements ActiveObjectsUpgradeTask {
    private static final Logger LOG = LoggerFactory.getLogger(GoalModelUpgrade.class);
    /** Goals read, copied and checked at a time. */
    static final int BATCH = 200;

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("2");
    }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoGoal.class, AoGoalUpdate.class, AoGoalItem.class);
        int after = 0;
        int moved = 0;
        while (true) {
            AoGoal[] batch = ao.find(AoGoal.class, Query.select(String.join(", ", "ID", AoGoal.PARTICIPANTS,
                            AoGoal.DEPARTMENTS, AoGoal.MILESTONES, AoGoal.LABELS))
                    .where("ID > ? AND " + AoGoal.DEPARTMENTS + " <> ?", after, AoGoal.IN_ITEMS)
                    .order("ID ASC").limit(BATCH));
            if (batch.length == 0) {
                break;
            }
            moved += move(ao, batch);
            after = batch[batch.length - 1].getID();
        }
        LOG.info("Goal lists moved into GOAL_ITEM: {} goals", moved);
    }

    /** Copies, checks and empties one batch; returns how many goals it moved. */
    private static int move(ActiveObjects ao, AoGoal[] batch) {
        Object[] ids = Arrays.stream(batch).map(AoGoal::getID).toArray();
        String inBatch = AoGoalItem.GOAL_ID + " IN (" + String.join(", ", Collections.nCopies(ids.length, "?")) + ")";
        // Rows a goal may already have (a copy that was not finished) are replaced, not added to.
        ao.deleteWithSQL(AoGoalItem.class, inBatch, ids);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<GoalLists> expected = new ArrayList<>();
        for (AoGoal goal : batch) {
            GoalLists lists = modelOne(goal);
            expected.add(lists);
            rows.addAll(lists.rows(goal.getID()));
        }
        if (!rows.isEmpty()) {
            ao.create(AoGoalItem.class, rows);
        }
        Map<Integer, GoalLists> copied = GoalLists.of(ao.find(AoGoalItem.class,
                Query.select(AoGoalItem.SELECT).where(inBatch, ids)));
        for (int i = 0; i < batch.length; i++) {
            AoGoal goal = batch[i];
            GoalLists copy = copied.getOrDefault(goal.getID(), GoalLists.NONE);
            if (!copy.equals(expected.get(i))) {
                throw new IllegalStateException("The lists of goal " + goal.getID()
                        + " differ after the copy into GOAL_ITEM; nothing was changed");
            }
        }
        for (AoGoal goal : batch) {
            goal.setParticipants(null);
            goal.setMilestones(null);
            goal.setDepartments(AoGoal.IN_ITEMS);
            goal.setLabels(AoGoal.IN_ITEMS);
            goal.save();
        }
        return batch.length;
    }

    /**
     * A goal's lists as model 1 kept them, read as its store read them; a department named in {@code DEPARTMENTS}
     * without a line of its own is kept too, without contact or contribution.
     */
    static GoalLists modelOne(AoGoal goal) {
        List<Participant> participants = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        for (String line : lines(goal.getParticipants())) {
            String[] parts = line.split("\t", 3);
            participants.add(new Participant(parts[0], parts.length > 1 ? parts[1] : "",
                    parts.length > 2 ? parts[2] : ""));
            named.add(parts[0]);
        }
        for (String key : split(goal.getDepartments())) {
            if (named.add(key)) {
                participants.add(new Participant(key, "", ""));
            }
        }
        List<Milestone> milestones = new ArrayList<>();
        for (String line : lines(goal.getMilestones())) {
            milestones.add(new Milestone(line.length() > 2 ? line.substring(2) : "", line.charAt(0) == '1'));
        }
        return new GoalLists(participants, split(goal.getLabels()), milestones);
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    private static List<String> split(String joined) {
        if (joined == null || joined.length() <= 2) {
            return List.of();
        }
        return List.of(joined.substring(1, joined.length() - 1).split("\\|"));
    }
}
