package dev.kakehashi.insights.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoManager;
import dev.kakehashi.insights.DepartmentMapService;
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
 * The insights settings, for administrators: {@code /rest/kakehashi/1.0/admin/insights}. 401 anonymous, 403 not an
 * administrator; a change needs a secure administrator session and JSON.
 */
@Path("admin/insights")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class AdminInsightsResource {
    private final People people;
    private final DepartmentMapService maps;
    private final WebSudoManager webSudo;

    @Inject
    public AdminInsightsResource(People people, DepartmentMapService maps, WebSudoManager webSudo) {
        this.people = people;
        this.maps = maps;
        this.webSudo = webSudo;
    }

    /** The settings: {@code minimumGroup}, the fewest distinct people a shown figure may rest on (3 to 50). */
    public record InsightsJson(Integer minimumGroup) {
    }

    /** 200: the settings in force. */
    @GET
    public InsightsJson get() {
        Callers.admin(people);
        return new InsightsJson(maps.minimumGroup());
    }

    /** 200: the settings saved; 400: minimumGroup missing or out of 3 to 50. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public InsightsJson update(InsightsJson input, @Context HttpServletRequest request, @Context HttpHeaders headers) {
        Callers.json(headers);
        Callers.adminInSecureSession(people, webSudo, request);
        InsightsJson body = Callers.body(input);
        return new InsightsJson(maps.updateMinimumGroup(body.minimumGroup()));
    }
}
