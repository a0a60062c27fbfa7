package dev.kakehashi.goals.ao;

import dev.kakehashi.goals.Milestone;
import dev.kakehashi.goals.Participant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A goal's three lists as GOAL_ITEM keeps them: the departments taking part, the labels and the milestones, each in
 * its order. Written as rows, read back from rows, and compared, which is how {@link GoalModelUpgrade} verifies a copy.
 */
record GoalLists(List<Participant> participants, List<String> labels, List<Milestone> milestones) {
    static final GoalLists NONE = new GoalLists(List.of(), List.of(), List.of());

    GoalLists {
        participants = List.copyOf(participants);
        labels = List.copyOf(labels);
        milestones = List.copyOf(milestones);
    }

    /** The rows of GOAL_ITEM for one goal, every column named in each (a batch insert takes the first row's). */
    List<Map<String, Object>> rows(int goalId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            Participant p = participants.get(i);
            rows.add(row(goalId, AoGoalItem.Kind.DEPARTMENT, i, p.departmentKey(), p.contactKey(), p.contribution(),
                    null));
        }
        for (int i = 0; i < labels.size(); i++) {
            rows.add(row(goalId, AoGoalItem.Kind.LABEL, i, labels.get(i), null, null, null));
        }
        for (int i = 0; i < milestones.size(); i++) {
            Milestone m = milestones.get(i);
            rows.add(row(goalId, AoGoalItem.Kind.MILESTONE, i, null, null, m.title(), m.done()));
        }
        return rows;
    }

    private static Map<String, Object> row(int goalId, AoGoalItem.Kind kind, int position, String key,
                                           String contact, String text, Boolean done) {
        Map<String, Object> row = new HashMap<>();
        row.put(AoGoalItem.GOAL_ID, goalId);
        row.put(AoGoalItem.KIND, kind.name());
        row.put(AoGoalItem.POSITION, position);
        row.put(AoGoalItem.ITEM_KEY, key);
        row.put(AoGoalItem.CONTACT_KEY, contact);
        row.put(AoGoalItem.ITEM_TEXT, text);
        row.put(AoGoalItem.DONE, done);
        return row;
    }

    /** The lists of each goal among these rows, by goal id (goals without rows are absent). */
    static Map<Integer, GoalLists> of(AoGoalItem[] rows) {
        Map<Integer, List<AoGoalItem>> byGoal = new LinkedHashMap<>();
        for (AoGoalItem row : rows) {
            byGoal.computeIfAbsent(row.getGoalId(), id -> new ArrayList<>()).add(row);
        }
        Map<Integer, GoalLists> lists = new HashMap<>();
        byGoal.forEach((id, items) -> {
            items.sort((a, b) -> Integer.compare(a.getPosition(), b.getPosition()));
            List<Participant> participants = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            List<Milestone> milestones = new ArrayList<>();
            for (AoGoalItem item : items) {
                switch (AoGoalItem.Kind.valueOf(item.getKind())) {
                    case DEPARTMENT -> participants.add(new Participant(item.getItemKey(), item.getContactKey(),
                            item.getItemText()));
                    case LABEL -> labels.add(item.getItemKey());
                    case MILESTONE -> milestones.add(new Milestone(text(item.getItemText()),
                            Boolean.TRUE.equals(item.getDone())));
                }
            }
            lists.put(id, new GoalLists(participants, labels, milestones));
        });
        return lists;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
