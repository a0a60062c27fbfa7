package dev.kakehashi.goals.ao.v1;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Model version 1 of a shared goal, frozen as it shipped, for building v1 databases in upgrade tests.
 *
 * <p>A shared goal (table AO_112619_GOAL): one row with its departments and milestones, so a goal is read in one
 * statement. Departments are also kept as {@code |sales|support|} and labels as {@code |a|b|} for filtering; dates
 * as {@code yyyy-MM-dd}; progress (0 to 1) for ordering.
 */
@Table("GOAL")
public interface AoGoal extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String TITLE = "TITLE";
    String HOME_PAGE_ID = "HOME_PAGE_ID";
    String DEPARTMENTS = "DEPARTMENTS";
    String LABELS = "LABELS";
    String STATUS = "STATUS";
    String DUE_DATE = "DUE_DATE";
    String PROGRESS = "PROGRESS";
    String UPDATED_AT = "UPDATED_AT";
    String VERSION = "VERSION";

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

    /** One line per department: key, contact's user key, contribution, separated by tabs. */
    @StringLength(StringLength.UNLIMITED)
    String getParticipants();

    void setParticipants(String lines);

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

    /** One line per milestone: 1 or 0 (done), a tab, the title. */
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

    @NotNull
    @StringLength(450)
    String getLabels();

    void setLabels(String joined);

    @NotNull
    Double getProgress();

    void setProgress(Double progress);

    @NotNull
    Long getCreatedAt();

    void setCreatedAt(Long epochMillis);

    @NotNull
    Long getUpdatedAt();

    void setUpdatedAt(Long epochMillis);

    Long getLastUpdateAt();

    void setLastUpdateAt(Long epochMillis);

    @NotNull
    Integer getVersion();

    void setVersion(Integer version);
}
