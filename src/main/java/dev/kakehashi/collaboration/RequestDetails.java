package dev.kakehashi.collaboration;

import java.time.LocalDate;

/**
 * The checked details of a request as its people describe it (people as user keys, departments as keys, the shared
 * goal it serves as its id in Confluence, or null).
 */
public record RequestDetails(RequestKind kind, String requestingDepartment, String partnerDepartment, String purpose,
                             String scope, String helpKind, String partnerBenefit, String requesterKey,
                             String partnerContactKey, String decisionOwnerKey, LocalDate dueDate, Long goalId) {
    /** Details that name no shared goal. */
    public RequestDetails(RequestKind kind, String requestingDepartment, String partnerDepartment, String purpose,
                          String scope, String helpKind, String partnerBenefit, String requesterKey,
                          String partnerContactKey, String decisionOwnerKey, LocalDate dueDate) {
        this(kind, requestingDepartment, partnerDepartment, purpose, scope, helpKind, partnerBenefit, requesterKey,
                partnerContactKey, decisionOwnerKey, dueDate, null);
    }
}
