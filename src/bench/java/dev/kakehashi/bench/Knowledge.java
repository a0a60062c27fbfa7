package dev.kakehashi.bench;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.admin.ao.AoDepartmentStore;
import dev.kakehashi.knowledge.KnowledgePages;
import dev.kakehashi.knowledge.KnowledgeService;
import dev.kakehashi.knowledge.LinkState;
import dev.kakehashi.knowledge.LinkedRequest;
import dev.kakehashi.knowledge.LinkedRequests;
import dev.kakehashi.knowledge.ao.AoKnowledgeStore;
import dev.kakehashi.knowledge.confluence.KnowledgeLogMacro;
import dev.kakehashi.knowledge.web.KnowledgeLogView;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code knowledge-log} macro on the index page of the busy space, wired as in the host: the plugin's macro,
 * {@link KnowledgeLogView}, {@link KnowledgeService} and {@link AoKnowledgeStore} over the benchmark database; the
 * host's side answers from memory (pages and spaces the reader may view, people, the cluster cache, i18n, web
 * resources, the link to Jira). The template renderer keeps the model and writes nothing.
 */
final class Knowledge {
    /** The log of results pages of the page's space (the index page's own macro). */
    static final Map<String, String> SPACE = Map.of("kind", "results");
    /** The same, filtered by a department (what choosing one in the log's select does, through REST). */
    static final Map<String, String> DEPARTMENT = Map.of("kind", "results", "department", "sales");
    /** The results pages of every space. */
    static final Map<String, String> ALL = Map.of("kind", "results", "space", "*");

    final AoKnowledgeStore store;
    private final KnowledgeLogMacro macro;
    private final Goals.Renderer renderer = new Goals.Renderer();
    private final Goals.Page page = new Goals.Page(4_999_999L, GoalData.BUSY_SPACE);

    Knowledge(ActiveObjects ao) {
        BenchPeople people = new BenchPeople(Goals.READER);
        DepartmentService departments = new DepartmentService(new AoDepartmentStore(ao), new AllGroups(), people,
                new HostCaches());
        store = new AoKnowledgeStore(ao);
        KnowledgeService service = new KnowledgeService(store, new AllPages(), new JiraLink(), departments,
                java.time.Clock.systemUTC());
        KnowledgeLogView view = new KnowledgeLogView(service, departments, people,
                Requests.stub(LocaleResolver.class, Locale.class, arguments -> Locale.JAPANESE),
                Requests.stub(I18nResolver.class, String.class, arguments -> "、"),
                Panel.pageBuilder(),
                Requests.stub(ApplicationProperties.class, String.class, arguments -> "/confluence"));
        macro = new KnowledgeLogMacro(service, view, people, renderer);
    }

    /** One view of the macro with these parameters; returns the model the template would get. */
    Map<String, Object> log(Map<String, String> parameters) {
        try {
            macro.execute(parameters, "", page);
        } catch (MacroExecutionException e) {
            throw new IllegalStateException(e);
        }
        return renderer.model;
    }

    /** Confluence's pages as its caches answer: every page exists and the reader may view it. */
    private static final class AllPages implements KnowledgePages {
        @Override
        public Optional<PageRef> page(long pageId) {
            long n = pageId - KnowledgeData.FIRST_PAGE_ID;
            return Optional.of(new PageRef(pageId, KnowledgeData.space(n), "成果と学び " + n,
                    "/confluence/pages/viewpage.action?pageId=" + pageId));
        }

        @Override
        public Optional<PageRef> visiblePage(long pageId, String userKey) {
            return page(pageId);
        }

        @Override
        public boolean canEdit(long pageId, String userKey) {
            return false;
        }

        @Override
        public boolean canViewSpace(String spaceKey, String userKey) {
            return true;
        }

        @Override
        public List<SpaceRef> spacesForNewPages(String userKey) {
            return List.of();
        }
    }

    /** The link to Jira: only the issue's address is asked for while the log renders. */
    private static final class JiraLink implements LinkedRequests {
        @Override
        public Optional<LinkedRequest> find(String issueKey) {
            return Optional.empty();
        }

        @Override
        public LinkState record(String issueKey, String pageUrl, String pageTitle) {
            return LinkState.NONE;
        }

        @Override
        public LinkState recordThanks(String issueKey, long pageId) {
            return LinkState.NONE;
        }

        @Override
        public Optional<String> issueUrl(String issueKey) {
            return Optional.of("https://jira.example.com/browse/" + issueKey);
        }
    }
}
