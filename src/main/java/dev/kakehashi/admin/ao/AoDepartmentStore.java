package dev.kakehashi.admin.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.admin.Department;
import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.admin.DepartmentStore;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.platform.ao.AoErrors;
import dev.kakehashi.platform.ao.AoPositions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Departments in Active Objects: one row per department, one row per host group; a list takes two statements.
 */
public class AoDepartmentStore implements DepartmentStore {
    private final ActiveObjects ao;

    public AoDepartmentStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<Department> list() {
        AoDepartment[] rows = ao.find(AoDepartment.class, Query.select(AoDepartment.SELECT));
        Map<Integer, List<String>> groups = new HashMap<>();
        for (AoDepartmentGroup g : ao.find(AoDepartmentGroup.class, Query.select(AoDepartmentGroup.SELECT))) {
            groups.computeIfAbsent(g.getDepartmentId(), id -> new ArrayList<>()).add(g.getGroupName());
        }
        return Arrays.stream(rows)
                .map(row -> toDepartment(row, groups.getOrDefault(row.getID(), List.of())))
                .sorted(Comparator.comparingInt(Department::position).thenComparing(Department::key))
                .toList();
    }

    @Override
    public List<DepartmentName> names() {
        return Arrays.stream(ao.find(AoDepartment.class, Query.select(AoDepartment.SELECT)))
                .sorted(Comparator.comparingInt(AoDepartment::getSortOrder).thenComparing(AoDepartment::getDepartmentKey))
                .map(row -> new DepartmentName(row.getDepartmentKey(), row.getNameEn(), row.getNameJa(), row.isActive()))
                .toList();
    }

    @Override
    public Optional<Department> find(String key) {
        return row(key).map(row -> toDepartment(row, groupsOf(row.getID())));
    }

    @Override
    public Department insert(Department department) {
        try {
            return ao.executeInTransaction(() -> {
                AoDepartment row = ao.create(AoDepartment.class,
                        new DBParam(AoDepartment.KEY, department.key()),
                        new DBParam(AoDepartment.NAME_EN, department.nameEn()),
                        new DBParam(AoDepartment.NAME_JA, department.nameJa()),
                        new DBParam(AoDepartment.SORT_ORDER, department.position()),
                        new DBParam(AoDepartment.ACTIVE, department.active()));
                writeGroups(row.getID(), department.groups());
                return toDepartment(row, department.groups());
            });
        } catch (RuntimeException e) {
            if (AoErrors.isConstraintViolation(e)) {
                throw Rejection.of(Rejection.Reason.CONFLICT, "key", "kakehashi.error.key.taken", department.key());
            }
            throw e;
        }
    }

    @Override
    public Department update(Department department) {
        return ao.executeInTransaction(() -> {
            AoDepartment row = row(department.key()).orElseThrow(() -> Rejection.of(
                    Rejection.Reason.NOT_FOUND, "key", "kakehashi.error.not.found", department.key()));
            row.setNameEn(department.nameEn());
            row.setNameJa(department.nameJa());
            row.setSortOrder(department.position());
            row.setActive(department.active());
            row.save();
            ao.deleteWithSQL(AoDepartmentGroup.class, AoDepartmentGroup.DEPARTMENT_ID + " = ?", row.getID());
            writeGroups(row.getID(), department.groups());
            return toDepartment(row, department.groups());
        });
    }

    @Override
    public void reorder(List<String> keys) {
        AoPositions.reorder(ao, keys, ao.find(AoDepartment.class, Query.select(AoDepartment.SELECT)),
                AoDepartment::getDepartmentKey, AoDepartment::getSortOrder, AoDepartment::setSortOrder);
    }

    private Optional<AoDepartment> row(String key) {
        AoDepartment[] rows = ao.find(AoDepartment.class,
                Query.select(AoDepartment.SELECT).where(AoDepartment.KEY + " = ?", key));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private List<String> groupsOf(int departmentId) {
        return Arrays.stream(ao.find(AoDepartmentGroup.class, Query.select(AoDepartmentGroup.SELECT)
                        .where(AoDepartmentGroup.DEPARTMENT_ID + " = ?", departmentId)))
                .sorted(Comparator.comparingInt(AoDepartmentGroup::getID))
                .map(AoDepartmentGroup::getGroupName)
                .toList();
    }

    private void writeGroups(int departmentId, List<String> groups) {
        for (String group : groups) {
            ao.create(AoDepartmentGroup.class,
                    new DBParam(AoDepartmentGroup.DEPARTMENT_ID, departmentId),
                    new DBParam(AoDepartmentGroup.GROUP_NAME, group));
        }
    }

    private static Department toDepartment(AoDepartment row, List<String> groups) {
        return new Department(row.getDepartmentKey(), row.getNameEn(), row.getNameJa(), groups,
                row.getSortOrder(), row.isActive());
    }
}
