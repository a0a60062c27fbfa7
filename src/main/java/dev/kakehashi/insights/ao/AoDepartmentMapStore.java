package dev.kakehashi.insights.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import dev.kakehashi.collaboration.Step;
import dev.kakehashi.collaboration.ao.AoRequest;
import dev.kakehashi.goals.GoalStatus;
import dev.kakehashi.goals.ao.AoGoal;
import dev.kakehashi.goals.ao.AoGoalItem;
import dev.kakehashi.insights.CellFigures;
import dev.kakehashi.insights.Contact;
import dev.kakehashi.insights.DepartmentMapStore;
import dev.kakehashi.insights.PairFigures;
import dev.kakehashi.insights.PeriodFigures;
import dev.kakehashi.insights.Tally;
import dev.kakehashi.knowledge.ao.AoKnowledgePage;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.thanks.Thanks;
import dev.kakehashi.thanks.ao.AoThanks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The department map's aggregates in DEPT_MAP_CELL, the minimum group in SETTING, and the raw contacts: thanks and
 * requests counted by the database ({@link #count}), or read straight from THANKS, COLLAB_REQUEST, GOAL with GOAL_ITEM
 * and KNOWLEDGE_PAGE ({@link #scan}), each streamed once with only the columns the map needs (a thanks row carries its
 * people and departments itself, so no child table is joined).
 */
public class AoDepartmentMapStore implements DepartmentMapStore {
    static final String MINIMUM_GROUP = "insights.minimumGroup";

    private static final Logger LOG = LoggerFactory.getLogger(AoDepartmentMapStore.class);

    private final ActiveObjects ao;
    private final SqlContactCount sql;
    private final KeptContactCount kept;

    /**
     * @param executors the host's JDBC access, with which the thanks and requests are counted in the database; when
     *                  a count there fails, the rows are read and counted here instead
     */
    public AoDepartmentMapStore(ActiveObjects ao, TransactionalExecutorFactory executors) {
        this.ao = ao;
        this.sql = new SqlContactCount(executors);
        this.kept = new KeptContactCount(executors);
    }

    /**
     * Thanks and requests from the kept per-day counts ({@link KeptContactCount}), brought up to date first; knowledge
     * pages and goals read and counted here. Where the days cannot be kept (a time zone whose offset changes) or
     * keeping them fails, {@link #count}.
     */
    @Override
    public void countNightly(LocalDate from, LocalDate to, ZoneId zone, Tally tally, boolean rebuild) {
        try {
            kept.count(from, to, zone, tally, rebuild);
        } catch (UnsupportedOperationException e) {
            count(from, to, zone, tally);
            return;
        } catch (RuntimeException e) {
            LOG.warn("Keeping the department map's days failed; counting every day instead", e);
            count(from, to, zone, tally);
            return;
        }
        scanKnowledge(from, to, zone, tally::add);
        scanGoals(from, to, zone, tally::add);
    }

    /**
     * Thanks and requests counted by the database ({@link SqlContactCount}), knowledge pages and goals (few rows, and
     * a goal counts on every day it was active) read and counted here. Should the database's count fail, everything
     * is read and counted here, with a warning in the log.
     */
    @Override
    public void count(LocalDate from, LocalDate to, ZoneId zone, Tally tally) {
        try {
            sql.count(from, to, zone, tally);
        } catch (RuntimeException e) {
            LOG.warn("Counting the department map in the database failed; reading the rows instead", e);
            scan(from, to, zone, tally::add);
            return;
        }
        scanKnowledge(from, to, zone, tally::add);
        scanGoals(from, to, zone, tally::add);
    }

    @Override
    public void scan(LocalDate from, LocalDate to, ZoneId zone, Consumer<Contact> sink) {
        long start = from.atStartOfDay(zone).toInstant().toEpochMilli();
        long end = to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        ao.stream(AoThanks.class, Query.select(String.join(", ", "ID", AoThanks.CREATED_AT, AoThanks.SENDER_KEY,
                        AoThanks.RECIPIENT_KEYS, AoThanks.SENDER_DEPARTMENTS, AoThanks.RECIPIENT_DEPARTMENTS))
                .where(AoThanks.STATE + " = ? AND " + AoThanks.VISIBILITY + " = ? AND " + AoThanks.CREATED_AT
                        + " >= ? AND " + AoThanks.CREATED_AT + " < ?", Thanks.State.ACTIVE.name(),
                        Thanks.Visibility.PUBLIC.name(), start, end), row -> {
                    List<String> people = new ArrayList<>(split(row.getRecipientKeys()));
                    people.add(row.getSenderKey());
                    sink.accept(Contact.thanks(day(row.getCreatedAt(), zone), split(row.getSenderDepartments()),
                            split(row.getRecipientDepartments()), people));
                });
        ao.stream(AoRequest.class, Query.select(String.join(", ", "ID", AoRequest.CREATED_AT,
                        AoRequest.FROM_DEPARTMENT, AoRequest.TO_DEPARTMENT, AoRequest.STEP, AoRequest.REQUESTER_KEY,
                        AoRequest.PARTNER_CONTACT_KEY, AoRequest.DECISION_OWNER_KEY))
                .where(AoRequest.CREATED_AT + " >= ? AND " + AoRequest.CREATED_AT + " < ?", start, end), row -> {
                    if (row.getFromDepartment() == null || row.getToDepartment() == null) {
                        return;
                    }
                    boolean done = row.getStep() != null && row.getStep() >= Step.RESULT_SHARED.number();
                    sink.accept(Contact.request(day(row.getCreatedAt(), zone), row.getFromDepartment(),
                            row.getToDepartment(), done, present(row.getRequesterKey(), row.getPartnerContactKey(),
                                    row.getDecisionOwnerKey())));
                });
        scanKnowledge(from, to, zone, sink);
        scanGoals(from, to, zone, sink);
    }

    private void scanKnowledge(LocalDate from, LocalDate to, ZoneId zone, Consumer<Contact> sink) {
        long start = from.atStartOfDay(zone).toInstant().toEpochMilli();
        long end = to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        ao.stream(AoKnowledgePage.class, Query.select(String.join(", ", "ID", AoKnowledgePage.CREATED_AT,
                        AoKnowledgePage.DEPARTMENTS, AoKnowledgePage.CREATOR_KEY))
                .where(AoKnowledgePage.CREATED_AT + " >= ? AND " + AoKnowledgePage.CREATED_AT + " < ?", start, end),
                row -> sink.accept(Contact.knowledge(day(row.getCreatedAt(), zone), split(row.getDepartments()),
                        present(row.getCreatorKey()))));
    }

    private record GoalSpan(LocalDate start, LocalDate end, String owner) {
    }

    /** Goals whose active days meet the range: started on or before its end, and still going or ended in it. */
    private void scanGoals(LocalDate from, LocalDate to, ZoneId zone, Consumer<Contact> sink) {
        Map<Integer, GoalSpan> goals = new HashMap<>();
        ao.stream(AoGoal.class, Query.select("ID, START_DATE, CREATED_AT, UPDATED_AT, STATUS, OWNER_KEY"), row -> {
            LocalDate created = day(row.getCreatedAt(), zone);
            LocalDate start = date(row.getStartDate(), created);
            boolean going = !GoalStatus.DONE.name().equals(row.getStatus())
                    && !GoalStatus.PAUSED.name().equals(row.getStatus());
            LocalDate end = going ? null : day(row.getUpdatedAt() == null ? row.getCreatedAt() : row.getUpdatedAt(),
                    zone);
            if (end != null && end.isBefore(start)) {
                end = start;
            }
            if (!start.isAfter(to) && (end == null || !end.isBefore(from))) {
                goals.put(row.getID(), new GoalSpan(start, end, row.getOwnerKey()));
            }
        });
        if (goals.isEmpty()) {
            return;
        }
        Map<Integer, Set<String>> departments = new HashMap<>();
        Map<Integer, Set<String>> people = new HashMap<>();
        ao.stream(AoGoalItem.class, Query.select(String.join(", ", "ID", AoGoalItem.GOAL_ID, AoGoalItem.ITEM_KEY,
                        AoGoalItem.CONTACT_KEY)).where(AoGoalItem.KIND + " = ?", AoGoalItem.Kind.DEPARTMENT.name()),
                row -> {
                    if (goals.containsKey(row.getGoalId()) && row.getItemKey() != null) {
                        departments.computeIfAbsent(row.getGoalId(), g -> new LinkedHashSet<>()).add(row.getItemKey());
                        if (row.getContactKey() != null && !row.getContactKey().isEmpty()) {
                            people.computeIfAbsent(row.getGoalId(), g -> new LinkedHashSet<>())
                                    .add(row.getContactKey());
                        }
                    }
                });
        for (Map.Entry<Integer, Set<String>> goal : departments.entrySet()) {
            GoalSpan span = goals.get(goal.getKey());
            Set<String> who = new LinkedHashSet<>(people.getOrDefault(goal.getKey(), Set.of()));
            if (span.owner() != null && !span.owner().isEmpty()) {
                who.add(span.owner());
            }
            sink.accept(Contact.goal(span.start(), span.end(), List.copyOf(goal.getValue()), List.copyOf(who)));
        }
    }

    private static LocalDate day(Long millis, ZoneId zone) {
        return Instant.ofEpochMilli(millis == null ? 0 : millis).atZone(zone).toLocalDate();
    }

    private static LocalDate date(String text, LocalDate otherwise) {
        if (text == null || text.isEmpty()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }

    /** {@code |a|b|} as its items. */
    static List<String> split(String joined) {
        if (joined == null || joined.length() <= 2) {
            return List.of();
        }
        return Arrays.stream(joined.substring(1, joined.length() - 1).split("\\|")).filter(s -> !s.isEmpty())
                .toList();
    }

    private static List<String> present(String... keys) {
        List<String> found = new ArrayList<>(keys.length);
        for (String key : keys) {
            if (key != null && !key.isEmpty()) {
                found.add(key);
            }
        }
        return found;
    }

    @Override
    public void replace(Map<String, PeriodFigures> windows, Instant computedAt) {
        long at = computedAt.toEpochMilli();
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row(AoDeptMapCell.RUN, "*", "*", false, 0, 0, 0, 0, 0, 0, 0, null, at));
        for (Map.Entry<String, PeriodFigures> window : windows.entrySet()) {
            for (CellFigures c : window.getValue().cells()) {
                rows.add(row(window.getKey(), c.from(), c.to(), false, c.requests(), c.requestsDone(), c.thanks(),
                        c.goals(), c.knowledge(), c.events(), c.people(), null, at));
            }
            for (PairFigures p : window.getValue().pairs()) {
                rows.add(row(window.getKey(), p.a(), p.b(), true, 0, 0, 0, 0, 0, 0, p.people(),
                        p.lastContact() == null ? null : p.lastContact().toString(), at));
            }
        }
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(AoDeptMapCell.class, "ID > ?", 0);
            for (int i = 0; i < rows.size(); i += 500) {
                ao.create(AoDeptMapCell.class, rows.subList(i, Math.min(rows.size(), i + 500)));
            }
            return null;
        });
    }

    private static Map<String, Object> row(String window, String from, String to, boolean pair, int requests,
                                           int done, int thanks, int goals, int knowledge, int events,
                                           int people, String lastContact, long at) {
        Map<String, Object> row = new HashMap<>();
        row.put(AoDeptMapCell.WINDOW_KEY, window);
        row.put(AoDeptMapCell.FROM_DEPT, from);
        row.put(AoDeptMapCell.TO_DEPT, to);
        row.put(AoDeptMapCell.PAIR, pair);
        row.put(AoDeptMapCell.REQUESTS, requests);
        row.put(AoDeptMapCell.REQUESTS_DONE, done);
        row.put(AoDeptMapCell.THANKS, thanks);
        row.put(AoDeptMapCell.GOALS, goals);
        row.put(AoDeptMapCell.KNOWLEDGE, knowledge);
        row.put(AoDeptMapCell.EVENTS, events);
        row.put(AoDeptMapCell.PEOPLE, people);
        row.put(AoDeptMapCell.LAST_CONTACT, lastContact);
        row.put(AoDeptMapCell.COMPUTED_AT, at);
        return row;
    }

    @Override
    public Stored read(String... windows) {
        List<Object> keys = new ArrayList<>(Arrays.asList((Object[]) windows));
        keys.add(AoDeptMapCell.RUN);
        AoDeptMapCell[] rows = ao.find(AoDeptMapCell.class, Query.select(AoDeptMapCell.SELECT)
                .where(AoDeptMapCell.WINDOW_KEY + " IN (" + String.join(", ", java.util.Collections.nCopies(
                        keys.size(), "?")) + ")", keys.toArray()).order("ID"));
        Instant computedAt = null;
        Map<String, List<CellFigures>> cells = new LinkedHashMap<>();
        Map<String, List<PairFigures>> pairs = new LinkedHashMap<>();
        for (AoDeptMapCell row : rows) {
            if (AoDeptMapCell.RUN.equals(row.getWindowKey())) {
                computedAt = Instant.ofEpochMilli(row.getComputedAt());
            } else if (row.isPair()) {
                pairs.computeIfAbsent(row.getWindowKey(), w -> new ArrayList<>()).add(new PairFigures(
                        row.getFromDept(), row.getToDept(), row.getPeople(),
                        row.getLastContact() == null ? null : LocalDate.parse(row.getLastContact())));
            } else {
                cells.computeIfAbsent(row.getWindowKey(), w -> new ArrayList<>()).add(new CellFigures(
                        row.getFromDept(), row.getToDept(), row.getRequests(), row.getRequestsDone(),
                        row.getThanks(), row.getGoals(), row.getKnowledge(),
                        row.getEvents() == null ? 0 : row.getEvents(), row.getPeople()));
            }
        }
        Map<String, PeriodFigures> found = new LinkedHashMap<>();
        for (String window : windows) {
            found.put(window, new PeriodFigures(cells.getOrDefault(window, List.of()),
                    pairs.getOrDefault(window, List.of())));
        }
        return new Stored(found, computedAt);
    }

    @Override
    public int minimumGroup() {
        AoSetting[] rows = setting();
        if (rows.length == 0 || rows[0].getSettingValue() == null) {
            return DEFAULT_MINIMUM_GROUP;
        }
        try {
            return Math.max(3, Integer.parseInt(rows[0].getSettingValue()));
        } catch (NumberFormatException e) {
            return DEFAULT_MINIMUM_GROUP;
        }
    }

    private AoSetting[] setting() {
        return ao.find(AoSetting.class, Query.select("ID, " + AoSetting.NAME + ", " + AoSetting.VALUE)
                .where(AoSetting.NAME + " = ?", MINIMUM_GROUP));
    }

    @Override
    public void saveMinimumGroup(int k) {
        ao.executeInTransaction(() -> {
            AoSetting[] rows = setting();
            String value = Integer.toString(k);
            if (rows.length == 0) {
                ao.create(AoSetting.class, new net.java.ao.DBParam(AoSetting.NAME, MINIMUM_GROUP),
                        new net.java.ao.DBParam(AoSetting.VALUE, value));
            } else {
                rows[0].setSettingValue(value);
                rows[0].save();
            }
            return null;
        });
    }
}
