package dev.kakehashi.collaboration.web;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.collaboration.CollaborationRequest;
import dev.kakehashi.collaboration.CollaborationService;
import dev.kakehashi.collaboration.HistoryEntry;
import dev.kakehashi.collaboration.Partnership;
import dev.kakehashi.collaboration.RequestKind;
import dev.kakehashi.collaboration.RequestPanelView;
import dev.kakehashi.collaboration.RequestView;
import dev.kakehashi.collaboration.Step;
import dev.kakehashi.platform.LinkedApplication;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Rejection;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the request templates get: the panel on a request issue and the page that starts a request. Everything is
 * plain text or a small record of text, so that the host escapes it on the way out; no name ends in "html".
 */
public class RequestPanel {
    static final String RESOURCES = "dev.kakehashi.kakehashi:collaboration-resources";
    /** Confluence's page that opens the results-and-learnings blueprint for a request. */
    static final String SHARE_PATH = "/plugins/servlet/kakehashi/knowledge/share";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CollaborationService requests;
    private final DepartmentService departments;
    private final People people;
    private final LocaleResolver locales;
    private final I18nResolver i18n;
    private final PageBuilderService pageBuilder;
    private final ApplicationProperties application;
    private final LinkedApplication confluence;

    public RequestPanel(CollaborationService requests, DepartmentService departments, People people,
                        LocaleResolver locales, I18nResolver i18n, PageBuilderService pageBuilder,
                        ApplicationProperties application, LinkedApplication confluence) {
        this.requests = requests;
        this.departments = departments;
        this.people = people;
        this.locales = locales;
        this.i18n = i18n;
        this.pageBuilder = pageBuilder;
        this.application = application;
        this.confluence = confluence;
    }

    /** One of the six steps in the progress tracker: done, current or to do. */
    public record StepItem(int number, String name, String state) {
    }

    /** A person in one of the roles, with their departments. */
    public record RoleItem(String role, String displayName, String username, String avatarUrl, String departments) {
    }

    /** One line of the history, with the fields it changed (none for other events). */
    public record HistoryItem(String when, String actor, String text, List<ChangeItem> changes) {
        public boolean hasChanges() {
            return !changes.isEmpty();
        }
    }

    /** One changed field: its label and the values before and after as people read them. */
    public record ChangeItem(String label, ChangeValue before, ChangeValue after) {
    }

    /**
     * A value of a changed field: all of it, and the start of it when it is long (empty when it is short enough to be
     * shown whole); the template shows the start with the whole text behind a disclosure.
     */
    public record ChangeValue(String text, String start) {
        public boolean isLong() {
            return !start.isEmpty();
        }
    }

    /** Longer values are cut to this many characters in the history, the rest behind a disclosure. */
    static final int CHANGE_SHOWN = 80;

    /** The label of each field a history entry may name as changed. */
    private static final Map<String, String> FIELD_LABELS = Map.ofEntries(
            Map.entry("kind", "kakehashi.collaboration.form.kind"),
            Map.entry("requestingDepartment", "kakehashi.collaboration.form.from"),
            Map.entry("partnerDepartment", "kakehashi.collaboration.form.to"),
            Map.entry("purpose", "kakehashi.collaboration.form.purpose"),
            Map.entry("scope", "kakehashi.collaboration.form.scope"),
            Map.entry("helpKind", "kakehashi.collaboration.form.help"),
            Map.entry("partnerBenefit", "kakehashi.collaboration.form.benefit"),
            Map.entry("requester", "kakehashi.collaboration.role.requester"),
            Map.entry("partnerContact", "kakehashi.collaboration.role.partner.contact"),
            Map.entry("decisionOwner", "kakehashi.collaboration.role.decision.owner"),
            Map.entry("dueDate", "kakehashi.collaboration.form.due"),
            Map.entry("goal", "kakehashi.collaboration.form.goal"));

    /** A results page written in Confluence about the request. */
    public record PageItem(String url, String title, String when) {
    }

    /** An earlier request between the two departments, with the step it reached or "resolved". */
    public record EarlierItem(String issueKey, String url, String summary, boolean resolved, String state) {
    }

    /** An option of a select or a radio group. */
    public record Choice(String value, String label, boolean selected) {
    }

    /** The panel on a request issue, for the reader; empty when the reader may not see the issue. */
    public Map<String, Object> panel(Map<String, Object> hostContext, String issueKey) {
        Map<String, Object> model = new HashMap<>(hostContext);
        Person reader = people.currentUser().orElse(null);
        RequestPanelView read;
        try {
            read = reader == null ? null : requests.panel(reader.key(), issueKey);
        } catch (Rejection e) {
            read = null;
        }
        RequestView view = read == null ? null : read.view();
        model.putAll(common());
        model.put("visible", view != null);
        if (view == null) {
            return model;
        }
        Locale locale = locale();
        model.put("issueKey", view.issue().key());
        model.put("issueId", Long.toString(view.issue().id()));
        model.put("canChange", view.canChange());
        model.put("setUp", view.isSetUp());
        model.put("kindName", view.kind() == null ? "" : i18n.getText(view.kind().nameKey()));
        model.put("nextStepName", "");
        if (!view.isSetUp()) {
            model.putAll(form(null, reader, view.kind()));
            return model;
        }
        CollaborationRequest r = view.request();
        List<DepartmentName> names = departments.allNames();
        model.put("version", Integer.toString(r.version()));
        model.put("stepNumber", r.step().number());
        model.put("stepName", stepName(r.step()));
        model.put("nextStepName", r.step().next().map(this::stepName).orElse(""));
        model.put("nextStepKey", r.step().next().map(Step::key).orElse(""));
        model.put("previousStepName", r.step().previous().map(this::stepName).orElse(""));
        model.put("previousStepKey", r.step().previous().map(Step::key).orElse(""));
        model.put("steps", steps(r.step()));
        model.put("missing", view.missing().stream().map(k -> i18n.getText(k)).toList());
        model.put("hasMissing", !view.missing().isEmpty());
        model.put("warnings", view.warnings().stream().map(k -> i18n.getText(k, CollaborationService.smallScopeDays()))
                .toList());
        model.put("prompt", view.resolvedPrompt());
        model.put("promptText", view.resolvedPrompt() ? i18n.getText(view.resolvedPromptKey(), r.step().number(),
                stepName(r.step())) : "");
        RequestView.FollowUp followUp = view.followUp();
        model.put("followUpProposed", followUp != null);
        model.put("followUpKey", followUp == null || followUp.issue() == null ? "" : followUp.issue().key());
        model.put("followUpSummary", followUp == null || followUp.issue() == null ? "" : followUp.issue().summary());
        model.put("partnerThanked", view.partnerThanked());
        model.put("goalId", r.goalId() == null ? "" : r.goalId().toString());
        model.put("fromName", name(names, r.requestingDepartment(), locale));
        model.put("toName", name(names, r.partnerDepartment(), locale));
        String context = application.getBaseUrl(UrlMode.RELATIVE);
        model.put("fromProfileUrl", profileUrl(names, r.requestingDepartment(), context));
        model.put("toProfileUrl", profileUrl(names, r.partnerDepartment(), context));
        model.put("partnerDepartment", r.partnerDepartment());
        model.put("purpose", r.purpose());
        model.put("scope", r.scope());
        model.put("helpKind", r.helpKind());
        model.put("benefit", r.partnerBenefit());
        model.put("dueDate", r.dueDate() == null ? "" : r.dueDate().toString());
        model.put("resultLink", r.resultLink());
        model.put("resultNote", r.resultNote());
        model.put("followUpOfKey", view.followUpOfKey());
        Person contact = person(r.partnerContactKey());
        model.put("partnerContactUsername", contact == null ? "" : contact.username());
        List<RoleItem> roles = new ArrayList<>();
        roles.add(role("kakehashi.collaboration.role.requester", r.requesterKey(), names, locale));
        roles.add(role("kakehashi.collaboration.role.partner.contact", r.partnerContactKey(), names, locale));
        roles.add(role("kakehashi.collaboration.role.decision.owner", r.decisionOwnerKey(), names, locale));
        model.put("roles", roles);
        model.put("history", history(view.history(), names, locale));
        Partnership partnership = read.partnership();
        model.put("partnershipThanks", i18n.getText("kakehashi.collaboration.partnership.thanks",
                partnership.thanksAToB(), partnership.thanksBToA()));
        String browse = context + "/browse/";
        model.put("earlierRequests", partnership.earlier().stream().map(e -> new EarlierItem(e.issueKey(),
                browse + e.issueKey(), e.summary(), e.resolved(),
                e.resolved() ? i18n.getText("kakehashi.collaboration.partnership.resolved")
                        : e.step().number() + "/6")).toList());
        model.put("hasEarlierRequests", !partnership.earlier().isEmpty());
        ZoneId zone = ZoneId.systemDefault();
        List<PageItem> pages = view.resultPages().stream().map(e -> new PageItem(e.link(), e.title(),
                WHEN.format(e.at().atZone(zone)))).toList();
        model.put("resultPages", pages);
        model.put("hasResultPages", !pages.isEmpty());
        String share = SHARE_PATH + "?request=" + query(view.issue().key()) + "&departments="
                + query(r.requestingDepartment() + "," + r.partnerDepartment()) + "&title="
                + query(view.issue().summary());
        model.put("shareInConfluenceUrl", confluence.displayUrl().map(base -> base + share).orElse(""));
        model.putAll(form(r, reader, r.kind()));
        return model;
    }

    /** The page that starts a request: the form with the caller's first department chosen as requester. */
    /**
     * The new-request page with the partner department and the kind filled in from its address (a department
     * profile's "ask this department"): a partner that is not an active department, or a kind that does not exist,
     * is ignored.
     */
    public Map<String, Object> newRequest(List<Choice> projects, String partner, String kind) {
        Map<String, Object> model = new HashMap<>(common());
        Person reader = people.currentUser().orElse(null);
        model.put("projects", projects);
        model.put("hasProjects", !projects.isEmpty());
        Map<String, Object> form = form(null, reader, RequestKind.ofKey(kind).orElse(RequestKind.JOINT_TASK));
        if (partner != null && departments.activeNames().stream().anyMatch(d -> d.key().equals(partner))) {
            @SuppressWarnings("unchecked")
            List<Choice> to = (List<Choice>) form.get("toChoices");
            form.put("toChoices", to.stream().map(c -> new Choice(c.value(), c.label(), c.value().equals(partner)))
                    .toList());
        }
        model.putAll(form);
        return model;
    }

    private Map<String, Object> common() {
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        Map<String, Object> model = new HashMap<>();
        String contextPath = application.getBaseUrl(UrlMode.RELATIVE);
        Locale locale = locale();
        model.put("i18n", i18n);
        model.put("language", locale.getLanguage());
        model.put("restBase", contextPath + "/rest/kakehashi/1.0");
        model.put("browseBase", contextPath + "/browse/");
        model.put("newRequestUrl", contextPath + "/plugins/servlet/kakehashi/collaboration/new");
        return model;
    }

    /** The fields of the set-up, edit and new-request forms, filled from the request when there is one. */
    private Map<String, Object> form(CollaborationRequest r, Person reader, RequestKind kind) {
        Locale locale = locale();
        List<DepartmentName> active = departments.activeNames();
        String from = r != null ? r.requestingDepartment() : reader == null ? ""
                : departments.departmentsOf(reader.key()).stream().findFirst().map(d -> d.key()).orElse("");
        String to = r != null ? r.partnerDepartment() : "";
        Map<String, Object> form = new HashMap<>();
        form.put("kinds", java.util.Arrays.stream(RequestKind.values()).map(k -> new Choice(k.key(),
                i18n.getText(k.nameKey()), k == kind)).toList());
        form.put("kindDescriptions", java.util.Arrays.stream(RequestKind.values()).map(k -> new Choice(k.key(),
                i18n.getText(k.descriptionKey()), k == kind)).toList());
        form.put("fromChoices", departmentChoices(active, r == null ? null : r.requestingDepartment(), from, locale));
        form.put("toChoices", departmentChoices(active, r == null ? null : r.partnerDepartment(), to, locale));
        form.put("formPurpose", r == null ? "" : r.purpose());
        form.put("formScope", r == null ? "" : r.scope());
        form.put("formHelpKind", r == null ? "" : r.helpKind());
        form.put("formBenefit", r == null ? "" : r.partnerBenefit());
        form.put("formRequester", r == null ? (reader == null ? "" : reader.username()) : username(r.requesterKey()));
        form.put("formPartnerContact", r == null ? "" : username(r.partnerContactKey()));
        form.put("formDecisionOwner", r == null ? "" : username(r.decisionOwnerKey()));
        form.put("formDueDate", r == null || r.dueDate() == null ? "" : r.dueDate().toString());
        form.put("formGoal", r == null || r.goalId() == null ? "" : r.goalId().toString());
        form.put("smallScopeDays", Integer.toString(CollaborationService.smallScopeDays()));
        return form;
    }

    /**
     * The active departments and, first, the one the request already names when an admin has deactivated it since:
     * marked inactive, it stays chosen so that the request can be edited without choosing another.
     */
    private List<Choice> departmentChoices(List<DepartmentName> active, String named, String chosen, Locale locale) {
        List<Choice> choices = new ArrayList<>();
        if (named != null && !named.isEmpty() && active.stream().noneMatch(d -> d.key().equals(named))) {
            String label = departments.allNames().stream().filter(d -> d.key().equals(named)).findFirst()
                    .map(d -> d.name(locale)).orElse(named);
            choices.add(new Choice(named, i18n.getText("kakehashi.collaboration.form.department.inactive", label),
                    named.equals(chosen)));
        }
        active.forEach(d -> choices.add(new Choice(d.key(), d.name(locale), d.key().equals(chosen))));
        return choices;
    }

    private List<StepItem> steps(Step current) {
        List<StepItem> items = new ArrayList<>();
        for (Step step : Step.values()) {
            String state = step.number() < current.number() ? "done" : step == current ? "current" : "todo";
            items.add(new StepItem(step.number(), stepName(step), state));
        }
        return items;
    }

    private String stepName(Step step) {
        return i18n.getText("kakehashi.collaboration.step." + step.key());
    }

    private List<HistoryItem> history(List<HistoryEntry> entries, List<DepartmentName> names, Locale locale) {
        Map<String, String> actors = new HashMap<>();
        ZoneId zone = ZoneId.systemDefault();
        List<HistoryItem> items = new ArrayList<>();
        for (HistoryEntry e : entries) {
            String actor = e.actorKey().isEmpty() ? i18n.getText("kakehashi.collaboration.history.system")
                    : actors.computeIfAbsent(e.actorKey(), k -> {
                        Person p = person(k);
                        return p == null ? k : p.displayName();
                    });
            String text = switch (e.event()) {
                case ADVANCED, STEPPED_BACK -> i18n.getText("kakehashi.collaboration.history."
                        + e.event().name().toLowerCase(Locale.ROOT).replace('_', '.'), stepName(e.from()), stepName(e.to()));
                case RESULT_PAGE -> i18n.getText("kakehashi.collaboration.history.result.page", e.title());
                case PAGE_THANKS -> i18n.getText("kakehashi.collaboration.history.page.thanks", e.title());
                default -> i18n.getText("kakehashi.collaboration.history."
                        + e.event().name().toLowerCase(Locale.ROOT).replace('_', '.'));
            };
            List<ChangeItem> changes = new ArrayList<>();
            for (HistoryEntry.FieldChange c : e.changes()) {
                String label = FIELD_LABELS.get(c.field());
                if (label != null) {
                    changes.add(new ChangeItem(i18n.getText(label), changeValue(c.field(), c.before(), names, locale,
                            actors), changeValue(c.field(), c.after(), names, locale, actors)));
                }
            }
            items.add(new HistoryItem(WHEN.format(e.at().atZone(zone)), actor, text, changes));
        }
        return items;
    }

    /** A stored value as people read it: names for departments, people and kinds; "none" for nothing. */
    private ChangeValue changeValue(String field, String stored, List<DepartmentName> names, Locale locale,
                                    Map<String, String> peopleNames) {
        String text;
        if (stored.isEmpty()) {
            text = i18n.getText("kakehashi.collaboration.history.none");
        } else {
            text = switch (field) {
                case "kind" -> RequestKind.ofKey(stored).map(k -> i18n.getText(k.nameKey())).orElse(stored);
                case "requestingDepartment", "partnerDepartment" -> name(names, stored, locale);
                case "requester", "partnerContact", "decisionOwner" -> peopleNames.computeIfAbsent(stored, k -> {
                    Person p = person(k);
                    return p == null ? k : p.displayName();
                });
                case "goal" -> i18n.getText("kakehashi.collaboration.goal.id", stored);
                default -> stored;
            };
        }
        if (text.codePointCount(0, text.length()) <= CHANGE_SHOWN) {
            return new ChangeValue(text, "");
        }
        return new ChangeValue(text, text.substring(0, text.offsetByCodePoints(0, CHANGE_SHOWN)) + "…");
    }

    private RoleItem role(String roleKey, String userKey, List<DepartmentName> names, Locale locale) {
        Person p = person(userKey);
        if (p == null) {
            return new RoleItem(i18n.getText(roleKey), userKey == null || userKey.isEmpty()
                    ? i18n.getText("kakehashi.collaboration.role.none") : userKey, "", "", "");
        }
        String depts = departments.departmentsOf(p.key()).stream().map(d -> d.name(locale))
                .collect(Collectors.joining(", "));
        return new RoleItem(i18n.getText(roleKey), p.displayName(), p.username(),
                p.avatarUrl() == null ? "" : p.avatarUrl(), depts);
    }

    private Person person(String key) {
        return key == null || key.isEmpty() ? null : people.byKey(key).orElse(null);
    }

    private String username(String key) {
        Person p = person(key);
        return p == null ? "" : p.username();
    }

    private static String name(List<DepartmentName> names, String key, Locale locale) {
        return names.stream().filter(d -> d.key().equals(key)).findFirst().map(d -> d.name(locale)).orElse(key);
    }

    /** The department's profile page, or empty for an inactive or unknown department. */
    private static String profileUrl(List<DepartmentName> names, String key, String context) {
        return names.stream().filter(d -> d.key().equals(key) && d.active()).findFirst()
                .map(d -> context + d.profilePath()).orElse("");
    }

    private static String query(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private Locale locale() {
        Locale locale = locales.getLocale();
        return locale == null ? Locale.ENGLISH : locale;
    }
}
