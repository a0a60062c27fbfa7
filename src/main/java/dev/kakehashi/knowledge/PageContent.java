package dev.kakehashi.knowledge;

import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.WebLinks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The variables a knowledge-sharing template is filled with: plain texts (the host escapes them) and, where a
 * section is either pre-filled or left to the author, storage-format fragments built here from escaped text, with the
 * editor's guidance where nothing is known. Everything is in the creator's language: the page is written once.
 */
public final class PageContent {
    public static final String DATE = "kakehashiDate";
    public static final String DEPARTMENT_NAMES = "kakehashiDepartmentNames";
    public static final String REQUEST = "kakehashiRequestXhtml";
    public static final String PURPOSE = "kakehashiPurposeXhtml";
    public static final String SUMMARY = "kakehashiSummaryXhtml";
    public static final String PEOPLE = "kakehashiPeopleXhtml";
    public static final String THANKS = "kakehashiThanksXhtml";
    public static final String WHO = "kakehashiWhoXhtml";
    public static final String ACTIONS = "kakehashiActionsXhtml";
    /** The macro that offers to thank people on the page. */
    public static final String THANKS_MACRO = "thanks-people";

    private final PageDraft draft;
    private final LinkedRequest request;
    private final String issueUrl;
    private final Function<String, String> departmentName;
    private final Function<String, String> text;
    private final List<Person> attendees;

    /**
     * @param request        the request the draft names, as read from Jira, or null (none, or not readable)
     * @param issueUrl       where a browser shows the request's issue, or null when Jira is not linked
     * @param departmentName a department's name in the creator's language, by key
     * @param text           a message of the app's bundles in the creator's language, by key
     */
    public PageContent(PageDraft draft, LinkedRequest request, String issueUrl,
                       Function<String, String> departmentName, Function<String, String> text) {
        this(draft, request, issueUrl, departmentName, text, List.of());
    }

    /**
     * @param attendees the people a meeting's notes name as attendees (resolved, each may view the space); each becomes
     *                  a link to the person, which Confluence shows as their current display name and profile
     */
    public PageContent(PageDraft draft, LinkedRequest request, String issueUrl,
                       Function<String, String> departmentName, Function<String, String> text,
                       List<Person> attendees) {
        this.draft = draft;
        this.request = request;
        this.issueUrl = issueUrl;
        this.departmentName = departmentName;
        this.text = text;
        this.attendees = List.copyOf(attendees);
    }

    /** The departments of the page: those the wizard chose, or else the two of the request. */
    public List<String> departments() {
        if (!draft.departments().isEmpty() || request == null) {
            return draft.departments();
        }
        List<String> keys = new ArrayList<>();
        for (String key : List.of(request.requestingDepartment(), request.partnerDepartment())) {
            if (!key.isEmpty() && !keys.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** The labels the page gets besides the kind's own (the host adds that one): per department and the request. */
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        departments().forEach(d -> labels.add(PageDraft.DEPARTMENT_LABEL + d));
        if (draft.hasRequest()) {
            labels.add(PageDraft.REQUEST_LABEL + draft.requestKey().toLowerCase(java.util.Locale.ROOT));
        }
        return labels;
    }

    /** Every variable of the kind's template. */
    public Map<String, String> variables() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put(DATE, draft.date().toString());
        v.put(DEPARTMENT_NAMES, String.join(text.apply("kakehashi.knowledge.list.separator"),
                departments().stream().map(departmentName).toList()));
        v.put(REQUEST, request());
        switch (draft.kind()) {
            case RESULTS -> {
                v.put(PURPOSE, paragraph(request == null ? "" : request.purpose(), guide("purpose")));
                v.put(SUMMARY, paragraph(draft.summary(), guide("summary")));
                v.put(PEOPLE, people());
                v.put(THANKS, thanks());
            }
            case PLAN -> {
                v.put(SUMMARY, paragraph(draft.summary(), guide("summary")));
                v.put(WHO, perDepartment(guide("who")));
            }
            case MEETING -> {
                v.put(PEOPLE, attendees.isEmpty() ? people() : attendees());
                v.put(ACTIONS, actions());
            }
        }
        return v;
    }

    private String guide(String section) {
        return text.apply("kakehashi.knowledge." + draft.kind().textKey() + ".guide." + section);
    }

    private static String paragraph(String known, String guidance) {
        return "<p>" + (known.isBlank() ? Xhtml.placeholder(guidance) : Xhtml.lines(known.strip())) + "</p>";
    }

    private String request() {
        if (!draft.hasRequest()) {
            // a key typed here later would link nothing (the page is recorded on a request only when it is created):
            // the page does not ask for one, it says how a page is tied to a request
            return "<p>" + Xhtml.text(text.apply("kakehashi.knowledge.request.none")) + "</p>";
        }
        String key = Xhtml.text(draft.requestKey());
        String summary = request == null || request.summary().isBlank() ? "" : " " + Xhtml.text(request.summary());
        String url = request != null && !request.url().isBlank() ? request.url() : issueUrl;
        return url == null || !WebLinks.isWebLink(url) ? "<p>" + key + summary + "</p>"
                : "<p><a href=\"" + Xhtml.text(url) + "\">" + key + "</a>" + summary + "</p>";
    }

    private String people() {
        List<String> items = new ArrayList<>();
        if (request != null) {
            role(items, "kakehashi.collaboration.role.requester", request.requester(), request.requestingDepartment());
            role(items, "kakehashi.collaboration.role.partner.contact", request.partnerContact(), request.partnerDepartment());
            role(items, "kakehashi.collaboration.role.decision.owner", request.decisionOwner(), "");
        }
        if (items.isEmpty()) {
            return perDepartment(guide("people"));
        }
        return "<ul>" + String.join("", items) + "</ul>";
    }

    /** One item per attendee: Confluence's link to a user, by the user's key (which survives a rename). */
    private String attendees() {
        StringBuilder out = new StringBuilder("<ul>");
        for (Person person : attendees) {
            out.append("<li><ac:link><ri:user ri:userkey=\"").append(Xhtml.text(person.key()))
                    .append("\" /></ac:link></li>");
        }
        return out.append("</ul>").toString();
    }

    private void role(List<String> items, String roleKey, LinkedRequest.Person person, String department) {
        if (!person.present()) {
            return;
        }
        String name = person.displayName().isBlank() ? person.username() : person.displayName();
        items.add("<li><strong>" + Xhtml.text(text.apply(roleKey)) + "</strong> " + Xhtml.text(name)
                + (department.isEmpty() ? "" : " (" + Xhtml.text(departmentName.apply(department)) + ")") + "</li>");
    }

    /** One item per department, each with the guidance; just the guidance when no department is named. */
    private String perDepartment(String guidance) {
        if (departments().isEmpty()) {
            return "<p>" + Xhtml.placeholder(guidance) + "</p>";
        }
        StringBuilder out = new StringBuilder("<ul>");
        for (String key : departments()) {
            out.append("<li><strong>").append(Xhtml.text(departmentName.apply(key))).append("</strong> ")
                    .append(Xhtml.placeholder(guidance)).append("</li>");
        }
        return out.append("</ul>").toString();
    }

    private String thanks() {
        List<String> people = new ArrayList<>();
        if (request != null) {
            for (LinkedRequest.Person p : List.of(request.partnerContact(), request.decisionOwner())) {
                if (p.present() && !people.contains(p.username())) {
                    people.add(p.username());
                }
            }
        }
        StringBuilder macro = new StringBuilder("<ac:structured-macro ac:name=\"" + THANKS_MACRO
                + "\" ac:schema-version=\"1\">");
        if (!people.isEmpty()) {
            macro.append("<ac:parameter ac:name=\"people\">").append(Xhtml.text(String.join(",", people)))
                    .append("</ac:parameter>");
        }
        if (!departments().isEmpty()) {
            macro.append("<ac:parameter ac:name=\"departments\">").append(Xhtml.text(String.join(",", departments())))
                    .append("</ac:parameter>");
        }
        return "<p>" + Xhtml.placeholder(guide("thanks")) + "</p>" + macro.append("</ac:structured-macro>");
    }

    private String actions() {
        if (departments().isEmpty()) {
            return "<ac:task-list><ac:task><ac:task-status>incomplete</ac:task-status><ac:task-body>"
                    + Xhtml.placeholder(guide("actions")) + "</ac:task-body></ac:task></ac:task-list>";
        }
        StringBuilder out = new StringBuilder("<ac:task-list>");
        for (String key : departments()) {
            out.append("<ac:task><ac:task-status>incomplete</ac:task-status><ac:task-body><strong>")
                    .append(Xhtml.text(departmentName.apply(key))).append("</strong> ")
                    .append(Xhtml.placeholder(guide("actions"))).append("</ac:task-body></ac:task>");
        }
        return out.append("</ac:task-list>").toString();
    }
}
