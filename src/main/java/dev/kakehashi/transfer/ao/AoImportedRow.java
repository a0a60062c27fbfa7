package dev.kakehashi.transfer.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One row an import wrote or matched (table AO_112619_IMPORTED_ROW), so that importing the same document again adds
 * nothing. Grows by one row per imported row; removing it only makes a later import of the same rows add them again.
 */
@Table("IMPORTED_ROW")
public interface AoImportedRow extends Entity {
    String SOURCE_ROW = "SOURCE_ROW";
    String TARGET_ID = "TARGET_ID";

    /** {@code <source instance>|<table>|<source id>}. */
    @NotNull
    @Unique
    @StringLength(120)
    String getSourceRow();

    void setSourceRow(String key);

    /**
     * The row's id here: positive for a row the import added, negative for a row that was here already with the same
     * unique value (its children in the document were left out), 0 for a row left out with its parent.
     */
    @NotNull
    int getTargetId();

    void setTargetId(int id);
}
