package dev.kakehashi.goals.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.goals.Cadence;
import dev.kakehashi.goals.Goal;
import dev.kakehashi.goals.GoalQuery;
import dev.kakehashi.goals.GoalStatus;
import dev.kakehashi.goals.GoalStore;
import dev.kakehashi.goals.GoalUpdate;
import dev.kakehashi.goals.Measure;
import dev.kakehashi.platform.ao.AoIds;
import dev.kakehashi.platform.ao.AoVersions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Goals and their history in Active Objects. A goal is one row of GOAL and the rows of its lists in GOAL_ITEM. A card
 * reads the goal, its lists and its latest history entries (three statements); a list page counts the matching goals
 * in the spaces it is given, reads the page's goals and then their lists (three statements, whatever the number of
 * goals).
 */
public class AoGoalStore implements GoalStore {
    private static final String GOAL = "g";
    private static final String DEPARTMENT = "d";
    private static final String LABEL = "l";
    private static final String GOAL_COLUMNS = String.join(", ", "ID", AoGoal.SPACE_KEY, AoGoal.HOME_PAGE_ID,
            AoGoal.TITLE, "DESCRIPTION", "OWNER_KEY", "MEASURE_KIND", "START_VALUE", "TARGET_VALUE", "CURRENT_VALUE",
            "UNIT", "START_DATE", AoGoal.DUE_DATE, AoGoal.STATUS, "CADENCE", AoGoal.PROGRESS, "CREATED_AT",
            AoGoal.UPDATED_AT, "LAST_UPDATE_AT", AoGoal.VERSION);

    private final ActiveObjects ao;

    public AoGoalStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Goal insert(Goal goal, GoalUpdate created) {
        return ao.executeInTransaction(() -> {
            AoGoal row = ao.create(AoGoal.class, new DBParam(AoGoal.SPACE_KEY, goal.spaceKey()),
                    new DBParam(AoGoal.HOME_PAGE_ID, goal.homePageId()),
                    new DBParam(AoGoal.TITLE, goal.title()), new DBParam("OWNER_KEY", goal.ownerKey()),
                    new DBParam(AoGoal.DEPARTMENTS, AoGoal.IN_ITEMS), new DBParam("MEASURE_KIND",
                            goal.measure().kind().name()), new DBParam("START_DATE", goal.startDate().toString()),
                    new DBParam(AoGoal.DUE_DATE, goal.dueDate().toString()),
                    new DBParam(AoGoal.STATUS, goal.status().name()), new DBParam("CADENCE", goal.cadence().name()),
                    new DBParam(AoGoal.LABELS, AoGoal.IN_ITEMS),
                    new DBParam(AoGoal.PROGRESS, goal.measure().progress()),
                    new DBParam("CREATED_AT", goal.createdAt().toEpochMilli()),
                    new DBParam(AoGoal.UPDATED_AT, goal.updatedAt().toEpochMilli()),
                    new DBParam(AoGoal.VERSION, goal.version()));
            Goal stored = goal.withId(row.getID());
            copy(stored, row);
            row.save();
            writeLists(row.getID(), stored);
            write(new GoalUpdate(stored.id(), 0, created.kind(), created.value(), created.milestonesDone(),
                    created.status(), created.comment(), created.authorKey(), created.at(), created.ownerKey()));
            return stored;
        });
    }

    @Override
    public Optional<Goal> find(long id) {
        if (!AoIds.inRange(id)) {
            return Optional.empty();
        }
        return first(ao.find(AoGoal.class, Query.select(GOAL_COLUMNS).where("ID = ?", (int) id)));
    }

    @Override
    public List<Goal> activeAfter(long afterId, int limit) {
        if (afterId < 0 || afterId >= Integer.MAX_VALUE) {
            return List.of();
        }
        return withLists(ao.find(AoGoal.class, Query.select(GOAL_COLUMNS).where("ID > ? AND " + AoGoal.STATUS
                + " NOT IN (?, ?)", (int) afterId, GoalStatus.DONE.name(), GoalStatus.PAUSED.name()).order("ID")
                .limit(limit)));
    }

    @Override
    public List<Titled> titled(String text, Collection<String> spaceKeys, int limit) {
        if (spaceKeys.isEmpty() || limit <= 0) {
            return List.of();
        }
        String wanted = folded(text == null ? "" : text.strip());
        List<Titled> found = new ArrayList<>();
        for (AoGoal row : ao.find(AoGoal.class, Query.select(String.join(", ", "ID", AoGoal.TITLE, AoGoal.SPACE_KEY,
                        AoGoal.HOME_PAGE_ID))
                .where(AoGoal.SPACE_KEY + " IN (" + String.join(", ", Collections.nCopies(spaceKeys.size(), "?"))
                        + ")", spaceKeys.toArray())
                .order("ID DESC").limit(TITLE_SCAN))) {
            if (folded(row.getTitle()).contains(wanted)) {
                found.add(new Titled(row.getID(), row.getTitle(), row.getSpaceKey(),
                        row.getHomePageId() == null ? 0 : row.getHomePageId()));
                if (found.size() >= limit) {
                    break;
                }
            }
        }
        return found;
    }

    /** Text as titles are compared: NFKC (full-width letters as ASCII, half-width kana as full-width), lower case. */
    static String folded(String text) {
        return java.text.Normalizer.normalize(text == null ? "" : text, java.text.Normalizer.Form.NFKC)
                .toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public Optional<Goal> findByHomePage(long pageId) {
        return first(ao.find(AoGoal.class, Query.select(GOAL_COLUMNS).where(AoGoal.HOME_PAGE_ID + " = ?", pageId)
                .order("ID DESC").limit(1)));
    }

    private Optional<Goal> first(AoGoal[] rows) {
        return rows.length == 0 ? Optional.empty() : Optional.of(withLists(rows).get(0));
    }

    @Override
    public boolean update(Goal goal, GoalUpdate entry) {
        return AoVersions.writeNext(ao, () -> write(entry),
                () -> ao.find(AoGoal.class, Query.select().where("ID = ? AND " + AoGoal.VERSION + " = ?",
                        (int) goal.id(), goal.version() - 1)),
                row -> {
                    copy(goal, row);
                    rewriteLists(row.getID(), goal);
                });
    }

    @Override
    public List<GoalUpdate> history(long goalId, int limit) {
        List<GoalUpdate> entries = historyPage(goalId, 0, limit);
        Collections.reverse(entries);
        return entries;
    }

    @Override
    public History history(long goalId, int offset, int limit) {
        int total = ao.count(AoGoalUpdate.class, Query.select().where(AoGoalUpdate.GOAL_ID + " = ?", goalId));
        return new History(total == 0 || offset >= total ? List.of() : historyPage(goalId, offset, limit), total);
    }

    /** Entries newest first, from an offset. */
    private List<GoalUpdate> historyPage(long goalId, int offset, int limit) {
        Query query = Query.select().where(AoGoalUpdate.GOAL_ID + " = ?", goalId).order("ID DESC").limit(limit);
        AoGoalUpdate[] rows = ao.find(AoGoalUpdate.class, offset > 0 ? query.offset(offset) : query);
        List<GoalUpdate> entries = new ArrayList<>();
        for (AoGoalUpdate row : rows) {
            String version = row.getGoalVersion();
            entries.add(new GoalUpdate(row.getGoalId(), Integer.parseInt(version.substring(version.indexOf(':') + 1)),
                    GoalUpdate.Kind.valueOf(row.getKind()), row.getGoalValue() == null ? 0 : row.getGoalValue(),
                    row.getMilestonesDone() == null ? 0 : row.getMilestonesDone(), GoalStatus.valueOf(row.getStatus()),
                    row.getUpdateComment(), row.getAuthorKey(), Instant.ofEpochMilli(row.getHappenedAt()),
                    row.getNewOwnerKey()));
        }
        return entries;
    }

    @Override
    public Page page(GoalQuery query, Collection<String> spaceKeys) {
        if (spaceKeys.isEmpty()) {
            return new Page(List.of(), 0);
        }
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        clauses.add(GOAL + "." + AoGoal.SPACE_KEY + (spaceKeys.size() == 1 ? " = ?"
                : " IN (" + String.join(", ", Collections.nCopies(spaceKeys.size(), "?")) + ")"));
        params.addAll(spaceKeys);
        if (query.status() != null) {
            clauses.add(GOAL + "." + AoGoal.STATUS + " = ?");
            params.add(query.status().name());
        }
        if (query.departmentKey() != null) {
            clauses.add(DEPARTMENT + "." + AoGoalItem.KIND + " = ? AND " + DEPARTMENT + "." + AoGoalItem.ITEM_KEY
                    + " = ?");
            params.add(AoGoalItem.Kind.DEPARTMENT.name());
            params.add(query.departmentKey());
        }
        if (query.label() != null) {
            clauses.add(LABEL + "." + AoGoalItem.KIND + " = ? AND " + LABEL + "." + AoGoalItem.ITEM_KEY + " = ?");
            params.add(AoGoalItem.Kind.LABEL.name());
            params.add(query.label());
        }
        String where = String.join(" AND ", clauses);
        Object[] values = params.toArray();
        int total = ao.count(AoGoal.class, joined(Query.select("ID"), query).where(where, values));
        if (total <= query.offset()) {
            return new Page(List.of(), total);
        }
        String order = switch (query.sort()) {
            case DUE -> column(AoGoal.DUE_DATE) + " ASC, " + column("ID") + " ASC";
            case PROGRESS -> column(AoGoal.PROGRESS) + " DESC, " + column("ID") + " ASC";
            case UPDATED -> column(AoGoal.UPDATED_AT) + " DESC, " + column("ID") + " DESC";
            case TITLE -> column(AoGoal.TITLE) + " ASC, " + column("ID") + " ASC";
        };
        AoGoal[] rows = ao.find(AoGoal.class, joined(Query.select(GOAL_COLUMNS), query).where(where, values)
                .order(order).offset(query.offset()).limit(query.limit()));
        return new Page(withLists(rows), total);
    }

    /** The goals' table as {@code g}, joined to GOAL_ITEM once for each of the list's filters by department or label. */
    private static Query joined(Query select, GoalQuery query) {
        Query q = select.alias(AoGoal.class, GOAL);
        if (query.departmentKey() != null) {
            q = q.join(AoGoalItem.class, DEPARTMENT + "." + AoGoalItem.GOAL_ID + " = " + GOAL + ".ID")
                    .alias(AoGoalItem.class, DEPARTMENT);
        }
        if (query.label() != null) {
            q = q.join(AoGoalLabelMatch.class, LABEL + "." + AoGoalItem.GOAL_ID + " = " + GOAL + ".ID")
                    .alias(AoGoalLabelMatch.class, LABEL);
        }
        return q;
    }

    private static String column(String name) {
        return GOAL + "." + name;
    }

    /** The goals of these rows with their lists, in the rows' order: one statement for all their lists. */
    private List<Goal> withLists(AoGoal[] rows) {
        if (rows.length == 0) {
            return List.of();
        }
        Object[] ids = Arrays.stream(rows).map(AoGoal::getID).toArray();
        Map<Integer, GoalLists> lists = GoalLists.of(ao.find(AoGoalItem.class, Query.select(AoGoalItem.SELECT)
                .where(AoGoalItem.GOAL_ID + (ids.length == 1 ? " = ?"
                        : " IN (" + String.join(", ", Collections.nCopies(ids.length, "?")) + ")"), ids)));
        List<Goal> goals = new ArrayList<>();
        for (AoGoal row : rows) {
            goals.add(toGoal(row, lists.getOrDefault(row.getID(), GoalLists.NONE)));
        }
        return goals;
    }

    private void writeLists(int goalId, Goal goal) {
        for (Map<String, Object> row : lists(goal).rows(goalId)) {
            create(row);
        }
    }

    /**
     * Brings the goal's rows in GOAL_ITEM to its lists: a row whose place (list and position) stays is updated when it
     * changed, a new place is inserted, a place gone is deleted. A progress update writes no row or only the
     * milestones' {@code DONE}; inserting only when a list grows also keeps two writers of one goal from waiting on
     * each other inside the embedded database's insert lock.
     */
    private void rewriteLists(int goalId, Goal goal) {
        Map<String, AoGoalItem> byPlace = new HashMap<>();
        for (AoGoalItem item : ao.find(AoGoalItem.class, Query.select(AoGoalItem.SELECT)
                .where(AoGoalItem.GOAL_ID + " = ?", goalId))) {
            byPlace.put(item.getKind() + ":" + item.getPosition(), item);
        }
        for (Map<String, Object> row : lists(goal).rows(goalId)) {
            AoGoalItem item = byPlace.remove(row.get(AoGoalItem.KIND) + ":" + row.get(AoGoalItem.POSITION));
            if (item == null) {
                create(row);
            } else if (!Objects.equals(item.getItemKey(), row.get(AoGoalItem.ITEM_KEY))
                    || !Objects.equals(item.getContactKey(), row.get(AoGoalItem.CONTACT_KEY))
                    || !Objects.equals(item.getItemText(), row.get(AoGoalItem.ITEM_TEXT))
                    || !Objects.equals(item.getDone(), row.get(AoGoalItem.DONE))) {
                item.setItemKey((String) row.get(AoGoalItem.ITEM_KEY));
                item.setContactKey((String) row.get(AoGoalItem.CONTACT_KEY));
                item.setItemText((String) row.get(AoGoalItem.ITEM_TEXT));
                item.setDone((Boolean) row.get(AoGoalItem.DONE));
                item.save();
            }
        }
        if (!byPlace.isEmpty()) {
            ao.delete(byPlace.values().toArray(new AoGoalItem[0]));
        }
    }

    private void create(Map<String, Object> row) {
        ao.create(AoGoalItem.class, row.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> new DBParam(e.getKey(), e.getValue())).toArray(DBParam[]::new));
    }

    private static GoalLists lists(Goal goal) {
        return new GoalLists(goal.participants(), goal.labels(), goal.measure().milestones());
    }

    private void write(GoalUpdate entry) {
        ao.create(AoGoalUpdate.class,
                new DBParam(AoGoalUpdate.GOAL_ID, entry.goalId()),
                new DBParam(AoGoalUpdate.GOAL_VERSION, entry.goalId() + ":" + entry.version()),
                new DBParam("KIND", entry.kind().name()),
                new DBParam("GOAL_VALUE", entry.value()),
                new DBParam("MILESTONES_DONE", entry.milestonesDone()),
                new DBParam("STATUS", entry.status().name()),
                new DBParam("UPDATE_COMMENT", entry.comment()),
                new DBParam("AUTHOR_KEY", entry.authorKey()),
                new DBParam("HAPPENED_AT", entry.at().toEpochMilli()),
                new DBParam("NEW_OWNER_KEY", entry.ownerKey()));
    }

    private static void copy(Goal g, AoGoal row) {
        row.setTitle(g.title());
        row.setDescription(g.description());
        row.setOwnerKey(g.ownerKey());
        Measure m = g.measure();
        row.setMeasureKind(m.kind().name());
        row.setStartValue(m.start());
        row.setTargetValue(m.target());
        row.setCurrentValue(m.current());
        row.setUnit(m.unit());
        row.setStartDate(g.startDate().toString());
        row.setDueDate(g.dueDate().toString());
        row.setStatus(g.status().name());
        row.setCadence(g.cadence().name());
        row.setProgress(m.progress());
        row.setUpdatedAt(g.updatedAt().toEpochMilli());
        row.setLastUpdateAt(g.lastUpdateAt() == null ? null : g.lastUpdateAt().toEpochMilli());
        row.setVersion(g.version());
    }

    private static Goal toGoal(AoGoal row, GoalLists lists) {
        Measure measure = new Measure(Measure.Kind.valueOf(row.getMeasureKind()), value(row.getStartValue()),
                value(row.getTargetValue()), value(row.getCurrentValue()), row.getUnit(), lists.milestones());
        return new Goal(row.getID(), row.getSpaceKey(), row.getHomePageId() == null ? 0 : row.getHomePageId(),
                row.getTitle(), row.getDescription(), row.getOwnerKey(),
                lists.participants(), measure, LocalDate.parse(row.getStartDate()), LocalDate.parse(row.getDueDate()),
                GoalStatus.valueOf(row.getStatus()), Cadence.valueOf(row.getCadence()), lists.labels(),
                Instant.ofEpochMilli(row.getCreatedAt()), Instant.ofEpochMilli(row.getUpdatedAt()),
                row.getLastUpdateAt() == null ? null : Instant.ofEpochMilli(row.getLastUpdateAt()), row.getVersion());
    }

    private static double value(Double v) {
        return v == null ? 0 : v;
    }
}
