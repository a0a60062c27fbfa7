package dev.kakehashi.collaboration.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One entry of a request's history (table AO_112619_COLLAB_EVENT). {@code ISSUE_VERSION} ({@code 10001:3}) is
 * unique: each version of a request has one entry, which is what stops two concurrent changes of one version.
 */
@Table("COLLAB_EVENT")
public interface AoRequestEvent extends Entity {
    String ISSUE_ID = "ISSUE_ID";
    String ISSUE_VERSION = "ISSUE_VERSION";
    String EVENT = "EVENT";
    String FROM_STEP = "FROM_STEP";
    String TO_STEP = "TO_STEP";
    String ACTOR_KEY = "ACTOR_KEY";
    String HAPPENED_AT = "HAPPENED_AT";
    String PAGE_LINK = "PAGE_LINK";
    String PAGE_TITLE = "PAGE_TITLE";
    String CHANGES = "CHANGES";

    @NotNull
    @Indexed
    Long getIssueId();

    void setIssueId(Long id);

    @NotNull
    @Unique
    @StringLength(40)
    String getIssueVersion();

    void setIssueVersion(String issueAndVersion);

    @NotNull
    @StringLength(32)
    String getEvent();

    void setEvent(String event);

    Integer getFromStep();

    void setFromStep(Integer step);

    Integer getToStep();

    void setToStep(Integer step);

    @StringLength(190)
    String getActorKey();

    void setActorKey(String key);

    @NotNull
    Long getHappenedAt();

    void setHappenedAt(Long epochMillis);

    /** For a results page shared in Confluence: its address (up to 2,000 characters); null otherwise. */
    @StringLength(StringLength.UNLIMITED)
    String getPageLink();

    void setPageLink(String url);

    /** For a results page shared in Confluence: its title; null otherwise. */
    @StringLength(255)
    String getPageTitle();

    void setPageTitle(String title);

    /**
     * For changed details: each changed field before and after, as a JSON array of {@code [field, before, after]};
     * null otherwise (and in entries written before the column existed).
     */
    @StringLength(StringLength.UNLIMITED)
    String getChanges();

    void setChanges(String changesJson);
}
