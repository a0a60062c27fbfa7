package dev.kakehashi.platform.rest;

import dev.kakehashi.platform.Rejection;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Every change (POST, PUT, PATCH, DELETE) of this app's REST API takes a JSON body and nothing else: another content
 * type, or none, is refused with 415 and an empty body with 400, in the API's error shape. The host's XSRF check lets
 * some of these through (a PUT or DELETE from a form, anything carrying {@code X-Atlassian-Token: no-check});
 * the app itself does not rely on it. Without a priority it runs
 * at the default (user) one, after the host's authentication, so anonymous callers still get 401.
 */
@Provider
public class JsonOnlyFilter implements ContainerRequestFilter {
    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!CHANGING.contains(request.getMethod())) {
            return;
        }
        if (!isJson(request.getMediaType())) {
            throw Rejection.of(Rejection.Reason.UNSUPPORTED_MEDIA_TYPE, null, "kakehashi.error.json.only");
        }
        if (!request.hasEntity()) {
            throw Rejection.of(Rejection.Reason.INVALID, null, "kakehashi.error.body.required");
        }
    }

    static boolean isJson(MediaType type) {
        return type != null && "application".equalsIgnoreCase(type.getType())
                && "json".equalsIgnoreCase(type.getSubtype());
    }
}
