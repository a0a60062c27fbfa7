package dev.kakehashi.collaboration.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Which Jira issue type the app created for a kind of request (table AO_112619_ISSUE_TYPE_BIND); the kind is
 * unique, so two nodes installing at once keep one row.
 */
@Table("ISSUE_TYPE_BIND")
public interface AoIssueTypeBinding extends Entity {
    String KIND = "KIND";
    String ISSUE_TYPE_ID = "ISSUE_TYPE_ID";

    @NotNull
    @Unique
    @StringLength(32)
    String getKind();

    void setKind(String kind);

    @NotNull
    @StringLength(32)
    String getIssueTypeId();

    void setIssueTypeId(String id);
}
