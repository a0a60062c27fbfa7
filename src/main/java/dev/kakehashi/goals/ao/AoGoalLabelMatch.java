package dev.kakehashi.goals.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

/**
 * The columns of GOAL_ITEM a list filtered by label joins on. Active Objects' queries join each entity type once,
 * so a list filtered by a department and a label at once joins {@link AoGoalItem} for the one and this type, over
 * the same table, for the other. Never migrated on its own: {@link AoGoalItem} defines the table.
 */
@Table("GOAL_ITEM")
public interface AoGoalLabelMatch extends Entity {
    Integer getGoalId();

    String getKind();

    String getItemKey();
}
