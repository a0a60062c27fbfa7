package dev.kakehashi.thanks.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoManager;
import dev.kakehashi.admin.CompanyRoleService;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.rest.Callers;
import dev.kakehashi.thanks.ThanksPolicy;
import dev.kakehashi.thanks.ThanksService;
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
 * The thanks policy for administrators: {@code /rest/kakehashi/1.0/admin/thanks-policy}. 401 anonymous, 403 not an
 * administrator; a change needs a secure administrator session and JSON.
 */
@Path("admin/thanks-policy")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class AdminThanksPolicyResource {
    private final People people;
    private final ThanksService thanks;
    private final WebSudoManager webSudo;
    private final CompanyRoleService roles;

    @Inject
    public AdminThanksPolicyResource(People people, ThanksService thanks, WebSudoManager webSudo,
            CompanyRoleService roles) {
        this.people = people;
        this.thanks = thanks;
        this.webSudo = webSudo;
        this.roles = roles;
    }

    /** The policy as a change request: every field optional, a missing one keeps its setting. */
    public record PolicyInput(Boolean valueRequired, Integer dailyLimit, Integer withdrawMinutes) {
    }

    /** 200: the policy in force. */
    @GET
    public ThanksPolicy get() {
        Callers.admin(people);
        return thanks.policy();
    }

    /** 200: the policy saved; 400: a number out of range (daily limit 1 to 1,000; minutes 0 to 1,440). */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ThanksPolicy update(PolicyInput input, @Context HttpServletRequest request, @Context HttpHeaders headers) {
        Callers.json(headers);
        Callers.adminInSecureSession(people, webSudo, request);
        roles.requireSource();
        PolicyInput body = Callers.body(input);
        return thanks.updatePolicy(body.valueRequired(), body.dailyLimit(), body.withdrawMinutes());
    }
}
