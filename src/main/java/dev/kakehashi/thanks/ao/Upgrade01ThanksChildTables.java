package dev.kakehashi.thanks.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.Query;

/**
 * Model version 1: copies the people and departments each thanks names, kept until now only as {@code |a|b|} in
 * THANKS, into THANKS_PERSON and THANKS_DEPT. Thanks are read in batches by ID; a batch's missing child rows are
 * written, then every thanks of the batch is read back and compared with its lists before the next batch. It removes
 * nothing (the lists stay in THANKS as the display copy) and writes only what is missing, so a second run changes
 * nothing; a thanks whose child rows hold something its lists do not stops the upgrade rather than being changed.
 *
 * @since model version 1
 */
public class Upgrade01ThanksChildTables implements ActiveObjectsUpgradeTask {
    static final int BATCH = 500;
    private static final String COLUMNS = String.join(", ", "ID", AoThanks.SENDER_KEY, AoThanks.RECIPIENT_KEYS,
            AoThanks.DEPARTMENT_KEY, AoThanks.VISIBILITY, AoThanks.SENDER_DEPARTMENTS, AoThanks.RECIPIENT_DEPARTMENTS);

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("1");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        // the host migrates the entities only after the tasks: a task creates what it uses
        ao.migrate(AoThanks.class, AoThanksPerson.class, AoThanksDepartment.class);
        int after = 0;
        while (true) {
            AoThanks[] rows = ao.find(AoThanks.class, Query.select(COLUMNS).where("ID > ?", after).order("ID ASC")
                    .limit(BATCH));
            if (rows.length == 0) {
                return;
            }
            copy(ao, rows);
            after = rows[rows.length - 1].getID();
        }
    }

    private static void copy(ActiveObjects ao, AoThanks[] rows) {
        int first = rows[0].getID();
        int last = rows[rows.length - 1].getID();
        Map<Integer, Set<Map<String, Object>>> people = new HashMap<>();
        Map<Integer, Set<Map<String, Object>>> departments = new HashMap<>();
        for (AoThanks row : rows) {
            people.put(row.getID(), new HashSet<>(expectedPeople(row)));
            departments.put(row.getID(), new HashSet<>(expectedDepartments(row)));
        }
        List<Map<String, Object>> missingPeople = missing(people, readPeople(ao, first, last));
        List<Map<String, Object>> missingDepartments = missing(departments, readDepartments(ao, first, last));
        if (!missingPeople.isEmpty()) {
            ao.create(AoThanksPerson.class, missingPeople);
        }
        if (!missingDepartments.isEmpty()) {
            ao.create(AoThanksDepartment.class, missingDepartments);
        }
        verify("THANKS_PERSON", people, readPeople(ao, first, last));
        verify("THANKS_DEPT", departments, readDepartments(ao, first, last));
    }

    static List<Map<String, Object>> expectedPeople(AoThanks row) {
        return AoThanksStore.personRows(row.getID(), row.getSenderKey(), AoThanksStore.split(row.getRecipientKeys()),
                row.getVisibility());
    }

    static List<Map<String, Object>> expectedDepartments(AoThanks row) {
        return AoThanksStore.departmentRows(row.getID(), row.getDepartmentKey(),
                AoThanksStore.split(row.getSenderDepartments()), AoThanksStore.split(row.getRecipientDepartments()));
    }

    /** The expected rows not yet there; a thanks with a row it should not have stops the upgrade. */
    private static List<Map<String, Object>> missing(Map<Integer, Set<Map<String, Object>>> expected,
                                                     Map<Integer, Set<Map<String, Object>>> present) {
        List<Map<String, Object>> missing = new ArrayList<>();
        for (Map.Entry<Integer, Set<Map<String, Object>>> thanks : expected.entrySet()) {
            Set<Map<String, Object>> there = present.getOrDefault(thanks.getKey(), Set.of());
            if (!thanks.getValue().containsAll(there)) {
                throw new IllegalStateException("The child rows of thanks " + thanks.getKey()
                        + " hold entries its lists do not; the upgrade stops without changing them");
            }
            thanks.getValue().stream().filter(row -> !there.contains(row)).forEach(missing::add);
        }
        return missing;
    }

    private static void verify(String table, Map<Integer, Set<Map<String, Object>>> expected,
                               Map<Integer, Set<Map<String, Object>>> present) {
        for (Map.Entry<Integer, Set<Map<String, Object>>> thanks : expected.entrySet()) {
            if (!thanks.getValue().equals(present.getOrDefault(thanks.getKey(), Set.of()))) {
                throw new IllegalStateException(table + " does not match the lists of thanks " + thanks.getKey()
                        + " after the copy");
            }
        }
    }

    private static Map<Integer, Set<Map<String, Object>>> readPeople(ActiveObjects ao, int first, int last) {
        Map<Integer, Set<Map<String, Object>>> read = new HashMap<>();
        for (AoThanksPerson row : ao.find(AoThanksPerson.class, Query.select(String.join(", ", "ID",
                        AoThanksPerson.THANKS_ID, AoThanksPerson.USER_KEY, AoThanksPerson.ROLE,
                        AoThanksPerson.VISIBILITY))
                .where(AoThanksPerson.THANKS_ID + " >= ? AND " + AoThanksPerson.THANKS_ID + " <= ?", first, last))) {
            read.computeIfAbsent(row.getThanksId(), id -> new HashSet<>()).add(Map.of(
                    AoThanksPerson.THANKS_ID, row.getThanksId(), AoThanksPerson.USER_KEY, row.getUserKey(),
                    AoThanksPerson.ROLE, row.getRole(), AoThanksPerson.VISIBILITY, row.getVisibility()));
        }
        return read;
    }

    private static Map<Integer, Set<Map<String, Object>>> readDepartments(ActiveObjects ao, int first, int last) {
        Map<Integer, Set<Map<String, Object>>> read = new HashMap<>();
        for (AoThanksDepartment row : ao.find(AoThanksDepartment.class, Query.select(String.join(", ", "ID",
                        AoThanksDepartment.THANKS_ID, AoThanksDepartment.DEPARTMENT_KEY, AoThanksDepartment.AS_SENDER,
                        AoThanksDepartment.AS_RECIPIENT, AoThanksDepartment.AS_WHOLE))
                .where(AoThanksDepartment.THANKS_ID + " >= ? AND " + AoThanksDepartment.THANKS_ID + " <= ?",
                        first, last))) {
            read.computeIfAbsent(row.getThanksId(), id -> new HashSet<>()).add(Map.of(
                    AoThanksDepartment.THANKS_ID, row.getThanksId(),
                    AoThanksDepartment.DEPARTMENT_KEY, row.getDepartmentKey(),
                    AoThanksDepartment.AS_SENDER, row.isAsSender(), AoThanksDepartment.AS_RECIPIENT,
                    row.isAsRecipient(), AoThanksDepartment.AS_WHOLE, row.isAsWhole()));
        }
        return read;
    }
}
