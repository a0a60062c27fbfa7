package dev.kakehashi.bench;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.admin.ao.AoDepartmentStore;
import dev.kakehashi.goals.GoalQuery;
import dev.kakehashi.goals.GoalService;
import dev.kakehashi.goals.GoalSpaces;
import dev.kakehashi.goals.ao.AoGoalStore;
import dev.kakehashi.goals.confluence.SharedGoalMacro;
import dev.kakehashi.goals.confluence.SharedGoalsMacro;
import dev.kakehashi.goals.web.GoalCards;
import java.io.Writer;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The two shared-goal macros of Confluence on the busy goal's page, wired as in the host: the plugin's macros,
 * {@link GoalCards}, {@link GoalService} and {@link AoGoalStore} over the benchmark database; the host's side answers
 * from memory (every space visible to the reader, people, the cluster cache, i18n, the web resources). The template
 * renderer is a stand-in that keeps the model and writes nothing: the Velocity merge reads no data and is not measured.
 */
final class Goals {
    /** An ordinary reader (the thanks panel's): may view every space, administers none, takes part in no goal. */
    static final String READER = Panel.VIEWER;
    static final String BUSY_GOAL = Long.toString(GoalData.BUSY_ID);
    /** The {@code shared-goal} macro as placed on a page: one chosen goal. */
    static final Map<String, String> GOAL = Map.of("goal", BUSY_GOAL);
    /** The {@code shared-goals} macro in the page's space (its default), the goals sales takes part in, by due date. */
    static final Map<String, String> LIST_SPACE = Map.of("department", "sales", "sort", "due", "size", "10");
    /** The same over every space ({@code space=*}). */
    static final Map<String, String> LIST_ALL = Map.of("space", "*", "department", "sales", "sort", "due",
            "size", "10");
    /** Every space, the goals sales takes part in with the label {@code okr}, by due date. */
    static final Map<String, String> LIST_LABEL = Map.of("space", "*", "department", "sales", "label", "okr",
            "sort", "due", "size", "10");
    /** The query {@link #LIST_ALL} makes, for the store's statements on their own. */
    static final GoalQuery ALL_SALES = new GoalQuery(null, "sales", null, null, GoalQuery.Sort.DUE, 0, 10);
    /** Every space key of the data set: what the reader may view. */
    static final Set<String> SPACES = IntStream.rangeClosed(1, GoalData.SPACES).mapToObj(GoalData::space)
            .collect(Collectors.toCollection(LinkedHashSet::new));

    final AoGoalStore store;
    final GoalService service;
    final GoalCards cards;
    final SharedGoalMacro goalMacro;
    final SharedGoalsMacro goalsMacro;
    private final Renderer renderer = new Renderer();
    private final ConversionContext page = new Page(GoalData.pageOf(GoalData.BUSY_ID), GoalData.BUSY_SPACE);

    Goals(ActiveObjects ao) {
        BenchPeople people = new BenchPeople(READER);
        HostCaches caches = new HostCaches();
        DepartmentService departments = new DepartmentService(new AoDepartmentStore(ao), new AllGroups(), people,
                caches);
        store = new AoGoalStore(ao);
        service = new GoalService(store, new AllSpaces(), people, departments,
                Clock.fixed(RequestData.NOW, ZoneOffset.UTC));
        cards = new GoalCards(people, departments,
                Requests.stub(LocaleResolver.class, Locale.class, arguments -> Locale.JAPANESE),
                Requests.stub(I18nResolver.class, String.class, Goals::firstString),
                Panel.pageBuilder(),
                Requests.stub(ApplicationProperties.class, String.class, arguments -> "/confluence"));
        goalMacro = new SharedGoalMacro(service, cards, people, renderer);
        goalsMacro = new SharedGoalsMacro(service, cards, people, renderer);
    }

    /** One view of the page's {@code shared-goal} macro; returns the model the template would get. */
    Map<String, Object> goal() {
        return run(goalMacro::execute, GOAL);
    }

    /** One view of the page's {@code shared-goals} macro listing the space's goals of sales. */
    Map<String, Object> listSpace() {
        return run(goalsMacro::execute, LIST_SPACE);
    }

    /** One view of a {@code shared-goals} macro listing the goals of sales in every space. */
    Map<String, Object> listAll() {
        return run(goalsMacro::execute, LIST_ALL);
    }

    /** One view of a {@code shared-goals} macro listing the goals of sales labelled okr in every space. */
    Map<String, Object> listLabel() {
        return run(goalsMacro::execute, LIST_LABEL);
    }

    private interface Execute {
        String execute(Map<String, String> parameters, String body, ConversionContext context)
                throws MacroExecutionException;
    }

    private Map<String, Object> run(Execute macro, Map<String, String> parameters) {
        try {
            macro.execute(parameters, "", page);
        } catch (MacroExecutionException e) {
            throw new IllegalStateException(e);
        }
        return renderer.model;
    }

    private static Object firstString(Object[] arguments) {
        for (Object argument : arguments) {
            if (argument instanceof String text) {
                return text;
            }
        }
        return "";
    }

    /** The template renderer's stand-in: keeps the model, writes nothing. */
    static final class Renderer implements TemplateRenderer {
        Map<String, Object> model;

        @Override
        public void render(String templateName, Writer writer) {
            model = Map.of();
        }

        @Override
        public void render(String templateName, Map<String, Object> context, Writer writer) {
            model = context;
        }

        @Override
        public String renderFragment(String fragment, Map<String, Object> context) {
            return "";
        }

        @Override
        public boolean resolve(String templateName) {
            return true;
        }
    }

    /** Confluence's space permissions, cached in the host: the reader may view every space and administers none. */
    private static final class AllSpaces implements GoalSpaces {
        @Override
        public Optional<String> name(String spaceKey) {
            return Optional.of("スペース " + spaceKey);
        }

        @Override
        public boolean canView(String spaceKey, String userKey) {
            return true;
        }

        @Override
        public Set<String> viewable(String userKey) {
            return SPACES;
        }

        @Override
        public Optional<String> spaceOfPage(long pageId, String userKey) {
            return Optional.of(pageId == GoalData.pageOf(GoalData.BUSY_ID) ? GoalData.BUSY_SPACE
                    : GoalData.space(1 + (int) (pageId % GoalData.SPACES)));
        }

        @Override
        public boolean canEdit(String spaceKey, String userKey) {
            return true;
        }

        @Override
        public boolean canAdminister(String spaceKey, String userKey) {
            return false;
        }

        @Override
        public boolean canEditPage(long pageId, String userKey) {
            return false;
        }
    }

    /** The page being viewed: the busy goal's home page, in its space. */
    static final class Page implements ConversionContext {
        private final ContentEntityObject entity;
        private final String spaceKey;

        Page(long id, String spaceKey) {
            this.entity = new ContentEntityObject() {
                private static final long serialVersionUID = 1L;

                @Override
                public long getId() {
                    return id;
                }
            };
            this.spaceKey = spaceKey;
        }

        @Override
        public String getOutputType() {
            return "display";
        }

        @Override
        public ContentEntityObject getEntity() {
            return entity;
        }

        @Override
        public String getSpaceKey() {
            return spaceKey;
        }
    }
}
