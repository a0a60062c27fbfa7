package dev.kakehashi.collaboration;

import java.time.LocalDate;

/**
 * The checked details of a request as its people describe it (people as user keys, departments as keys).
 */
public record RequestDetails(RequestKind kind, String requestingDepartment, String partnerDepartment, String purpose,
                             String scope, String helpKind, String partnerBenefit, String requesterKey,
                             String partnerContactKey, String decisionOwnerKey, LocalDate dueDate) {
}
