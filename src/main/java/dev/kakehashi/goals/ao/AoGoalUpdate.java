package dev.kakehashi.goals.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One entry of a goal's history (table AO_112619_GOAL_UPDATE). {@code GOAL_VERSION} ({@code 12:3}) is unique: each
 * version of a goal has one entry, which is what stops two concurrent changes of one version. The index on (goal, id)
 * serves a card's latest entries without reading the rest of a long history.
 */
@Table("GOAL_UPDATE")
@Indexes(@Index(name = "goal_id_id", methodNames = {"getGoalId", "getID"}))
public interface AoGoalUpdate extends Entity {
    String GOAL_ID = "GOAL_ID";
    String GOAL_VERSION = "GOAL_VERSION";

    @NotNull
    Long getGoalId();

    void setGoalId(Long id);

    @NotNull
    @Unique
    @StringLength(40)
    String getGoalVersion();

    void setGoalVersion(String goalAndVersion);

    @NotNull
    @StringLength(16)
    String getKind();

    void setKind(String kind);

    Double getGoalValue();

    void setGoalValue(Double value);

    Integer getMilestonesDone();

    void setMilestonesDone(Integer count);

    @NotNull
    @StringLength(16)
    String getStatus();

    void setStatus(String status);

    @StringLength(StringLength.UNLIMITED)
    String getUpdateComment();

    void setUpdateComment(String comment);

    @NotNull
    @StringLength(190)
    String getAuthorKey();

    void setAuthorKey(String key);

    /** The owner this entry handed the goal to (entries of kind OWNER; null on the others and on older rows). */
    @StringLength(190)
    String getNewOwnerKey();

    void setNewOwnerKey(String key);

    @NotNull
    Long getHappenedAt();

    void setHappenedAt(Long epochMillis);
}
