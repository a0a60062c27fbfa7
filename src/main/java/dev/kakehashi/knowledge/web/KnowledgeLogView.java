package dev.kakehashi.knowledge.web;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.knowledge.KnowledgeKind;
import dev.kakehashi.knowledge.KnowledgeLog;
import dev.kakehashi.knowledge.KnowledgePage;
import dev.kakehashi.knowledge.KnowledgeService;
import dev.kakehashi.knowledge.LinkState;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the logs show, for the {@code knowledge-log} macro and the REST API alike: one row per page in the reader's
 * language, and the common model of the macro's template.
 */
public class KnowledgeLogView {
    static final String PLUGIN_KEY = "dev.kakehashi.kakehashi";
    static final String RESOURCES = PLUGIN_KEY + ":knowledge-resources";

    private final KnowledgeService knowledge;
    private final DepartmentService departments;
    private final People people;
    private final LocaleResolver locales;
    private final I18nResolver i18n;
    private final PageBuilderService pageBuilder;
    private final ApplicationProperties application;

    public KnowledgeLogView(KnowledgeService knowledge, DepartmentService departments, People people,
                            LocaleResolver locales, I18nResolver i18n, PageBuilderService pageBuilder,
                            ApplicationProperties application) {
        this.knowledge = knowledge;
        this.departments = departments;
        this.people = people;
        this.locales = locales;
        this.i18n = i18n;
        this.pageBuilder = pageBuilder;
        this.application = application;
    }

    /**
     * One page of a log as people see it. {@code linkProblem} says, in the reader's language, why a results page is
     * not on its request yet (empty when it is, or names none).
     */
    public record Row(long pageId, String title, String url, String kind, List<String> departmentKeys,
                      String departments, String date, String summary, String requestKey, String requestUrl,
                      String creator, String linkState, String linkProblem, boolean mayRetryLink) {
    }

    /** A department to filter by. */
    public record Choice(String value, String label, boolean selected) {
    }

    /** The rows of a log page, in the reader's language. */
    public List<Row> rows(KnowledgeLog log) {
        Locale locale = locale();
        Map<String, String> names = new HashMap<>();
        for (DepartmentName name : departments.allNames()) {
            names.put(name.key(), name.name(locale));
        }
        Map<String, String> creators = new HashMap<>();
        String readerKey = people.currentUser().map(Person::key).orElse(null);
        String separator = i18n.getText("kakehashi.knowledge.list.separator");
        return log.entries().stream().map(e -> {
            KnowledgePage p = e.page();
            String creator = p.creatorKey() == null ? "" : creators.computeIfAbsent(p.creatorKey(), k ->
                    people.byKey(k).map(Person::displayName).orElse(""));
            return new Row(p.pageId(), e.ref().title(), e.ref().url(), p.kind().key(), p.departments(),
                    p.departments().stream().map(k -> names.getOrDefault(k, k)).collect(Collectors.joining(separator)),
                    p.date().toString(), p.summary(), p.requestKey() == null ? "" : p.requestKey(),
                    knowledge.requestUrl(p.requestKey()).orElse(""), creator, p.linkState().name(),
                    linkProblem(p.linkState(), p.creatorKey() != null && p.creatorKey().equals(readerKey)),
                    e.mayRetryLink());
        }).toList();
    }

    /** The model of the macro's template for one kind, with the department chosen to filter by (or none). */
    public Map<String, Object> model(KnowledgeKind kind, String department) {
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        Locale locale = locale();
        Map<String, Object> model = new HashMap<>();
        model.put("i18n", i18n);
        model.put("language", locale.getLanguage());
        model.put("restBase", application.getBaseUrl(UrlMode.RELATIVE) + "/rest/kakehashi/1.0");
        model.put("kind", kind.key());
        model.put("kindText", kind.textKey());
        model.put("departmentChoices", departments.activeNames().stream()
                .map(d -> new Choice(d.key(), d.name(locale), d.key().equals(department))).toList());
        return model;
    }

    /** Whether a log can be filtered by this department key (an active department). */
    public boolean isActiveDepartment(String key) {
        return departments.activeNames().stream().anyMatch(d -> d.key().equals(key));
    }

    /**
     * Where a browser opens Confluence's Create dialog on this kind's blueprint in a space (any page takes the
     * {@code createDialog} parameters; the dashboard is always there).
     */
    public String createUrl(KnowledgeKind kind, String spaceKey) {
        return application.getBaseUrl(UrlMode.RELATIVE) + "/dashboard.action?createDialog=true&createDialogSpaceKey="
                + URLEncoder.encode(spaceKey, StandardCharsets.UTF_8) + "&createDialogBlueprintKey="
                + URLEncoder.encode(PLUGIN_KEY + ":" + kind.key() + "-blueprint", StandardCharsets.UTF_8);
    }

    /**
     * Why a results page is not on its request, in the reader's language; empty when it is or names none.
     * {@code madeTheAttempt}: the reader is the one Jira answered (the page's creator, or who just tried again). Only
     * they learn that they may see the request but not change it; anyone else reads the same words whether Jira has
     * no such request or refused a change, so that no one learns of an issue they may not see.
     */
    public String linkProblem(LinkState state, boolean madeTheAttempt) {
        return switch (state) {
            case NONE, RECORDED, PENDING -> "";
            case NOT_FOUND, NOT_ALLOWED -> i18n.getText(madeTheAttempt ? "kakehashi.knowledge.link."
                    + state.name().toLowerCase(Locale.ROOT).replace('_', '.') : "kakehashi.knowledge.link.not.recorded");
            default -> i18n.getText("kakehashi.knowledge.link." + state.name().toLowerCase(Locale.ROOT)
                    .replace('_', '.'));
        };
    }

    private Locale locale() {
        Locale locale = locales.getLocale();
        return locale == null ? Locale.ENGLISH : locale;
    }
}
