package dev.kakehashi.thanks.rest;

import dev.kakehashi.platform.rest.PersonJson;
import java.util.List;

/**
 * A thanks as the API shows it to one reader: people with names and pictures, departments and value by key (clients
 * already hold their names), where it was given (by the key and summary or the page's title, empty when the
 * reader may not see it), and what this reader may do with it.
 */
public record ThanksJson(long id, PersonJson sender, List<PersonJson> recipients, String department, String message,
                         String value, String contextType, String contextId, String visibility, String createdAt,
                         boolean crossDepartment, List<String> senderDepartments, List<String> recipientDepartments,
                         boolean toMe, boolean withdrawable, String contextTitle) {
}
