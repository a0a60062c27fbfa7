package dev.kakehashi.community.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** An approval of a community's recognition request (table AO_112619_COMMUNITY_APPROVAL); one per part. */
@Table("COMMUNITY_APPROVAL")
public interface AoCommunityApproval extends Entity {
    String COMMUNITY_ID = "COMMUNITY_ID";
    String PART = "PART";
    String COMMUNITY_PART = "COMMUNITY_PART";
    String APPROVER_KEY = "APPROVER_KEY";
    String APPROVED_AT = "APPROVED_AT";
    String SELECT = String.join(", ", "ID", COMMUNITY_ID, PART, COMMUNITY_PART, APPROVER_KEY, APPROVED_AT);

    /** The community's row id. */
    @NotNull
    @Indexed
    int getCommunityId();

    void setCommunityId(int id);

    /** SPONSOR or DEPARTMENT:&lt;key&gt;. */
    @NotNull
    @StringLength(64)
    String getPart();

    void setPart(String part);

    /** {@code <community id>:<part>}, unique: each part is approved once. */
    @NotNull
    @Unique
    @StringLength(80)
    String getCommunityPart();

    void setCommunityPart(String value);

    /** Who approved (a user key). */
    @NotNull
    @StringLength(190)
    String getApproverKey();

    void setApproverKey(String key);

    /** When, in milliseconds since 1970 (UTC). */
    @NotNull
    long getApprovedAt();

    void setApprovedAt(long millis);
}
