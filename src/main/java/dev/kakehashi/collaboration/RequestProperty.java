package dev.kakehashi.collaboration;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What Jira shows of a request outside its panel: the step reached, the requesting and partner departments (keys)
 * and the due date, kept on the request's issue as the JSON entity property {@value #KEY}, which Jira indexes as the
 * descriptor's {@code index-document-configuration} says, for JQL such as
 * {@code issue.property[kakehashi.request].step = 3}, list columns, board quick filters and dashboards.
 */
public record RequestProperty(int step, String fromDepartment, String toDepartment, LocalDate due) {
    /** The property's key on the issue. */
    public static final String KEY = "kakehashi.request";

    public static RequestProperty of(CollaborationRequest request) {
        return new RequestProperty(request.step().number(), request.requestingDepartment(),
                request.partnerDepartment(), request.dueDate());
    }

    /**
     * The property's JSON object as names and values: {@code step} (a number, 1 … 6), {@code fromDepartment} and
     * {@code toDepartment} (department keys), and {@code due} ({@code yyyy-MM-dd}) only when the request has a due date.
     */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("step", step);
        fields.put("fromDepartment", fromDepartment);
        fields.put("toDepartment", toDepartment);
        if (due != null) {
            fields.put("due", due.toString());
        }
        return fields;
    }
}
