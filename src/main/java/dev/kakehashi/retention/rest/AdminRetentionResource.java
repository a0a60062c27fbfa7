package dev.kakehashi.retention.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoManager;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.rest.Callers;
import dev.kakehashi.retention.RetentionPolicy;
import dev.kakehashi.retention.RetentionService;
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
 * How long thanks and histories are kept, for administrators: {@code /rest/kakehashi/1.0/admin/retention}. 401
 * anonymous, 403 not an administrator; a change needs a secure administrator session and JSON.
 */
@Path("admin/retention")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class AdminRetentionResource {
    private final People people;
    private final RetentionService retention;
    private final WebSudoManager webSudo;

    @Inject
    public AdminRetentionResource(People people, RetentionService retention, WebSudoManager webSudo) {
        this.people = people;
        this.retention = retention;
        this.webSudo = webSudo;
    }

    /** The rule as JSON: {@code years} from 1 to 20, or null to keep everything for ever. */
    public record RetentionJson(Integer years) {
        static RetentionJson of(RetentionPolicy policy) {
            return new RetentionJson(policy.keepsForever() ? null : policy.years());
        }
    }

    /** 200: the rule in force. */
    @GET
    public RetentionJson get() {
        Callers.admin(people);
        return RetentionJson.of(retention.policy());
    }

    /** 200: the rule saved (the next scheduled purge applies it); 400: years out of 1 to 20. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public RetentionJson update(RetentionJson input, @Context HttpServletRequest request, @Context HttpHeaders headers) {
        Callers.json(headers);
        Callers.adminInSecureSession(people, webSudo, request);
        RetentionJson body = Callers.body(input);
        return RetentionJson.of(retention.updatePolicy(body.years()));
    }
}
