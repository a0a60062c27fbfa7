package dev.kakehashi.collaboration.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import dev.kakehashi.collaboration.CollaborationService;
import dev.kakehashi.collaboration.HostIssueTypes;
import dev.kakehashi.collaboration.RequestKind;
import dev.kakehashi.collaboration.RequestTypeInstaller;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.platform.rest.Callers;
import dev.kakehashi.platform.rest.EmptyJson;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;

/**
 * The request issue types and who may change a request, for administrators:
 * {@code /rest/kakehashi/1.0/admin/collaboration}. Reading needs an administrator (401/403); installing the issue
 * types, adding them to a project or changing the policy also needs a secure administrator session and a JSON request.
 * Nothing here removes an issue type.
 */
@Path("admin/collaboration")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class AdminCollaborationResource {
    private final People people;
    private final RequestTypeInstaller installer;
    private final CollaborationService requests;
    private final WebSudoManager webSudo;
    private final I18nResolver i18n;

    @Inject
    public AdminCollaborationResource(People people, RequestTypeInstaller installer, CollaborationService requests,
                                      WebSudoManager webSudo, I18nResolver i18n) {
        this.people = people;
        this.installer = installer;
        this.requests = requests;
        this.webSudo = webSudo;
        this.i18n = i18n;
    }

    /** Who may change a request besides its roles and the administrators: {@code roles} or {@code edit-issues}. */
    public record ChangePolicyJson(String whoMayChange) {
    }

    /** 200: who may change a request. */
    @GET
    @Path("change-policy")
    public ChangePolicyJson changePolicy() {
        Callers.admin(people);
        return new ChangePolicyJson(requests.changePolicy().key());
    }

    /** 200: the policy saved; 400: neither {@code roles} nor {@code edit-issues}. */
    @PUT
    @Path("change-policy")
    @Consumes(MediaType.APPLICATION_JSON)
    public ChangePolicyJson updateChangePolicy(ChangePolicyJson input, @Context HttpServletRequest request,
                                               @Context HttpHeaders headers) {
        Callers.json(headers);
        Callers.adminInSecureSession(people, webSudo, request);
        return new ChangePolicyJson(requests.updateChangePolicy(Callers.body(input).whoMayChange()).key());
    }

    /** One kind of request and its Jira issue type ({@code present} false when it is missing). */
    public record TypeJson(String kind, String label, String issueTypeId, String name, boolean present) {
    }

    /** A project, its issue type scheme, and the keys of the request kinds the scheme offers. */
    public record ProjectJson(String key, String name, String scheme, boolean defaultScheme, List<String> offered) {
    }

    /** 200: every kind with its issue type. */
    @GET
    @Path("issue-types")
    public List<TypeJson> types() {
        Callers.admin(people);
        return json(installer.state());
    }

    /** 200: creates the missing issue types (never twice) and answers every kind with its issue type. */
    @POST
    @Path("issue-types")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<TypeJson> install(EmptyJson body, @Context HttpServletRequest request, @Context HttpHeaders headers) {
        Callers.json(headers);
        Callers.adminInSecureSession(people, webSudo, request);
        Callers.body(body);
        return json(installer.install());
    }

    /** 200: every project, with the request kinds its issue type scheme offers. */
    @GET
    @Path("projects")
    public List<ProjectJson> projects() {
        Callers.admin(people);
        return installer.projects().stream().map(this::json).toList();
    }

    /** 200: the project after adding every request issue type to its scheme; 404: no such project. */
    @POST
    @Path("projects/{projectKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProjectJson addToProject(@PathParam("projectKey") String projectKey, EmptyJson body,
                                    @Context HttpServletRequest request, @Context HttpHeaders headers) {
        Callers.json(headers);
        Callers.adminInSecureSession(people, webSudo, request);
        Callers.body(body);
        if (!installer.addToProject(projectKey)) {
            throw Rejection.of(Rejection.Reason.NOT_FOUND, null, "kakehashi.collaboration.error.project", projectKey);
        }
        return installer.projects().stream().filter(p -> p.key().equals(projectKey)).findFirst().map(this::json)
                .orElseThrow(() -> Rejection.of(Rejection.Reason.NOT_FOUND, null,
                        "kakehashi.collaboration.error.project", projectKey));
    }

    private List<TypeJson> json(List<RequestTypeInstaller.TypeState> states) {
        return states.stream().map(s -> new TypeJson(s.kind().key(), i18n.getText(s.kind().nameKey()),
                s.issueTypeId(), s.name(), s.present())).toList();
    }

    private ProjectJson json(HostIssueTypes.ProjectTypes p) {
        var ids = installer.issueTypes();
        List<String> offered = Arrays.stream(RequestKind.values())
                .filter(k -> ids.get(k) != null && p.offered().contains(ids.get(k))).map(RequestKind::key).toList();
        return new ProjectJson(p.key(), p.name(), p.schemeName(), p.defaultScheme(), offered);
    }
}
