package dev.kakehashi.goals.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.goals.Cadence;
import dev.kakehashi.goals.Goal;
import dev.kakehashi.goals.GoalQuery;
import dev.kakehashi.goals.GoalStatus;
import dev.kakehashi.goals.GoalStore;
import dev.kakehashi.goals.GoalUpdate;
import dev.kakehashi.goals.Measure;
import dev.kakehashi.goals.Milestone;
import dev.kakehashi.goals.Participant;
import dev.kakehashi.platform.ao.AoIds;
import dev.kakehashi.platform.ao.AoLike;
import dev.kakehashi.platform.ao.AoVersions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Goals and their history in Active Objects. A goal is one row; a card reads it and its latest history entries (two
 * statements); a list reads the ids of the matching goals and then the page it shows (two statements).
 */
public class AoGoalStore implements GoalStore {
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
                    new DBParam(AoGoal.DEPARTMENTS, departments(goal)), new DBParam("MEASURE_KIND",
                            goal.measure().kind().name()), new DBParam("START_DATE", goal.startDate().toString()),
                    new DBParam(AoGoal.DUE_DATE, goal.dueDate().toString()),
                    new DBParam(AoGoal.STATUS, goal.status().name()), new DBParam("CADENCE", goal.cadence().name()),
                    new DBParam(AoGoal.LABELS, joined(goal.labels())),
                    new DBParam(AoGoal.PROGRESS, goal.measure().progress()),
                    new DBParam("CREATED_AT", goal.createdAt().toEpochMilli()),
                    new DBParam(AoGoal.UPDATED_AT, goal.updatedAt().toEpochMilli()),
                    new DBParam(AoGoal.VERSION, goal.version()));
            Goal stored = goal.withId(row.getID());
            copy(stored, row);
            row.save();
            write(new GoalUpdate(stored.id(), 0, created.kind(), created.value(), created.milestonesDone(),
                    created.status(), created.comment(), created.authorKey(), created.at()));
            return stored;
        });
    }

    @Override
    public Optional<Goal> find(long id) {
        if (!AoIds.inRange(id)) {
            return Optional.empty();
        }
        AoGoal[] rows = ao.find(AoGoal.class, Query.select().where("ID = ?", (int) id));
        return rows.length == 0 ? Optional.empty() : Optional.of(toGoal(rows[0]));
    }

    @Override
    public Optional<Goal> findByHomePage(long pageId) {
        AoGoal[] rows = ao.find(AoGoal.class, Query.select().where(AoGoal.HOME_PAGE_ID + " = ?", pageId)
                .order("ID DESC").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(toGoal(rows[0]));
    }

    @Override
    public boolean update(Goal goal, GoalUpdate entry) {
        return AoVersions.writeNext(ao, () -> write(entry),
                () -> ao.find(AoGoal.class, Query.select().where("ID = ? AND " + AoGoal.VERSION + " = ?",
                        (int) goal.id(), goal.version() - 1)),
                row -> copy(goal, row));
    }

    @Override
    public List<GoalUpdate> history(long goalId, int limit) {
        AoGoalUpdate[] rows = ao.find(AoGoalUpdate.class, Query.select()
                .where(AoGoalUpdate.GOAL_ID + " = ?", goalId).order("ID DESC").limit(limit));
        List<GoalUpdate> entries = new ArrayList<>();
        for (AoGoalUpdate row : rows) {
            String version = row.getGoalVersion();
            entries.add(new GoalUpdate(row.getGoalId(), Integer.parseInt(version.substring(version.indexOf(':') + 1)),
                    GoalUpdate.Kind.valueOf(row.getKind()), row.getGoalValue() == null ? 0 : row.getGoalValue(),
                    row.getMilestonesDone() == null ? 0 : row.getMilestonesDone(), GoalStatus.valueOf(row.getStatus()),
                    row.getUpdateComment(), row.getAuthorKey(), Instant.ofEpochMilli(row.getHappenedAt())));
        }
        Collections.reverse(entries);
        return entries;
    }

    @Override
    public List<Listed> matching(GoalQuery query, int cap) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (query.spaceKey() != null) {
            clauses.add(AoGoal.SPACE_KEY + " = ?");
            params.add(query.spaceKey());
        }
        if (query.departmentKey() != null) {
            clauses.add(AoGoal.DEPARTMENTS + " LIKE ?" + AoLike.ESCAPE);
            params.add(containing(query.departmentKey()));
        }
        if (query.status() != null) {
            clauses.add(AoGoal.STATUS + " = ?");
            params.add(query.status().name());
        }
        if (query.label() != null) {
            clauses.add(AoGoal.LABELS + " LIKE ?" + AoLike.ESCAPE);
            params.add(containing(query.label()));
        }
        String order = switch (query.sort()) {
            case DUE -> AoGoal.DUE_DATE + " ASC, ID ASC";
            case PROGRESS -> AoGoal.PROGRESS + " DESC, ID ASC";
            case UPDATED -> AoGoal.UPDATED_AT + " DESC, ID DESC";
            case TITLE -> AoGoal.TITLE + " ASC, ID ASC";
        };
        Query select = Query.select("ID, " + AoGoal.SPACE_KEY + ", " + AoGoal.DUE_DATE + ", " + AoGoal.PROGRESS + ", "
                + AoGoal.UPDATED_AT + ", " + AoGoal.TITLE);
        if (!clauses.isEmpty()) {
            select = select.where(String.join(" AND ", clauses), params.toArray());
        }
        AoGoal[] rows = ao.find(AoGoal.class, select.order(order).limit(cap));
        return Arrays.stream(rows).map(r -> new Listed(r.getID(), r.getSpaceKey())).toList();
    }

    @Override
    public List<Goal> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
        AoGoal[] rows = ao.find(AoGoal.class, Query.select().where("ID IN (" + marks + ")",
                ids.stream().map(Long::intValue).toArray()));
        Map<Long, Goal> byId = new HashMap<>();
        for (AoGoal row : rows) {
            byId.put((long) row.getID(), toGoal(row));
        }
        return ids.stream().map(byId::get).filter(g -> g != null).toList();
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
                new DBParam("HAPPENED_AT", entry.at().toEpochMilli()));
    }

    private static void copy(Goal g, AoGoal row) {
        row.setTitle(g.title());
        row.setDescription(g.description());
        row.setOwnerKey(g.ownerKey());
        row.setParticipants(g.participants().stream().map(p -> p.departmentKey() + "\t" + p.contactKey() + "\t"
                + p.contribution()).collect(Collectors.joining("\n")));
        row.setDepartments(departments(g));
        Measure m = g.measure();
        row.setMeasureKind(m.kind().name());
        row.setStartValue(m.start());
        row.setTargetValue(m.target());
        row.setCurrentValue(m.current());
        row.setUnit(m.unit());
        row.setMilestones(m.milestones().stream().map(ms -> (ms.done() ? "1" : "0") + "\t" + ms.title())
                .collect(Collectors.joining("\n")));
        row.setStartDate(g.startDate().toString());
        row.setDueDate(g.dueDate().toString());
        row.setStatus(g.status().name());
        row.setCadence(g.cadence().name());
        row.setLabels(joined(g.labels()));
        row.setProgress(m.progress());
        row.setUpdatedAt(g.updatedAt().toEpochMilli());
        row.setLastUpdateAt(g.lastUpdateAt() == null ? null : g.lastUpdateAt().toEpochMilli());
        row.setVersion(g.version());
    }

    private static Goal toGoal(AoGoal row) {
        List<Participant> participants = new ArrayList<>();
        for (String line : lines(row.getParticipants())) {
            String[] parts = line.split("\t", 3);
            participants.add(new Participant(parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : ""));
        }
        List<Milestone> milestones = new ArrayList<>();
        for (String line : lines(row.getMilestones())) {
            milestones.add(new Milestone(line.substring(2), line.charAt(0) == '1'));
        }
        Measure measure = new Measure(Measure.Kind.valueOf(row.getMeasureKind()), value(row.getStartValue()),
                value(row.getTargetValue()), value(row.getCurrentValue()), row.getUnit(), milestones);
        return new Goal(row.getID(), row.getSpaceKey(), row.getHomePageId() == null ? 0 : row.getHomePageId(),
                row.getTitle(), row.getDescription(), row.getOwnerKey(),
                participants, measure, LocalDate.parse(row.getStartDate()), LocalDate.parse(row.getDueDate()),
                GoalStatus.valueOf(row.getStatus()), Cadence.valueOf(row.getCadence()), split(row.getLabels()),
                Instant.ofEpochMilli(row.getCreatedAt()), Instant.ofEpochMilli(row.getUpdatedAt()),
                row.getLastUpdateAt() == null ? null : Instant.ofEpochMilli(row.getLastUpdateAt()), row.getVersion());
    }

    private static double value(Double v) {
        return v == null ? 0 : v;
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    private static String departments(Goal g) {
        return joined(g.participants().stream().map(Participant::departmentKey).toList());
    }

    private static String joined(List<String> keys) {
        return "|" + String.join("|", keys) + "|";
    }

    private static List<String> split(String joined) {
        if (joined == null || joined.length() <= 2) {
            return List.of();
        }
        return List.of(joined.substring(1, joined.length() - 1).split("\\|"));
    }

    /** A LIKE pattern matching exactly one entry (use with {@code LIKE ?} + {@link AoLike#ESCAPE}). */
    private static String containing(String key) {
        return AoLike.entryOf(key);
    }
}
