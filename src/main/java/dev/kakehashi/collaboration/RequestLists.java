package dev.kakehashi.collaboration;

import dev.kakehashi.admin.Department;
import dev.kakehashi.admin.DepartmentService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The requests to a person's departments (they are the partner) and from them, by step, with their ages: only the
 * requests whose issues the person may browse, read in bounded chunks of the (department, step, id) index so that a
 * page costs at most {@value #SCAN_MAX} rows however many requests there are, and never tells how many it left out.
 */
public class RequestLists {
    static final int PAGE_SIZE = 25;
    /** The most request rows one page reads; pages beyond it are not offered. */
    static final int SCAN_MAX = 500;
    static final int CHUNK = 50;
    /** The last page that can be asked for. */
    static final int LAST_PAGE = SCAN_MAX / PAGE_SIZE - 1;

    private final CollaborationStore store;
    private final RequestIssues issues;
    private final DepartmentService departments;
    private final Clock clock;

    public RequestLists(CollaborationStore store, RequestIssues issues, DepartmentService departments, Clock clock) {
        this.store = store;
        this.issues = issues;
        this.departments = departments;
        this.clock = clock;
    }

    /**
     * One request in a list: its issue, step, departments, due date, days since it was created and since it reached
     * its step (null when unknown), and whether it is overdue (due before today and not yet at step 5).
     */
    public record Row(String issueKey, String summary, boolean resolved, Step step, String fromDepartment,
                      String toDepartment, LocalDate due, long daysOpen, Long daysInStep, boolean overdue) {
    }

    /**
     * A page of a list: the viewer's departments (keys; empty when they belong to none), the rows in step order, the
     * page number (from 0), whether a next page exists, and whether the list stopped at the read bound.
     */
    public record Page(CollaborationStore.Side side, List<String> departments, List<Row> rows, int page,
                       boolean hasNext, boolean bounded) {
        public boolean hasPrevious() {
            return page > 0;
        }
    }

    /** The page of requests on this side of the viewer's departments. */
    public Page list(String viewerKey, CollaborationStore.Side side, int page) {
        int wanted = Math.max(0, Math.min(page, LAST_PAGE));
        List<String> mine = departments.departmentsOf(viewerKey).stream().map(Department::key).toList();
        if (mine.isEmpty()) {
            return new Page(side, mine, List.of(), wanted, false, false);
        }
        int skip = wanted * PAGE_SIZE;
        int visible = 0;
        List<Row> rows = new ArrayList<>();
        boolean more = false;
        boolean bounded = false;
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        for (int offset = 0; ; offset += CHUNK) {
            if (offset >= SCAN_MAX) {
                bounded = true;
                break;
            }
            List<CollaborationStore.Listed> chunk = store.listed(side, mine, offset, CHUNK);
            // One lookup of the chunk's issues in Jira, not one per row.
            Map<Long, RequestIssues.IssueRef> browsable = chunk.isEmpty() ? Map.of()
                    : issues.browsable(chunk.stream().map(CollaborationStore.Listed::issueId).toList(), viewerKey);
            for (CollaborationStore.Listed listed : chunk) {
                Optional<RequestIssues.IssueRef> issue = Optional.ofNullable(browsable.get(listed.issueId()));
                if (issue.isEmpty()) {
                    continue;
                }
                if (visible++ < skip) {
                    continue;
                }
                if (rows.size() == PAGE_SIZE) {
                    more = true;
                    break;
                }
                rows.add(row(issue.get(), listed, now, today));
            }
            if (more || chunk.size() < CHUNK) {
                break;
            }
        }
        return new Page(side, mine, rows, wanted, more && wanted < LAST_PAGE, bounded);
    }

    private static Row row(RequestIssues.IssueRef issue, CollaborationStore.Listed listed, Instant now,
                           LocalDate today) {
        boolean overdue = listed.dueDate() != null && listed.dueDate().isBefore(today)
                && listed.step().number() < Step.RESULT_SHARED.number() && !issue.resolved();
        return new Row(issue.key(), issue.summary(), issue.resolved(), listed.step(), listed.requestingDepartment(),
                listed.partnerDepartment(), listed.dueDate(), days(listed.createdAt(), now),
                listed.stepChangedAt() == null ? null : days(listed.stepChangedAt(), now), overdue);
    }

    private static long days(Instant from, Instant to) {
        return Math.max(0, ChronoUnit.DAYS.between(from, to));
    }
}
