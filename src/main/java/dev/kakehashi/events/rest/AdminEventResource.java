package dev.kakehashi.events.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoManager;
import dev.kakehashi.events.EventService;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.rest.Callers;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * The events settings, for administrators: {@code /rest/kakehashi/1.0/admin/events}. 401 anonymous, 403 not an
 * administrator; a change needs a secure administrator session and JSON.
 */
@Path("admin/events")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class AdminEventResource {
    private final People people;
    private final EventService events;
    private final WebSudoManager webSudo;

    @Inject
    public AdminEventResource(People people, EventService events, WebSudoManager webSudo) {
        this.people = people;
        this.events = events;
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
}
