package dev.kakehashi.thanks.rest;

import dev.kakehashi.platform.rest.PersonJson;
import java.util.List;

/**
 * A thanks on the company-wide wall: what {@link ThanksJson} says, the product it was given in ({@code jira} or
 * {@code confluence}) and, for a thanks of the other product, the address of its issue or page there (null when it
 * was given nowhere in particular, or here).
 */
public record WallThanksJson(long id, PersonJson sender, List<PersonJson> recipients, String department,
                             String message, String value, String contextType, String contextId, String visibility,
                             String createdAt, boolean crossDepartment, List<String> senderDepartments,
                             List<String> recipientDepartments, boolean toMe, boolean withdrawable,
                             String contextTitle, String product, String contextUrl) {
    static WallThanksJson of(ThanksJson t, String product, String contextUrl) {
        return new WallThanksJson(t.id(), t.sender(), t.recipients(), t.department(), t.message(), t.value(),
                t.contextType(), t.contextId(), t.visibility(), t.createdAt(), t.crossDepartment(),
                t.senderDepartments(), t.recipientDepartments(), t.toMe(), t.withdrawable(), t.contextTitle(),
                product, contextUrl);
    }
}
