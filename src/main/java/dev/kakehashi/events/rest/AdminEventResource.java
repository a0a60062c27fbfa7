package dev.kakehashi.events.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoManager;
import dev.kakehashi.events.AudienceGroup;
import dev.kakehashi.events.AudienceGroups;
import dev.kakehashi.events.EventService;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.rest.Callers;
import dev.kakehashi.platform.rest.EmptyJson;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The events settings, for administrators: {@code /rest/kakehashi/1.0/admin/events}, and the sites and cohorts
 * events may be meant for ({@code …/admin/events/audiences}). 401 anonymous, 403 not an administrator; a change
 * needs a secure administrator session and JSON.
 */
@Path("admin/events")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class AdminEventResource {
    private final People people;
    private final EventService events;
    private final AudienceGroups audiences;
    private final WebSudoManager webSudo;

    @Inject
    public AdminEventResource(People people, EventService events, AudienceGroups audiences,
                              WebSudoManager webSudo) {
        this.people = people;
        this.events = events;
        this.audiences = audiences;
        this.webSudo = webSudo;
    }

    /** The settings: personal invitations an event needs before its broadcast opens (1 to 50). */
    public record EventSettingsJson(Integer invitationsBeforeBroadcast) {
    }

    /** 200: the settings in force. */
    @GET
    public EventSettingsJson get() {
        Callers.admin(people);
        return new EventSettingsJson(events.invitationsBeforeBroadcast());
    }

    /** 200: the settings saved; 400 when the number is missing or out of 1 to 50. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public EventSettingsJson update(EventSettingsJson input, @Context HttpServletRequest request,
                                    @Context HttpHeaders headers) {
        Callers.json(headers);
        Callers.adminInSecureSession(people, webSudo, request);
        EventSettingsJson body = Callers.body(input);
        return new EventSettingsJson(events.updateInvitationsBeforeBroadcast(body.invitationsBeforeBroadcast()));
    }

    /** A site or cohort: {@code kind} is {@code site} or {@code cohort}; its members are the host group's. */
    public record AudienceJson(String kind, String key, String nameEn, String nameJa, String hostGroup) {
        static AudienceJson of(AudienceGroup g) {
            return new AudienceJson(g.kind().key(), g.key(), g.nameEn(), g.nameJa(), g.hostGroup());
        }
    }

    /** Every site and cohort. */
    public record AudienceListJson(List<AudienceJson> audiences, int max) {
    }

    /** A site's or cohort's names and host group. */
    public record AudienceBody(String nameEn, String nameJa, String hostGroup) {
    }

    /** 200: the sites, then the cohorts, each by key. */
    @GET
    @Path("audiences")
    public AudienceListJson audiences() {
        Callers.admin(people);
        return new AudienceListJson(audiences.list().stream().map(AudienceJson::of).toList(),
                AudienceGroups.MAX_GROUPS);
    }

    /**
     * 200: the site ({@code kind} {@code site}) or cohort ({@code cohort}) added or changed; 400 with each problem
     * (key, names, a host group that does not exist, too many); 404 for another kind.
     */
    @PUT
    @Path("audiences/{kind}/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AudienceJson saveAudience(@PathParam("kind") String kind, @PathParam("key") String key,
                                     AudienceBody input, @Context HttpServletRequest request,
                                     @Context HttpHeaders headers) {
        Callers.json(headers);
        Callers.adminInSecureSession(people, webSudo, request);
        AudienceBody body = Callers.body(input);
        return AudienceJson.of(audiences.save(kind, key,
                new AudienceGroups.Input(body.nameEn(), body.nameJa(), body.hostGroup())));
    }

    /** 204: removed (events that named it keep the entry, which matches nobody); 404: none of this kind and key. */
    @DELETE
    @Path("audiences/{kind}/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response removeAudience(@PathParam("kind") String kind, @PathParam("key") String key, EmptyJson body,
                                   @Context HttpServletRequest request, @Context HttpHeaders headers) {
        Callers.json(headers);
        Callers.adminInSecureSession(people, webSudo, request);
        Callers.body(body);
        audiences.remove(kind, key);
        return Response.noContent().build();
    }

}
