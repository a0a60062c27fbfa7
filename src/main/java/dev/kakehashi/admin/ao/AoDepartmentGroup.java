package dev.kakehashi.admin.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * One host group whose members belong to a department (table AO_112619_DEPARTMENT_GROUP).
 */
@Table("DEPARTMENT_GROUP")
public interface AoDepartmentGroup extends Entity {
    String DEPARTMENT_ID = "DEPARTMENT_ID";
    String GROUP_NAME = "GROUP_NAME";
    String SELECT = "ID, " + DEPARTMENT_ID + ", " + GROUP_NAME;

    /** ID of the department row. */
    @NotNull
    @Indexed
    int getDepartmentId();

    void setDepartmentId(int departmentId);

    /** Host group name, as the host spells it. */
    @NotNull
    String getGroupName();

    void setGroupName(String groupName);
}
