package dev.kakehashi.thanks;

import java.time.Instant;
import java.util.List;

/**
 * A thanks one person gave to colleagues or to a whole department, tagged with a company value. The departments of
 * sender and recipients are kept as they were when it was sent: people move, history does not.
 */
public record Thanks(long id, String senderKey, List<String> recipientKeys, String departmentKey, String message,
                     String valueKey, ThanksContext context, Visibility visibility, Instant createdAt,
                     List<String> senderDepartments, List<String> recipientDepartments, boolean crossDepartment,
                     State state) {

    /** Who may read a thanks: everyone who can see its context, or only the people in it. */
    public enum Visibility { PUBLIC, PRIVATE }

    /** Withdrawn by the sender or hidden by an admin; both are kept, neither is shown. */
    public enum State { ACTIVE, WITHDRAWN, HIDDEN }

    public Thanks {
        recipientKeys = List.copyOf(recipientKeys);
        senderDepartments = List.copyOf(senderDepartments);
        recipientDepartments = List.copyOf(recipientDepartments);
        departmentKey = departmentKey == null ? "" : departmentKey;
        valueKey = valueKey == null ? "" : valueKey;
    }

    /** Whether this person sent it or is one of its named recipients. */
    public boolean involves(String userKey) {
        return senderKey.equals(userKey) || recipientKeys.contains(userKey);
    }

    /** Whether this person may read it, leaving aside the permission on its issue or page. */
    public boolean readableBy(String userKey) {
        return state == State.ACTIVE && (visibility == Visibility.PUBLIC || involves(userKey));
    }

    public Thanks withId(long newId) {
        return new Thanks(newId, senderKey, recipientKeys, departmentKey, message, valueKey, context, visibility,
                createdAt, senderDepartments, recipientDepartments, crossDepartment, state);
    }
}
