package dev.kakehashi.knowledge.confluence;

import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContextKeys;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.goals.GoalSpaces;
import dev.kakehashi.knowledge.Attendees;
import dev.kakehashi.knowledge.KnowledgeKind;
import dev.kakehashi.knowledge.KnowledgeService;
import dev.kakehashi.knowledge.LinkedRequest;
import dev.kakehashi.knowledge.LinkedRequests;
import dev.kakehashi.knowledge.PageContent;
import dev.kakehashi.knowledge.PageDraft;
import dev.kakehashi.knowledge.WizardFields;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Fills a knowledge-sharing template from its wizard: the kind comes from the descriptor
 * ({@code <param name="kind" value="results"/>}), the rest from the wizard's fields, which are read as untrusted
 * text. A results page naming a request is pre-filled from the request in Jira (its purpose, roles and departments)
 * when the creator may see it there. The page gets the labels of its departments and request, and keeps the
 * kind and the departments in its context for the page-created event. Meeting notes name their attendees as links to
 * the people (those who exist and may view the space the wizard names, when the creator may view it too).
 */
@SuppressWarnings("deprecation")
public class KnowledgeBlueprintContextProvider extends AbstractBlueprintContextProvider {
    private final KnowledgeService knowledge;
    private final LinkedRequests requests;
    private final DepartmentService departments;
    private final I18nResolver i18n;
    private final LocaleResolver locales;
    private final People people;
    private final GoalSpaces spaces;
    private KnowledgeKind kind;

    public KnowledgeBlueprintContextProvider(KnowledgeService knowledge, LinkedRequests requests,
                                             DepartmentService departments, I18nResolver i18n,
                                             LocaleResolver locales, People people, GoalSpaces spaces) {
        this.knowledge = knowledge;
        this.requests = requests;
        this.departments = departments;
        this.i18n = i18n;
        this.locales = locales;
        this.people = people;
        this.spaces = spaces;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        kind = KnowledgeKind.byKey(params == null ? null : params.get("kind")).orElseThrow(() ->
                new PluginParseException("<context-provider> of a knowledge template needs "
                        + "<param name=\"kind\" value=\"results|owwh-plan|meeting-notes\"/>"));
    }

    /** The kind this provider fills (from its {@code init} parameters). */
    public KnowledgeKind kind() {
        return kind;
    }

    /**
     * The one rule for a page the author left without a title, wherever it was started (from the request in Jira or
     * from Confluence's Create dialog): a results page about a request the creator may read is named after the
     * request ("Results and learnings: its summary"); any other page after its kind and date.
     */
    String defaultTitle(PageDraft draft, LinkedRequest request) {
        if (draft.kind() == KnowledgeKind.RESULTS && request != null && !request.summary().isBlank()) {
            String title = i18n.getText("kakehashi.knowledge.results.wizard.default.title", request.summary().strip());
            return title.length() <= PageDraft.TITLE_MAX ? title : title.substring(0, PageDraft.TITLE_MAX).strip();
        }
        return i18n.getText("kakehashi.knowledge." + kind.textKey() + ".name") + " " + draft.date();
    }

    /**
     * The space the attendees are checked against, or none, and then nobody is named. On a page's path the host puts
     * the create call's own {@code context} into the blueprint context as sent, so both its {@code spaceKey} entry and
     * the wizard's field are the caller's word: a space is used only when the two do not disagree and the creator may
     * view it themselves, so that nobody learns through the attendees who may view a space they cannot see.
     */
    Optional<String> attendeeSpace(BlueprintContext context) {
        Set<String> named = new HashSet<>();
        for (Object value : new Object[] {context.get(BlueprintContextKeys.SPACE_KEY.key()),
                context.get(WizardFields.SPACE)}) {
            if (value instanceof String key && !key.isBlank()) {
                named.add(key.strip());
            }
        }
        if (named.size() != 1) {
            return Optional.empty();
        }
        String spaceKey = named.iterator().next();
        return people.currentUser().filter(creator -> spaces.canView(spaceKey, creator.key())).map(creator -> spaceKey);
    }

    @Override
    protected BlueprintContext updateBlueprintContext(BlueprintContext context) {
        if (kind == null) {
            throw new IllegalStateException("init was not called");
        }
        PageDraft draft = knowledge.draft(kind, context.getMap());
        LinkedRequest request = draft.hasRequest() ? requests.find(draft.requestKey()).orElse(null) : null;
        Locale locale = locales.getLocale() == null ? Locale.ENGLISH : locales.getLocale();
        Map<String, String> names = new HashMap<>();
        for (DepartmentName name : departments.allNames()) {
            names.put(name.key(), name.name(locale));
        }
        Optional<String> space = kind != KnowledgeKind.MEETING ? Optional.empty() : attendeeSpace(context);
        List<Person> attendees = space.isEmpty() ? List.of()
                : Attendees.resolve(Attendees.names(context.get(WizardFields.ATTENDEES)), people::byUsername,
                        p -> spaces.canView(space.get(), p.key()));
        PageContent content = new PageContent(draft, request,
                draft.hasRequest() ? requests.issueUrl(draft.requestKey()).orElse(null) : null,
                key -> names.getOrDefault(key, key), key -> i18n.getText(key), attendees);
        content.variables().forEach(context::put);
        Object earlier = context.get(WizardFields.LABELS);
        String labels = String.join(" ", content.labels());
        context.put(WizardFields.LABELS, earlier instanceof String s && !s.isBlank() ? s.strip() + " " + labels : labels);
        context.put(WizardFields.KIND, kind.key());
        context.put(WizardFields.DEPARTMENTS, String.join(",", content.departments()));
        if (draft.title().isEmpty()) {
            context.setTitle(defaultTitle(draft, request));
        }
        return context;
    }
}
