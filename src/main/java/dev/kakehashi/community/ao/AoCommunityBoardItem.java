package dev.kakehashi.community.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** An output on a community's board (table AO_112619_COMMUNITY_BOARD). */
@Table("COMMUNITY_BOARD")
public interface AoCommunityBoardItem extends Entity {
    String COMMUNITY_ID = "COMMUNITY_ID";
    String KIND = "KIND";
    String PAGE_ID = "PAGE_ID";
    String URL = "URL";
    String TITLE = "TITLE";
    String ADDED_BY = "ADDED_BY";
    String ADDED_AT = "ADDED_AT";
    String SELECT = String.join(", ", "ID", COMMUNITY_ID, KIND, PAGE_ID, URL, TITLE, ADDED_BY, ADDED_AT);

    /** The community's row id. */
    @NotNull
    @Indexed
    int getCommunityId();

    void setCommunityId(int id);

    /** KNOWLEDGE, SESSION_NOTES or ANSWER. */
    @NotNull
    @StringLength(16)
    String getKind();

    void setKind(String kind);

    /** The Confluence page's id; null for an address. */
    Long getPageId();

    void setPageId(Long id);

    /** An address within the host (a path starting with /); null for a page. */
    @StringLength(450)
    String getUrl();

    void setUrl(String url);

    /** The title as the member gave it. */
    @StringLength(255)
    String getTitle();

    void setTitle(String title);

    /** Who added it (a user key). */
    @NotNull
    @StringLength(190)
    String getAddedBy();

    void setAddedBy(String key);

    /** When, in milliseconds since 1970 (UTC). */
    @NotNull
    @Indexed
    long getAddedAt();

    void setAddedAt(long millis);
}
