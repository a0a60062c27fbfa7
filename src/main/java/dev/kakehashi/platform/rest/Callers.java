package dev.kakehashi.platform.rest;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Rejection;
import jakarta.servlet.http.HttpServletRequest;

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

    /** Refuses a missing JSON body with 400 rather than failing later on a null. */
    public static <T> T body(T body) {
        if (body == null) {
            throw Rejection.of(Rejection.Reason.INVALID, null, "kakehashi.error.body.required");
        }
        return body;
    }
}
