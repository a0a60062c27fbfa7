package dev.kakehashi.knowledge.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A department a knowledge page names, for the logs filtered by department (table AO_112619_KNOWLEDGE_DEPT): two
 * rows per department and page, {@code kind|space|department} and {@code kind|*|department}, each read newest first
 * through the index on (log key, page row).
 */
@Table("KNOWLEDGE_DEPT")
@Indexes(@Index(name = "log_page", methodNames = {"getLogKey", "getPageRow"}))
public interface AoKnowledgeDepartment extends Entity {
    String LOG_KEY = "LOG_KEY";
    String PAGE_ROW = "PAGE_ROW";

    @NotNull
    @StringLength(190)
    String getLogKey();

    void setLogKey(String key);

    /** The ID of the page's row in KNOWLEDGE_PAGE. */
    @NotNull
    Integer getPageRow();

    void setPageRow(Integer id);
}
