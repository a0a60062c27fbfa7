package dev.kakehashi.collaboration;

/**
 * A request's details as they arrive from a form or a REST client: everything is text, people are user names, the
 * due date is {@code yyyy-MM-dd}. {@link CollaborationService} checks it into {@link RequestDetails}.
 */
public record RequestInput(String kind, String requestingDepartment, String partnerDepartment, String purpose,
                           String scope, String helpKind, String partnerBenefit, String requester,
                           String partnerContact, String decisionOwner, String dueDate) {
}
