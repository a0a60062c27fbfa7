package dev.kakehashi.collaboration.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.kakehashi.collaboration.CollaborationRequest;
import dev.kakehashi.collaboration.CollaborationStore;
import dev.kakehashi.collaboration.HistoryEntry;
import dev.kakehashi.collaboration.RequestKind;
import dev.kakehashi.collaboration.RequestSearch;
import dev.kakehashi.collaboration.Step;
import dev.kakehashi.platform.ao.AoErrors;
import dev.kakehashi.platform.ao.AoVersions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Requests and their history in Active Objects. Reading a request is one statement, its history one more; a change
 * is one transaction that writes the history entry of the new version first, so that a concurrent change of the same
 * version fails on the unique key and rolls back.
 */
public class AoCollaborationStore implements CollaborationStore {
    /** The host's Jackson (exported to apps by both products); thread-safe. */
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ActiveObjects ao;

    public AoCollaborationStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<CollaborationRequest> find(long issueId) {
        AoRequest[] rows = ao.find(AoRequest.class, Query.select().where(AoRequest.ISSUE_ID + " = ?", issueId));
        return rows.length == 0 ? Optional.empty() : Optional.of(toRequest(rows[0]));
    }

    @Override
    public List<CollaborationRequest> overdue(LocalDate day, Step notReached, int limit) {
        List<CollaborationRequest> found = new ArrayList<>();
        for (AoRequest row : ao.find(AoRequest.class, Query.select().where(AoRequest.DUE_DATE + " < ? AND "
                + AoRequest.STEP + " < ? AND " + AoRequest.RESOLVED_AT + " IS NULL", day.toString(),
                notReached.number()).order(AoRequest.DUE_DATE + ", ID").limit(limit))) {
            found.add(toRequest(row));
        }
        return found;
    }

    @Override
    public List<CollaborationRequest> after(long issueId, int limit) {
        return Arrays.stream(ao.find(AoRequest.class, Query.select().where(AoRequest.ISSUE_ID + " > ?", issueId)
                .order(AoRequest.ISSUE_ID).limit(limit))).map(AoCollaborationStore::toRequest).toList();
    }

    @Override
    public List<CollaborationRequest> servingGoal(long goalId, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return Arrays.stream(ao.find(AoRequest.class, Query.select().where(AoRequest.GOAL_ID + " = ?", goalId)
                .order("ID DESC").limit(limit))).map(AoCollaborationStore::toRequest).toList();
    }

    @Override
    public CollaborationRequest insert(CollaborationRequest request, HistoryEntry created) {
        try {
            return ao.executeInTransaction(() -> {
                ao.create(AoRequest.class, params(request).toArray(new DBParam[0]));
                writeEvent(created, request.version());
                return request;
            });
        } catch (RuntimeException e) {
            if (AoErrors.isConstraintViolation(e)) {
                throw new DuplicateRequest(request.issueId(), e);
            }
            throw e;
        }
    }

    @Override
    public boolean update(CollaborationRequest request, HistoryEntry entry) {
        return AoVersions.writeNext(ao, () -> writeEvent(entry, request.version()),
                () -> ao.find(AoRequest.class, Query.select().where(AoRequest.ISSUE_ID + " = ? AND " + AoRequest.VERSION
                        + " = ?", request.issueId(), request.version() - 1)),
                row -> copy(request, row));
    }

    @Override
    public List<HistoryEntry> history(long issueId, int limit) {
        AoRequestEvent[] rows = ao.find(AoRequestEvent.class, Query.select()
                .where(AoRequestEvent.ISSUE_ID + " = ?", issueId).order("ID DESC").limit(limit));
        List<HistoryEntry> entries = new ArrayList<>();
        for (AoRequestEvent row : rows) {
            entries.add(new HistoryEntry(row.getIssueId(), HistoryEntry.Event.valueOf(row.getEvent()),
                    step(row.getFromStep()), step(row.getToStep()), row.getActorKey() == null ? "" : row.getActorKey(),
                    Instant.ofEpochMilli(row.getHappenedAt()), row.getPageLink(), row.getPageTitle(),
                    changes(row.getChanges())));
        }
        Collections.reverse(entries);
        return entries;
    }

    @Override
    public List<PastRequest> between(String departmentA, String departmentB, long exceptIssueId, int limit) {
        AoRequest[] rows = ao.find(AoRequest.class, Query.select("ID, " + AoRequest.ISSUE_ID + ", " + AoRequest.STEP
                        + ", " + AoRequest.FROM_DEPARTMENT)
                .where(AoRequest.PAIR_KEY + " = ? AND " + AoRequest.ISSUE_ID + " <> ?", pair(departmentA, departmentB),
                        exceptIssueId)
                .order("ID DESC").limit(limit));
        return Arrays.stream(rows).map(r -> new PastRequest(r.getIssueId(), step(r.getStep()), r.getFromDepartment()))
                .toList();
    }

    /** The key of a pair of departments, the same in either direction. */
    static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    @Override
    public List<Listed> listed(Side side, Collection<String> departments, int offset, int limit) {
        if (departments.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<String> keys = departments.stream().distinct().sorted().toList();
        String column = side == Side.TO ? AoRequest.TO_DEPARTMENT : AoRequest.FROM_DEPARTMENT;
        AoRequest[] rows = ao.find(AoRequest.class, Query.select(String.join(", ", "ID", AoRequest.ISSUE_ID,
                        AoRequest.STEP, AoRequest.FROM_DEPARTMENT, AoRequest.TO_DEPARTMENT, AoRequest.DUE_DATE,
                        AoRequest.CREATED_AT, AoRequest.STEP_CHANGED_AT))
                .where(column + " IN (" + String.join(", ", Collections.nCopies(keys.size(), "?")) + ")",
                        keys.toArray())
                .order(AoRequest.STEP + ", ID DESC").offset(offset).limit(limit));
        return Arrays.stream(rows).map(r -> new Listed(r.getIssueId(), step(r.getStep()), r.getFromDepartment(),
                r.getToDepartment(), r.getDueDate() == null || r.getDueDate().isEmpty() ? null
                        : LocalDate.parse(r.getDueDate()), Instant.ofEpochMilli(r.getCreatedAt()),
                r.getStepChangedAt() == null ? null : Instant.ofEpochMilli(r.getStepChangedAt()))).toList();
    }

    @Override
    public List<Long> search(RequestSearch search) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (search.from() != null) {
            clauses.add(AoRequest.FROM_DEPARTMENT + " = ?");
            params.add(search.from());
        }
        if (search.to() != null) {
            clauses.add(AoRequest.TO_DEPARTMENT + " = ?");
            params.add(search.to());
        }
        if (search.eitherA() != null && search.eitherB() != null) {
            clauses.add(AoRequest.PAIR_KEY + " = ?");
            params.add(pair(search.eitherA(), search.eitherB()));
        }
        if (search.minStep() != null) {
            clauses.add(AoRequest.STEP + " >= ?");
            params.add(search.minStep());
        }
        if (search.maxStep() != null) {
            clauses.add(AoRequest.STEP + " <= ?");
            params.add(search.maxStep());
        }
        if (!search.kinds().isEmpty()) {
            List<String> kinds = search.kinds().stream().map(RequestKind::key).sorted().toList();
            clauses.add(AoRequest.KIND + " IN (" + String.join(", ", Collections.nCopies(kinds.size(), "?"))
                    + ")");
            params.addAll(kinds);
        }
        if (search.dueFrom() != null) {
            clauses.add(AoRequest.DUE_DATE + " >= ?");
            params.add(search.dueFrom().toString());
        }
        if (search.dueTo() != null) {
            clauses.add(AoRequest.DUE_DATE + " <= ?");
            params.add(search.dueTo().toString());
        }
        Query query = Query.select(AoRequest.ISSUE_ID);
        if (!clauses.isEmpty()) {
            query = query.where(String.join(" AND ", clauses), params.toArray());
        }
        AoRequest[] rows = ao.find(AoRequest.class, query.order(AoRequest.ISSUE_ID).limit(search.limit()));
        return Arrays.stream(rows).map(AoRequest::getIssueId).toList();
    }

    private void writeEvent(HistoryEntry entry, int version) {
        ao.create(AoRequestEvent.class,
                new DBParam(AoRequestEvent.ISSUE_ID, entry.issueId()),
                new DBParam(AoRequestEvent.ISSUE_VERSION, entry.issueId() + ":" + version),
                new DBParam(AoRequestEvent.EVENT, entry.event().name()),
                new DBParam(AoRequestEvent.FROM_STEP, entry.from() == null ? null : entry.from().number()),
                new DBParam(AoRequestEvent.TO_STEP, entry.to() == null ? null : entry.to().number()),
                new DBParam(AoRequestEvent.ACTOR_KEY, entry.actorKey()),
                new DBParam(AoRequestEvent.HAPPENED_AT, entry.at().toEpochMilli()),
                new DBParam(AoRequestEvent.PAGE_LINK, entry.link().isEmpty() ? null : entry.link()),
                new DBParam(AoRequestEvent.PAGE_TITLE, entry.title().isEmpty() ? null : entry.title()),
                new DBParam(AoRequestEvent.CHANGES, entry.changes().isEmpty() ? null : changesJson(entry.changes())));
    }

    /** The changed fields as the column keeps them: {@code [["scope","before","after"], …]}. */
    static String changesJson(List<HistoryEntry.FieldChange> changes) {
        ArrayNode array = JSON.createArrayNode();
        changes.forEach(c -> array.addArray().add(c.field()).add(c.before()).add(c.after()));
        return array.toString();
    }

    /** The changed fields of a row; none when the column is empty or not what this store writes. */
    static List<HistoryEntry.FieldChange> changes(String json) {
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        try {
            List<HistoryEntry.FieldChange> changes = new ArrayList<>();
            for (JsonNode item : JSON.readTree(json)) {
                changes.add(new HistoryEntry.FieldChange(item.path(0).asText(), item.path(1).asText(),
                        item.path(2).asText()));
            }
            return changes;
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    private static List<DBParam> params(CollaborationRequest r) {
        return List.of(
                new DBParam(AoRequest.ISSUE_ID, r.issueId()),
                new DBParam(AoRequest.KIND, r.kind().key()),
                new DBParam(AoRequest.FROM_DEPARTMENT, r.requestingDepartment()),
                new DBParam(AoRequest.TO_DEPARTMENT, r.partnerDepartment()),
                new DBParam(AoRequest.PAIR_KEY, pair(r.requestingDepartment(), r.partnerDepartment())),
                new DBParam(AoRequest.PURPOSE, r.purpose()),
                new DBParam(AoRequest.SCOPE, r.scope()),
                new DBParam(AoRequest.HELP_KIND, r.helpKind()),
                new DBParam(AoRequest.PARTNER_BENEFIT, r.partnerBenefit()),
                new DBParam(AoRequest.REQUESTER_KEY, r.requesterKey()),
                new DBParam(AoRequest.PARTNER_CONTACT_KEY, r.partnerContactKey()),
                new DBParam(AoRequest.DECISION_OWNER_KEY, r.decisionOwnerKey()),
                new DBParam(AoRequest.DUE_DATE, r.dueDate() == null ? null : r.dueDate().toString()),
                new DBParam(AoRequest.STEP, r.step().number()),
                new DBParam(AoRequest.RESULT_LINK, r.resultLink()),
                new DBParam(AoRequest.RESULT_NOTE, r.resultNote()),
                new DBParam(AoRequest.FOLLOW_UP_OF, r.followUpOf()),
                new DBParam(AoRequest.RESOLVED_AT, r.resolvedAt() == null ? null : r.resolvedAt().toEpochMilli()),
                new DBParam(AoRequest.CREATED_AT, r.createdAt().toEpochMilli()),
                new DBParam(AoRequest.UPDATED_AT, r.updatedAt().toEpochMilli()),
                new DBParam(AoRequest.VERSION, r.version()),
                new DBParam(AoRequest.STEP_CHANGED_AT, r.updatedAt().toEpochMilli()),
                new DBParam(AoRequest.GOAL_ID, r.goalId()));
    }

    private static void copy(CollaborationRequest r, AoRequest row) {
        row.setKind(r.kind().key());
        row.setFromDepartment(r.requestingDepartment());
        row.setToDepartment(r.partnerDepartment());
        row.setPairKey(pair(r.requestingDepartment(), r.partnerDepartment()));
        row.setPurpose(r.purpose());
        row.setScope(r.scope());
        row.setHelpKind(r.helpKind());
        row.setPartnerBenefit(r.partnerBenefit());
        row.setRequesterKey(r.requesterKey());
        row.setPartnerContactKey(r.partnerContactKey());
        row.setDecisionOwnerKey(r.decisionOwnerKey());
        row.setDueDate(r.dueDate() == null ? null : r.dueDate().toString());
        if (row.getStep() == null || row.getStep() != r.step().number()) {
            row.setStepChangedAt(r.updatedAt().toEpochMilli());
        }
        row.setStep(r.step().number());
        row.setResultLink(r.resultLink());
        row.setResultNote(r.resultNote());
        row.setFollowUpOf(r.followUpOf());
        row.setResolvedAt(r.resolvedAt() == null ? null : r.resolvedAt().toEpochMilli());
        row.setUpdatedAt(r.updatedAt().toEpochMilli());
        row.setVersion(r.version());
        row.setGoalId(r.goalId());
    }

    private static CollaborationRequest toRequest(AoRequest row) {
        return new CollaborationRequest(row.getIssueId(), RequestKind.ofKey(row.getKind()).orElseThrow(),
                row.getFromDepartment(), row.getToDepartment(), row.getPurpose(), row.getScope(), row.getHelpKind(),
                row.getPartnerBenefit(), row.getRequesterKey(), row.getPartnerContactKey(), row.getDecisionOwnerKey(),
                row.getDueDate() == null || row.getDueDate().isEmpty() ? null : LocalDate.parse(row.getDueDate()),
                step(row.getStep()), row.getResultLink(), row.getResultNote(), row.getFollowUpOf(),
                row.getResolvedAt() == null ? null : Instant.ofEpochMilli(row.getResolvedAt()),
                Instant.ofEpochMilli(row.getCreatedAt()), Instant.ofEpochMilli(row.getUpdatedAt()), row.getVersion(),
                row.getGoalId());
    }

    private static Step step(Integer number) {
        return number == null ? null : Step.ofNumber(number).orElseThrow();
    }
}
