package dev.kakehashi.goals.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A shared goal (table AO_112619_GOAL): one row; its departments, labels and milestones are rows of
 * {@link AoGoalItem} (model version 2), and {@code DEPARTMENTS} and {@code LABELS} hold {@link #IN_ITEMS}. Dates as
 * {@code yyyy-MM-dd}; progress (0 to 1) for ordering. The index on (space, due date) serves a space's list in its
 * default order.
 *
 * <p>Model version 1 kept the lists in this row ({@code PARTICIPANTS}, {@code DEPARTMENTS}, {@code MILESTONES},
 * {@code LABELS}); {@link GoalModelUpgrade} copies them into GOAL_ITEM and then empties them. The columns stay so that
 * nothing is dropped; nothing reads them afterwards.
 */
@Table("GOAL")
@Indexes(@Index(name = "space_due", methodNames = {"getSpaceKey", "getDueDate"}))
public interface AoGoal extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String TITLE = "TITLE";
    String HOME_PAGE_ID = "HOME_PAGE_ID";
    String PARTICIPANTS = "PARTICIPANTS";
    String DEPARTMENTS = "DEPARTMENTS";
    String MILESTONES = "MILESTONES";
    String LABELS = "LABELS";
    String STATUS = "STATUS";
    String DUE_DATE = "DUE_DATE";
    String PROGRESS = "PROGRESS";
    String UPDATED_AT = "UPDATED_AT";
    String VERSION = "VERSION";
    /** What {@code DEPARTMENTS} and {@code LABELS} hold from model version 2 on: the lists are in GOAL_ITEM. */
    String IN_ITEMS = "*";

    @NotNull
    @Indexed
    @StringLength(255)
    String getSpaceKey();

    void setSpaceKey(String key);

    /** The page the goal was created on (0: none). */
    @Indexed
    Long getHomePageId();

    void setHomePageId(Long pageId);

    @NotNull
    @StringLength(255)
    String getTitle();

    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String text);

    @NotNull
    @StringLength(190)
    String getOwnerKey();

    void setOwnerKey(String key);

    /** Model 1: one line per department (key, contact's user key, contribution, separated by tabs); null from 2. */
    @StringLength(StringLength.UNLIMITED)
    String getParticipants();

    void setParticipants(String lines);

    /** Model 1: the department keys as {@code |sales|support|}; {@link #IN_ITEMS} from 2. */
    @NotNull
    @StringLength(450)
    String getDepartments();

    void setDepartments(String joined);

    @NotNull
    @StringLength(16)
    String getMeasureKind();

    void setMeasureKind(String kind);

    Double getStartValue();

    void setStartValue(Double value);

    Double getTargetValue();

    void setTargetValue(Double value);

    Double getCurrentValue();

    void setCurrentValue(Double value);

    @StringLength(40)
    String getUnit();

    void setUnit(String unit);

    /** Model 1: one line per milestone (1 or 0 for done, a tab, the title); null from 2. */
    @StringLength(StringLength.UNLIMITED)
    String getMilestones();

    void setMilestones(String lines);

    @NotNull
    @StringLength(10)
    String getStartDate();

    void setStartDate(String date);

    @NotNull
    @Indexed
    @StringLength(10)
    String getDueDate();

    void setDueDate(String date);

    @NotNull
    @Indexed
    @StringLength(16)
    String getStatus();

    void setStatus(String status);

    @NotNull
    @StringLength(16)
    String getCadence();

    void setCadence(String cadence);

    /** Model 1: the labels as {@code |a|b|}; {@link #IN_ITEMS} from 2. */
    @NotNull
    @StringLength(450)
    String getLabels();

    void setLabels(String joined);

    @NotNull
    @Indexed
    Double getProgress();

    void setProgress(Double progress);

    @NotNull
    Long getCreatedAt();

    void setCreatedAt(Long epochMillis);

    @NotNull
    @Indexed
    Long getUpdatedAt();

    void setUpdatedAt(Long epochMillis);

    Long getLastUpdateAt();

    void setLastUpdateAt(Long epochMillis);

    @NotNull
    Integer getVersion();

    void setVersion(Integer version);
}
