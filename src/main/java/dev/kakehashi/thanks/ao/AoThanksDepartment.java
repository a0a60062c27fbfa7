package dev.kakehashi.thanks.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A department in a thanks (table AO_112619_THANKS_DEPT), written with the thanks and never changed: one row per
 * department and thanks, with its roles as flags — a sender's department, a recipient's department (the department
 * thanked as a whole is one too), the department thanked as a whole. One row rather than one per role, so that the
 * department filter meets each thanks once and pages without DISTINCT; the index on (department, thanks) serves it
 * newest first.
 */
@Table("THANKS_DEPT")
@Indexes({@Index(name = "department_thanks", methodNames = {"getDepartmentKey", "getThanksId"}),
        @Index(name = "dept_thanks", methodNames = {"getThanksId"})})
public interface AoThanksDepartment extends Entity {
    String THANKS_ID = "THANKS_ID";
    String DEPARTMENT_KEY = "DEPARTMENT_KEY";
    String AS_SENDER = "AS_SENDER";
    String AS_RECIPIENT = "AS_RECIPIENT";
    String AS_WHOLE = "AS_WHOLE";

    /** The ID of the thanks's row in THANKS. */
    @NotNull
    int getThanksId();

    void setThanksId(int id);

    /** The department's key, as in the department catalog. */
    @NotNull
    @StringLength(32)
    String getDepartmentKey();

    void setDepartmentKey(String key);

    /** One of the sender's departments when it was sent. */
    @NotNull
    boolean isAsSender();

    void setAsSender(boolean sender);

    /** One of the recipients' departments when it was sent, or the department thanked as a whole. */
    @NotNull
    boolean isAsRecipient();

    void setAsRecipient(boolean recipient);

    /** The department thanked as a whole. */
    @NotNull
    boolean isAsWhole();

    void setAsWhole(boolean whole);
}
