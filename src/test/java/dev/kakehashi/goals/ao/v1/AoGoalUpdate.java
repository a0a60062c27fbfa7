package dev.kakehashi.goals.ao.v1;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Model version 1 of a goal's history entry, frozen as it shipped, for building v1 databases in upgrade tests.
 *
 * <p>One entry of a goal's history (table AO_112619_GOAL_UPDATE). {@code GOAL_VERSION} ({@code 12:3}) is unique: each
 * version of a goal has one entry, which is what stops two concurrent changes of one version.
 */
@Table("GOAL_UPDATE")
public interface AoGoalUpdate extends Entity {
    String GOAL_ID = "GOAL_ID";
    String GOAL_VERSION = "GOAL_VERSION";

    @NotNull
    @Indexed
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

    @NotNull
    Long getHappenedAt();

    void setHappenedAt(Long epochMillis);
}
