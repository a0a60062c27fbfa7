package dev.kakehashi.collaboration.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import dev.kakehashi.collaboration.CollaborationRequest;
import dev.kakehashi.collaboration.CollaborationService;
import dev.kakehashi.collaboration.GivenThanks;
import dev.kakehashi.collaboration.Partnership;
import dev.kakehashi.collaboration.RequestInput;
import dev.kakehashi.collaboration.RequestIssues;
import dev.kakehashi.collaboration.RequestView;
import dev.kakehashi.collaboration.Step;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.platform.rest.Callers;
import dev.kakehashi.platform.rest.Params;
import dev.kakehashi.platform.rest.PersonJson;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Collaboration requests: {@code /rest/kakehashi/1.0/collaboration/requests}. Every call needs a logged-in user (401)
 * and Browse Projects on the issue; an issue the caller may not see answers 404 exactly like a missing one. Changes
 * need Edit Issues or one of the request's roles (403), take JSON only (415), and carry the version the caller saw
 * (409 when someone changed the request first).
 */
@Path("collaboration/requests")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class CollaborationResource {
    private final People people;
    private final CollaborationService requests;
    private final GivenThanks givenThanks;
    private final I18nResolver i18n;
    private final ApplicationProperties application;

    @Inject
    public CollaborationResource(People people, CollaborationService requests, I18nResolver i18n,
                                 ApplicationProperties application, GivenThanks givenThanks) {
        this.givenThanks = givenThanks;
        this.people = people;
        this.requests = requests;
        this.i18n = i18n;
        this.application = application;
    }

    /** A new request: the issue's project and summary, and the request's details. */
    public record NewRequest(String projectKey, String summary, String kind, String requestingDepartment,
                             String partnerDepartment, String purpose, String scope, String helpKind,
                             String partnerBenefit, String requester, String partnerContact, String decisionOwner,
                             String dueDate, String goal) {
        RequestInput details() {
            return new RequestInput(kind, requestingDepartment, partnerDepartment, purpose, scope, helpKind,
                    partnerBenefit, requester, partnerContact, decisionOwner, dueDate, goal);
        }
    }

    /**
     * Changed details ({@code goal}: a shared goal's id, empty for none, absent to keep it); without {@code version}
     * it sets up an issue of a request type that has none yet.
     */
    public record DetailsInput(String kind, String requestingDepartment, String partnerDepartment, String purpose,
                               String scope, String helpKind, String partnerBenefit, String requester,
                               String partnerContact, String decisionOwner, String dueDate, Integer version,
                               String goal) {
        RequestInput details() {
            return new RequestInput(kind, requestingDepartment, partnerDepartment, purpose, scope, helpKind,
                    partnerBenefit, requester, partnerContact, decisionOwner, dueDate, goal);
        }
    }

    /** A move to the next or the previous step (its key, such as {@code agreed}, or its number). */
    public record StepInput(String step, Integer version) {
    }

    /** The result: a link to where it is written (http or https), a note, or both. */
    public record ResultInput(String resultLink, String resultNote, Integer version) {
    }

    /** The next collaboration proposed at step 6. */
    public record FollowUpInput(String summary, String purpose, String scope) {
    }

    /** 201: the issue created as the caller, at step 1; 400: invalid details or Jira refused the issue. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewRequest input, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        NewRequest body = Callers.body(input);
        RequestIssues.IssueRef issue = requests.create(caller.key(), body.projectKey(), body.summary(), body.details());
        return Response.status(Response.Status.CREATED).entity(created(issue)).build();
    }

    /** A request serving a shared goal, as the goal's card in Confluence lists it. */
    public record ServingJson(String issueKey, String summary, int step, String stepKey, String requestingDepartment,
                              String partnerDepartment, boolean resolved) {
    }

    /** The requests serving a goal that the caller may browse. */
    public record ServingPageJson(List<ServingJson> requests) {
    }

    /**
     * 200: the requests that name the shared goal {@code goal} (its id in Confluence) and whose issue the caller may
     * browse, newest first, at most 50; how many others there are is not told.
     */
    @GET
    public ServingPageJson serving(@QueryParam("goal") String goal) {
        Person caller = Callers.user(people);
        return new ServingPageJson(requests.servingGoal(caller.key(), Params.id("goal", goal)).stream()
                .map(s -> new ServingJson(s.issue().key(), s.issue().summary(), s.request().step().number(),
                        s.request().step().key(), s.request().requestingDepartment(),
                        s.request().partnerDepartment(), s.issue().resolved())).toList());
    }

    /** 200: the request; 404: no such issue the caller may see, or it is not set up as a request. */
    @GET
    @Path("{issueKey}")
    public RequestJson get(@PathParam("issueKey") String issueKey) {
        Person caller = Callers.user(people);
        return json(requests.view(caller.key(), issueKey), caller);
    }

    /** 200: the request with the details saved; 409: changed by someone else since {@code version}. */
    @PUT
    @Path("{issueKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RequestJson update(@PathParam("issueKey") String issueKey, DetailsInput input,
                              @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        DetailsInput body = Callers.body(input);
        if (body.version() == null) {
            requests.setUp(caller.key(), issueKey, body.details());
        } else {
            requests.update(caller.key(), issueKey, body.details(), body.version());
        }
        return json(requests.view(caller.key(), issueKey), caller);
    }

    /** 200: moved; 400: not the next or previous step, or something is missing for it (listed in the errors). */
    @POST
    @Path("{issueKey}/step")
    @Consumes(MediaType.APPLICATION_JSON)
    public RequestJson move(@PathParam("issueKey") String issueKey, StepInput input, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        StepInput body = Callers.body(input);
        requests.move(caller.key(), issueKey, body.step(), version(body.version()));
        return json(requests.view(caller.key(), issueKey), caller);
    }

    /** 200: the result recorded; 400: neither a link nor a note, or a link that is not http(s). */
    @POST
    @Path("{issueKey}/result")
    @Consumes(MediaType.APPLICATION_JSON)
    public RequestJson result(@PathParam("issueKey") String issueKey, ResultInput input, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        ResultInput body = Callers.body(input);
        requests.shareResult(caller.key(), issueKey, body.resultLink(), body.resultNote(), version(body.version()));
        return json(requests.view(caller.key(), issueKey), caller);
    }

    /** A results page written in Confluence: its address and title. */
    public record ResultPageInput(String url, String title) {
    }

    /**
     * 200: the results page recorded on the request (as its result link when it had none; once per page), as the
     * caller; 400: no title, or an address that is not http(s). Confluence calls this through the application link
     * when a results page about the request is published.
     */
    @POST
    @Path("{issueKey}/result-pages")
    @Consumes(MediaType.APPLICATION_JSON)
    public RequestJson resultPage(@PathParam("issueKey") String issueKey, ResultPageInput input,
                                  @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        ResultPageInput body = Callers.body(input);
        requests.recordResultPage(caller.key(), issueKey, body.url(), body.title());
        return json(requests.view(caller.key(), issueKey), caller);
    }

    /** A public thanks given on a results page: the Confluence page's id. */
    public record PageThanksInput(String pageId) {
    }

    /**
     * Whether the thanks counts for step 6 (Confluence confirmed a public thanks of the caller to the partner
     * department on the page), and what asking Confluence came to.
     */
    public record PageThanksJson(boolean counted, String check) {
    }

    /**
     * 200: the caller thanked on a Confluence page; Jira asks Confluence, as the caller, for their own public thanks on
     * it, and counts for step 6 only what Confluence confirms to the partner department, only for a results page
     * recorded on the request ({@code check}: confirmed, not-linked, needs-authorisation, not-found, unreachable).
     * 400: no page id; 404: no such request the caller may see; 409: the page is not recorded on the request.
     * Confluence calls this through the application link when the thanks is sent.
     */
    @POST
    @Path("{issueKey}/result-page-thanks")
    @Consumes(MediaType.APPLICATION_JSON)
    public PageThanksJson resultPageThanks(@PathParam("issueKey") String issueKey, PageThanksInput input,
                                           @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        PageThanksInput body = Callers.body(input);
        CollaborationService.PageThanksOutcome outcome = requests.recordConfirmedPageThanks(caller.key(), issueKey,
                Params.id("pageId", body.pageId()), givenThanks);
        return new PageThanksJson(outcome.counted(), outcome.check());
    }

    /** 201: the follow-up request, linked to this one; 409: the request is not at step 6. */
    @POST
    @Path("{issueKey}/follow-up")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response followUp(@PathParam("issueKey") String issueKey, FollowUpInput input,
                             @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        FollowUpInput body = Callers.body(input);
        RequestIssues.IssueRef issue = requests.proposeFollowUp(caller.key(), issueKey, body.summary(), body.purpose(),
                body.scope());
        return Response.status(Response.Status.CREATED).entity(created(issue)).build();
    }

    /** 200: the whole history, oldest first. */
    @GET
    @Path("{issueKey}/history")
    public List<HistoryJson> history(@PathParam("issueKey") String issueKey) {
        Person caller = Callers.user(people);
        Map<String, PersonJson> persons = new HashMap<>();
        return requests.history(caller.key(), issueKey).stream().map(e -> new HistoryJson(
                e.event().name().toLowerCase(Locale.ROOT).replace('_', '-'), number(e.from()), number(e.to()),
                e.actorKey().isEmpty() ? null : persons.computeIfAbsent(e.actorKey(), this::person),
                e.at().toString())).toList();
    }

    /** 200: earlier requests between the two departments that the caller may see, and the thanks between them. */
    @GET
    @Path("{issueKey}/partnership")
    public PartnershipJson partnership(@PathParam("issueKey") String issueKey) {
        Person caller = Callers.user(people);
        Partnership p = requests.partnership(caller.key(), issueKey);
        return new PartnershipJson(p.departmentA(), p.departmentB(), p.earlier().stream()
                .map(e -> new PartnershipJson.Earlier(e.issueKey(), e.summary(), e.step().number(), e.step().key(),
                        e.resolved(), e.requestingDepartment(), browse(e.issueKey()))).toList(),
                p.thanksAToB(), p.thanksBToA());
    }

    private static int version(Integer version) {
        if (version == null) {
            throw Rejection.of(Rejection.Reason.INVALID, "version", "kakehashi.error.required");
        }
        return version;
    }

    private static int number(Step step) {
        return step == null ? 0 : step.number();
    }

    private CreatedJson created(RequestIssues.IssueRef issue) {
        return new CreatedJson(issue.key(), issue.id(), browse(issue.key()));
    }

    private String browse(String issueKey) {
        return application.getBaseUrl(UrlMode.RELATIVE) + "/browse/" + issueKey;
    }

    private RequestJson json(RequestView view, Person caller) {
        CollaborationRequest r = view.request();
        if (r == null) {
            throw Rejection.of(Rejection.Reason.NOT_FOUND, null, "kakehashi.collaboration.error.not.set.up");
        }
        return new RequestJson(view.issue().key(), view.issue().id(), view.issue().summary(), r.kind().key(),
                r.requestingDepartment(), r.partnerDepartment(), r.purpose(), r.scope(), r.helpKind(),
                r.partnerBenefit(), person(r.requesterKey()), optionalPerson(r.partnerContactKey()),
                optionalPerson(r.decisionOwnerKey()), r.dueDate() == null ? null : r.dueDate().toString(),
                r.step().number(), r.step().key(), r.resultLink(), r.resultNote(),
                view.followUpOfKey().isEmpty() ? null : view.followUpOfKey(),
                r.resolvedAt() == null ? null : r.resolvedAt().toString(), r.version(), view.canChange(),
                view.partnerThanked(), view.resolvedPrompt(),
                view.missing().stream().map(k -> i18n.getText(k)).toList(),
                view.warnings().stream().map(k -> i18n.getText(k, CollaborationService.smallScopeDays())).toList(),
                view.resultPages().stream().map(e -> new RequestJson.ResultPageJson(e.link(), e.title(),
                        e.at().toString())).toList(), r.goalId() == null ? null : r.goalId().toString());
    }

    private PersonJson optionalPerson(String key) {
        return key == null || key.isEmpty() ? null : person(key);
    }

    private PersonJson person(String key) {
        return people.byKey(key).map(PersonJson::of).orElseGet(() -> PersonJson.unknown(key));
    }
}
