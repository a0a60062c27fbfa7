package dev.kakehashi.platform.rest;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Rejection;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * The guard clauses that open every REST method: who is calling and whether they may.
 */
public final class Callers {
    private Callers() {
    }

    /** The logged-in caller; anonymous callers are refused with 401. */
    public static Person user(People people) {
        return people.currentUser().orElseThrow(Rejection::unauthenticated);
    }

    /** The caller, who must be an administrator: 401 when anonymous, 403 otherwise. */
    public static Person admin(People people) {
        Person caller = user(people);
        if (!people.isAdmin(caller.key())) {
            throw Rejection.forbidden();
        }
        return caller;
    }

    /** An administrator in a secure administrator session (WebSudo), for changes to configuration. */
    public static Person adminInSecureSession(People people, WebSudoManager webSudo, HttpServletRequest request) {
        Person caller = admin(people);
        try {
            webSudo.willExecuteWebSudoRequest(request);
        } catch (WebSudoSessionException e) {
            throw Rejection.of(Rejection.Reason.UNAUTHENTICATED, null, "kakehashi.error.websudo");
        }
        return caller;
    }

    /**
     * Opens every change (POST, PUT, DELETE): the request must say its body is JSON, else 415. The host's XSRF check
     * lets some other requests through (a PUT or DELETE from a form, anything carrying {@code X-Atlassian-Token:
     * no-check}), so the app checks itself; an empty body is then refused by {@link #body}. A check called by each
     * method rather than a request filter: the hosts' REST module is not known to run a plugin's filters, and the
     * filter interfaces' package ({@code jakarta.ws.rs.container}) is not known to be exported to apps.
     */
    public static void json(HttpHeaders headers) {
        MediaType type = headers == null ? null : headers.getMediaType();
        if (type == null || !"application".equalsIgnoreCase(type.getType())
                || !"json".equalsIgnoreCase(type.getSubtype())) {
            throw Rejection.of(Rejection.Reason.UNSUPPORTED_MEDIA_TYPE, null, "kakehashi.error.json.only");
        }
    }

    /** Refuses a missing JSON body with 400 rather than failing later on a null. */
    public static <T> T body(T body) {
        if (body == null) {
            throw Rejection.of(Rejection.Reason.INVALID, null, "kakehashi.error.body.required");
        }
        return body;
    }
}
