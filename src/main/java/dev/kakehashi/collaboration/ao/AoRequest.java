package dev.kakehashi.collaboration.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One collaboration request (table AO_112619_COLLAB_REQUEST), one row per Jira issue; the pair key with the id
 * indexed serves "the latest requests between two departments" from one index range. The due date is kept as
 * {@code yyyy-MM-dd} text, which sorts and compares like the date on every database and knows no time zone. The
 * (department, step, id) indexes serve the "requests to / from my department" lists, one range per department, and
 * the (goal, id) index a shared goal's requests, newest first.
 */
@Table("COLLAB_REQUEST")
@Indexes({@Index(name = "pair", methodNames = {"getFromDepartment", "getToDepartment"}),
        @Index(name = "pair_id", methodNames = {"getPairKey", "getID"}),
        @Index(name = "to_step", methodNames = {"getToDepartment", "getStep", "getID"}),
        @Index(name = "from_step", methodNames = {"getFromDepartment", "getStep", "getID"}),
        @Index(name = "goal_id", methodNames = {"getGoalId", "getID"})})
public interface AoRequest extends Entity {
    String ISSUE_ID = "ISSUE_ID";
    String KIND = "KIND";
    String FROM_DEPARTMENT = "FROM_DEPARTMENT";
    String TO_DEPARTMENT = "TO_DEPARTMENT";
    String PAIR_KEY = "PAIR_KEY";
    String PURPOSE = "PURPOSE";
    String SCOPE = "SCOPE";
    String HELP_KIND = "HELP_KIND";
    String PARTNER_BENEFIT = "PARTNER_BENEFIT";
    String REQUESTER_KEY = "REQUESTER_KEY";
    String PARTNER_CONTACT_KEY = "PARTNER_CONTACT_KEY";
    String DECISION_OWNER_KEY = "DECISION_OWNER_KEY";
    String DUE_DATE = "DUE_DATE";
    String STEP = "STEP";
    String RESULT_LINK = "RESULT_LINK";
    String RESULT_NOTE = "RESULT_NOTE";
    String FOLLOW_UP_OF = "FOLLOW_UP_OF";
    String RESOLVED_AT = "RESOLVED_AT";
    String CREATED_AT = "CREATED_AT";
    String UPDATED_AT = "UPDATED_AT";
    String VERSION = "VERSION";
    String STEP_CHANGED_AT = "STEP_CHANGED_AT";
    String GOAL_ID = "GOAL_ID";

    @NotNull
    @Unique
    Long getIssueId();

    void setIssueId(Long id);

    @NotNull
    @StringLength(32)
    String getKind();

    void setKind(String kind);

    @NotNull
    @StringLength(32)
    String getFromDepartment();

    void setFromDepartment(String key);

    @NotNull
    @StringLength(32)
    String getToDepartment();

    void setToDepartment(String key);

    /** The two departments in either direction, {@code development|sales} (sorted), for "requests between". */
    @StringLength(70)
    String getPairKey();

    void setPairKey(String pair);

    @StringLength(StringLength.UNLIMITED)
    String getPurpose();

    void setPurpose(String text);

    @StringLength(StringLength.UNLIMITED)
    String getScope();

    void setScope(String text);

    @StringLength(255)
    String getHelpKind();

    void setHelpKind(String text);

    @StringLength(StringLength.UNLIMITED)
    String getPartnerBenefit();

    void setPartnerBenefit(String text);

    @NotNull
    @StringLength(190)
    String getRequesterKey();

    void setRequesterKey(String key);

    @StringLength(190)
    String getPartnerContactKey();

    void setPartnerContactKey(String key);

    @StringLength(190)
    String getDecisionOwnerKey();

    void setDecisionOwnerKey(String key);

    @Indexed
    @StringLength(10)
    String getDueDate();

    void setDueDate(String date);

    @NotNull
    @Indexed
    Integer getStep();

    void setStep(Integer step);

    @StringLength(StringLength.UNLIMITED)
    String getResultLink();

    void setResultLink(String link);

    @StringLength(StringLength.UNLIMITED)
    String getResultNote();

    void setResultNote(String note);

    Long getFollowUpOf();

    void setFollowUpOf(Long issueId);

    Long getResolvedAt();

    void setResolvedAt(Long epochMillis);

    /** Indexed for the department map, which counts the requests of chosen days. */
    @NotNull
    @Indexed
    Long getCreatedAt();

    void setCreatedAt(Long epochMillis);

    /** Indexed for the department map, which counts again the days of the requests changed since its last run. */
    @NotNull
    @Indexed
    Long getUpdatedAt();

    void setUpdatedAt(Long epochMillis);

    @NotNull
    Integer getVersion();

    void setVersion(Integer version);

    /** When the request reached its current step (epoch millis); null for rows written before it was kept. */
    Long getStepChangedAt();

    void setStepChangedAt(Long epochMillis);

    /**
     * The shared goal the request serves: the goal's id in the linked Confluence (not a row of this database); null
     * for none. Added as a nullable column, which Active Objects adds to existing tables by itself.
     */
    Long getGoalId();

    void setGoalId(Long goalId);
}
