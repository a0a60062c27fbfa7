package dev.kakehashi.knowledge.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.knowledge.KnowledgeKind;
import dev.kakehashi.knowledge.KnowledgeLog;
import dev.kakehashi.knowledge.KnowledgePage;
import dev.kakehashi.knowledge.KnowledgePages;
import dev.kakehashi.knowledge.KnowledgeQuery;
import dev.kakehashi.knowledge.KnowledgeService;
import dev.kakehashi.knowledge.web.KnowledgeLogView;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Problem;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.platform.rest.Callers;
import dev.kakehashi.platform.rest.EmptyJson;
import dev.kakehashi.platform.rest.Params;
import dev.kakehashi.thanks.Thanks;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.ThanksPage;
import dev.kakehashi.thanks.ThanksQuery;
import dev.kakehashi.thanks.ThanksService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The knowledge-sharing pages (Confluence): {@code /rest/kakehashi/1.0/knowledge}. Every call needs a logged-in user
 * (401). Lists hold only pages the caller may view; a page hidden from them answers 404 like one that is not in the
 * logs. In Jira nothing is found.
 */
@Path("knowledge")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeResource {
    private final People people;
    private final KnowledgeService knowledge;
    private final KnowledgeLogView view;
    private final DepartmentService departments;
    private final KnowledgePages pages;
    private final ThanksService thanks;

    @Inject
    public KnowledgeResource(People people, KnowledgeService knowledge, KnowledgeLogView view,
                             DepartmentService departments, KnowledgePages pages, ThanksService thanks) {
        this.pages = pages;
        this.thanks = thanks;
        this.people = people;
        this.knowledge = knowledge;
        this.view = view;
        this.departments = departments;
    }

    /** A page of a log and the cursor of the next one ({@code 0}: no more). */
    public record LogJson(List<KnowledgeLogView.Row> items, long next) {
    }

    /**
     * 200: a page of the log of {@code kind} (results, owwh-plan, meeting-notes) in {@code space} (a key; {@code *} or
     * none for every space), only pages naming {@code department} if given, older than {@code before}, at most
     * {@code limit} (1 to 50, default 20); 400: an unknown kind or department.
     */
    @GET
    @Path("pages")
    public LogJson pages(@QueryParam("kind") String kind, @QueryParam("space") String space,
                         @QueryParam("department") String department, @QueryParam("before") String beforeText,
                         @QueryParam("limit") String limitText) {
        Person caller = Callers.user(people);
        Long before = Params.number("before", beforeText);
        Integer limit = Params.integer("limit", limitText);
        List<Problem> problems = new ArrayList<>();
        KnowledgeKind chosen = KnowledgeKind.byKey(kind).orElse(null);
        if (chosen == null) {
            problems.add(Problem.of("kind", "kakehashi.knowledge.error.kind"));
        }
        String departmentKey = department == null || department.isBlank() ? null : department.strip();
        if (departmentKey != null && departments.allNames().stream().map(DepartmentName::key)
                .noneMatch(departmentKey::equals)) {
            problems.add(Problem.of("department", "kakehashi.knowledge.error.department"));
        }
        if (!problems.isEmpty()) {
            throw Rejection.invalid(problems);
        }
        String spaceKey = space == null || space.isBlank() || space.strip().equals("*") ? null : space.strip();
        KnowledgeLog log = knowledge.log(caller.key(), new KnowledgeQuery(chosen, spaceKey, departmentKey,
                before == null ? 0 : before, limit == null ? KnowledgeQuery.DEFAULT_LIMIT : limit));
        return new LogJson(view.rows(log), log.next());
    }

    /** What a retry came to: the page's state and, if it is still not recorded, why, in the caller's language. */
    public record LinkJson(long pageId, String linkState, String linkProblem) {
    }

    /**
     * 200: tried again to record a results page on its request in Jira, as the caller; 400: nothing to record; 403: the
     * caller neither created nor may edit the page; 404: no such page in the logs that the caller may view.
     */
    @POST
    @Path("pages/{pageId}/request-link")
    @Consumes(MediaType.APPLICATION_JSON)
    public LinkJson retryLink(@PathParam("pageId") String pageId, EmptyJson body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        Callers.body(body);
        KnowledgePage page = knowledge.retryLink(caller.key(), Params.id("pageId", pageId));
        return new LinkJson(page.pageId(), page.linkState().name(), view.linkProblem(page.linkState(), true));
    }

    /** A page's address and the departments the caller's own public thanks on it went to. */
    public record MyThanksJson(long pageId, String url, List<String> departments) {
    }

    /** How many of the caller's thanks on one page are read at most (five pages of the largest size). */
    static final int MAX_OWN_THANKS = 5 * ThanksQuery.MAX_LIMIT;

    /**
     * 200: the page's address and the departments that the caller's own active public thanks on it went to (none
     * when they gave none); what Jira asks, as the caller, before it counts a thanks on a results page. 404: no such
     * page the caller may view.
     */
    @GET
    @Path("pages/{pageId}/my-thanks")
    public MyThanksJson myThanks(@PathParam("pageId") String pageId) {
        Person caller = Callers.user(people);
        long id = Params.id("pageId", pageId);
        KnowledgePages.PageRef page = pages.visiblePage(id, caller.key()).orElseThrow(() -> Rejection.of(
                Rejection.Reason.NOT_FOUND, null, "kakehashi.knowledge.error.not.found"));
        Set<String> departments = new LinkedHashSet<>();
        Long before = null;
        int read = 0;
        do {
            ThanksPage own = thanks.list(caller.key(), new ThanksQuery(ThanksContext.page(id), null, caller.key(),
                    null, null, null, null, before, ThanksQuery.MAX_LIMIT));
            own.items().stream().filter(t -> t.visibility() == Thanks.Visibility.PUBLIC
                    && t.senderKey().equals(caller.key())).forEach(t -> departments.addAll(t.recipientDepartments()));
            read += own.items().size();
            before = own.next();
        } while (before != null && read < MAX_OWN_THANKS);
        return new MyThanksJson(page.id(), page.url(), List.copyOf(departments));
    }
}
