package dev.kakehashi.collaboration;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What Kakehashi keeps about one collaboration request beside its Jira issue: the two departments, the ask, what the
 * partner gains, the three roles, the due date, the step reached and the result. People are user keys; departments
 * are department keys. {@code version} rises on every change so that two people moving one request at once cannot
 * overwrite each other. {@code goalId} is the shared goal in Confluence the request serves (its id there), or null.
 */
public record CollaborationRequest(long issueId, RequestKind kind, String requestingDepartment,
                                   String partnerDepartment, String purpose, String scope, String helpKind,
                                   String partnerBenefit, String requesterKey, String partnerContactKey,
                                   String decisionOwnerKey, LocalDate dueDate, Step step, String resultLink,
                                   String resultNote, Long followUpOf, Instant resolvedAt, Instant createdAt,
                                   Instant updatedAt, int version, Long goalId) {
    public static final int PURPOSE_MAX = 1000;
    public static final int SCOPE_MAX = 1000;
    public static final int HELP_KIND_MAX = 255;
    public static final int BENEFIT_MAX = 1000;
    public static final int RESULT_LINK_MAX = 2000;
    public static final int RESULT_NOTE_MAX = 2000;

    public CollaborationRequest {
        purpose = orEmpty(purpose);
        scope = orEmpty(scope);
        helpKind = orEmpty(helpKind);
        partnerBenefit = orEmpty(partnerBenefit);
        partnerContactKey = orEmpty(partnerContactKey);
        decisionOwnerKey = orEmpty(decisionOwnerKey);
        resultLink = orEmpty(resultLink);
        resultNote = orEmpty(resultNote);
    }

    /** A request that serves no shared goal. */
    public CollaborationRequest(long issueId, RequestKind kind, String requestingDepartment, String partnerDepartment,
                                String purpose, String scope, String helpKind, String partnerBenefit,
                                String requesterKey, String partnerContactKey, String decisionOwnerKey,
                                LocalDate dueDate, Step step, String resultLink, String resultNote, Long followUpOf,
                                Instant resolvedAt, Instant createdAt, Instant updatedAt, int version) {
        this(issueId, kind, requestingDepartment, partnerDepartment, purpose, scope, helpKind, partnerBenefit,
                requesterKey, partnerContactKey, decisionOwnerKey, dueDate, step, resultLink, resultNote, followUpOf,
                resolvedAt, createdAt, updatedAt, version, null);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    public boolean hasBenefit() {
        return !partnerBenefit.isBlank();
    }

    public boolean hasResult() {
        return !resultLink.isBlank() || !resultNote.isBlank();
    }

    /** Whether this person holds one of the three roles. */
    public boolean involves(String userKey) {
        return userKey != null && (userKey.equals(requesterKey) || userKey.equals(partnerContactKey)
                || userKey.equals(decisionOwnerKey));
    }

    public CollaborationRequest withDetails(RequestDetails d, Instant at) {
        return new CollaborationRequest(issueId, d.kind(), d.requestingDepartment(), d.partnerDepartment(), d.purpose(),
                d.scope(), d.helpKind(), d.partnerBenefit(), d.requesterKey(), d.partnerContactKey(),
                d.decisionOwnerKey(), d.dueDate(), step, resultLink, resultNote, followUpOf, resolvedAt, createdAt, at,
                version + 1, d.goalId());
    }

    public CollaborationRequest withStep(Step newStep, Instant at) {
        return new CollaborationRequest(issueId, kind, requestingDepartment, partnerDepartment, purpose, scope,
                helpKind, partnerBenefit, requesterKey, partnerContactKey, decisionOwnerKey, dueDate, newStep,
                resultLink, resultNote, followUpOf, resolvedAt, createdAt, at, version + 1, goalId);
    }

    public CollaborationRequest withResult(String link, String note, Instant at) {
        return new CollaborationRequest(issueId, kind, requestingDepartment, partnerDepartment, purpose, scope,
                helpKind, partnerBenefit, requesterKey, partnerContactKey, decisionOwnerKey, dueDate, step, link, note,
                followUpOf, resolvedAt, createdAt, at, version + 1, goalId);
    }

    public CollaborationRequest withResolvedAt(Instant when, Instant at) {
        return new CollaborationRequest(issueId, kind, requestingDepartment, partnerDepartment, purpose, scope,
                helpKind, partnerBenefit, requesterKey, partnerContactKey, decisionOwnerKey, dueDate, step, resultLink,
                resultNote, followUpOf, when, createdAt, at, version + 1, goalId);
    }

    public CollaborationRequest withGoal(Long goal, Instant at) {
        return new CollaborationRequest(issueId, kind, requestingDepartment, partnerDepartment, purpose, scope,
                helpKind, partnerBenefit, requesterKey, partnerContactKey, decisionOwnerKey, dueDate, step, resultLink,
                resultNote, followUpOf, resolvedAt, createdAt, at, version + 1, goal);
    }

    /** The next version with nothing changed but the time (for an event that changes no field). */
    public CollaborationRequest touched(Instant at) {
        return withResolvedAt(resolvedAt, at);
    }

    /** A new request for this issue at step 1, from checked details. */
    public static CollaborationRequest create(long issueId, RequestDetails d, Long followUpOf, Instant at) {
        return new CollaborationRequest(issueId, d.kind(), d.requestingDepartment(), d.partnerDepartment(), d.purpose(),
                d.scope(), d.helpKind(), d.partnerBenefit(), d.requesterKey(), d.partnerContactKey(),
                d.decisionOwnerKey(), d.dueDate(), Step.DEFINE, "", "", followUpOf, null, at, at, 0, d.goalId());
    }
}
