package dev.kakehashi.digest.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoManager;
import dev.kakehashi.digest.DigestSettings;
import dev.kakehashi.digest.DigestSettingsService;
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
import java.util.Locale;

/**
 * The weekly department digest's settings, for administrators: {@code /rest/kakehashi/1.0/admin/digest}. 401
 * anonymous, 403 not an administrator; a change needs a secure administrator session and JSON.
 */
@Path("admin/digest")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class AdminDigestResource {
    private final People people;
    private final DigestSettingsService settings;
    private final WebSudoManager webSudo;

    @Inject
    public AdminDigestResource(People people, DigestSettingsService settings, WebSudoManager webSudo) {
        this.people = people;
        this.settings = settings;
        this.webSudo = webSudo;
    }

    /**
     * The settings as JSON: {@code weekday} ({@code monday} … {@code sunday}), {@code quietWeeks} (1 to 52) and
     * {@code stuckDays} (1 to 365).
     */
    public record DigestJson(String weekday, Integer quietWeeks, Integer stuckDays) {
        static DigestJson of(DigestSettings chosen) {
            return new DigestJson(chosen.weekday().name().toLowerCase(Locale.ROOT), chosen.quietWeeks(),
                    chosen.stuckDays());
        }
    }

    /** 200: the settings in force. */
    @GET
    public DigestJson get() {
        Callers.admin(people);
        return DigestJson.of(settings.settings());
    }

    /** 200: the settings saved; 400: an unknown weekday or a number out of range. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public DigestJson update(DigestJson input, @Context HttpServletRequest request, @Context HttpHeaders headers) {
        Callers.json(headers);
        Callers.adminInSecureSession(people, webSudo, request);
        DigestJson body = Callers.body(input);
        return DigestJson.of(settings.update(body.weekday(), body.quietWeeks(), body.stuckDays()));
    }
}
