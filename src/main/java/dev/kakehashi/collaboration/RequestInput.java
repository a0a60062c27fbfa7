package dev.kakehashi.collaboration;

/**
 * A request's details as they arrive from a form or a REST client: everything is text, people are user names, the
 * due date is {@code yyyy-MM-dd}, the shared goal its id in Confluence ({@code null}: unchanged, empty: none).
 * {@link CollaborationService} checks it into {@link RequestDetails}.
 */
public record RequestInput(String kind, String requestingDepartment, String partnerDepartment, String purpose,
                           String scope, String helpKind, String partnerBenefit, String requester,
                           String partnerContact, String decisionOwner, String dueDate, String goal) {
    /** Input that says nothing of a shared goal (a new request serves none; a change keeps the one named). */
    public RequestInput(String kind, String requestingDepartment, String partnerDepartment, String purpose,
                        String scope, String helpKind, String partnerBenefit, String requester,
                        String partnerContact, String decisionOwner, String dueDate) {
        this(kind, requestingDepartment, partnerDepartment, purpose, scope, helpKind, partnerBenefit, requester,
                partnerContact, decisionOwner, dueDate, null);
    }
}
