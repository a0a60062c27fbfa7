package dev.kakehashi.goals.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One entry of one of a goal's lists (table AO_112619_GOAL_ITEM): a department taking part (its key, contact and
 * contribution), a label, or a milestone (title and whether it is done), at its position in the list. All three
 * lists share one table so that a page of goals reads the lists of every goal on it in one statement; the index on
 * (kind, key, goal) serves the filters by department and by label, the one on (goal, kind, position) the reads.
 */
@Table("GOAL_ITEM")
@Indexes({@Index(name = "kind_key_goal", methodNames = {"getKind", "getItemKey", "getGoalId"}),
        @Index(name = "goal_kind_position", methodNames = {"getGoalId", "getKind", "getPosition"})})
public interface AoGoalItem extends Entity {
    String GOAL_ID = "GOAL_ID";
    String KIND = "KIND";
    String POSITION = "POSITION";
    String ITEM_KEY = "ITEM_KEY";
    String CONTACT_KEY = "CONTACT_KEY";
    String ITEM_TEXT = "ITEM_TEXT";
    String DONE = "DONE";
    /** Every column, for reads that select them by name. */
    String SELECT = String.join(", ", "ID", GOAL_ID, KIND, POSITION, ITEM_KEY, CONTACT_KEY, ITEM_TEXT, DONE);

    /** Which list an entry belongs to (the value of {@code KIND}). */
    enum Kind { DEPARTMENT, LABEL, MILESTONE }

    /** The ID of the goal's row in GOAL. */
    @NotNull
    Integer getGoalId();

    void setGoalId(Integer goalId);

    /** DEPARTMENT, LABEL or MILESTONE. */
    @NotNull
    @StringLength(16)
    String getKind();

    void setKind(String kind);

    /** Position in its list, from 0. */
    @NotNull
    Integer getPosition();

    void setPosition(Integer position);

    /** The department's key or the label; null for a milestone. */
    @StringLength(190)
    String getItemKey();

    void setItemKey(String key);

    /** The department's contact (a user key; empty when none); null for labels and milestones. */
    @StringLength(190)
    String getContactKey();

    void setContactKey(String key);

    /** The department's contribution or the milestone's title; null for a label. */
    @StringLength(StringLength.UNLIMITED)
    String getItemText();

    void setItemText(String text);

    /** Whether the milestone is done; null for departments and labels. */
    Boolean getDone();

    void setDone(Boolean done);
}
