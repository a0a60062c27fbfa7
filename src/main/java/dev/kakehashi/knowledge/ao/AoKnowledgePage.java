package dev.kakehashi.knowledge.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A page created from a knowledge-sharing blueprint (table AO_112619_KNOWLEDGE_PAGE). A log of one space is read
 * through the index on (log key, id), the log of every space through (kind, id): newest first, one page of rows,
 * without reading the rest.
 */
@Table("KNOWLEDGE_PAGE")
@Indexes({@Index(name = "log_id", methodNames = {"getLogKey", "getID"}),
        @Index(name = "kind_id", methodNames = {"getKind", "getID"})})
public interface AoKnowledgePage extends Entity {
    String PAGE_ID = "PAGE_ID";
    String SPACE_KEY = "SPACE_KEY";
    String KIND = "KIND";
    String LOG_KEY = "LOG_KEY";
    String TITLE = "TITLE";
    String DEPARTMENTS = "DEPARTMENTS";
    String REQUEST_KEY = "REQUEST_KEY";
    String SUMMARY = "SUMMARY";
    String PAGE_DATE = "PAGE_DATE";
    String CREATOR_KEY = "CREATOR_KEY";
    String CREATED_AT = "CREATED_AT";
    String LINK_STATE = "LINK_STATE";
    String SELECT = String.join(", ", "ID", PAGE_ID, SPACE_KEY, KIND, TITLE, DEPARTMENTS, REQUEST_KEY, SUMMARY,
            PAGE_DATE, CREATOR_KEY, CREATED_AT, LINK_STATE);

    /** The Confluence page's id; a page is kept once. */
    @NotNull
    @Unique
    Long getPageId();

    void setPageId(Long id);

    /** Key of the page's space when it was created. */
    @NotNull
    @StringLength(190)
    String getSpaceKey();

    void setSpaceKey(String key);

    /** The kind's key: results, owwh-plan or meeting-notes. */
    @NotNull
    @StringLength(32)
    String getKind();

    void setKind(String kind);

    /** {@code kind|space}: the log a page belongs to. */
    @NotNull
    @StringLength(190)
    String getLogKey();

    void setLogKey(String key);

    /** The title the page was created with (the log shows the current one). */
    @NotNull
    @StringLength(255)
    String getTitle();

    void setTitle(String title);

    /** Keys of the departments involved, as {@code |a|b|}. */
    @NotNull
    @StringLength(450)
    String getDepartments();

    void setDepartments(String keys);

    /** Key of the collaboration request in Jira, or empty. */
    @StringLength(190)
    String getRequestKey();

    void setRequestKey(String key);

    /** One sentence: the outcome of a result, the objective of a plan; up to 300 characters. */
    @StringLength(450)
    String getSummary();

    void setSummary(String summary);

    /** The meeting's date, or the day of creation, as {@code yyyy-MM-dd}. */
    @NotNull
    @StringLength(10)
    String getPageDate();

    void setPageDate(String date);

    /** User key of the person who created the page. */
    @StringLength(190)
    String getCreatorKey();

    void setCreatorKey(String key);

    /** When the page was created, epoch milliseconds. */
    @NotNull
    Long getCreatedAt();

    void setCreatedAt(Long epochMillis);

    /** Whether the page was recorded on its request (a LinkState name). */
    @NotNull
    @StringLength(32)
    String getLinkState();

    void setLinkState(String state);
}
