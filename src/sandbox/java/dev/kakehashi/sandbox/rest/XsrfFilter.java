package dev.kakehashi.sandbox.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/**
 * The hosts' XSRF check: a state-changing request with a body a plain HTML form could send (form-encoded,
 * multipart, text/plain) needs {@code X-Atlassian-Token: no-check}. It runs before the resource method is chosen,
 * so such a request is refused with 403 even where the method would only accept JSON (415 comes after the header);
 * hence {@code @XsrfProtectionExcluded} cannot be seen and is not honoured.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class XsrfFilter implements ContainerRequestFilter {
    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!CHANGING.contains(request.getMethod())) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type == null || !FORM_TYPES.contains(type.getType() + "/" + type.getSubtype())) {
            return;
        }
        String token = request.getHeaderString("X-Atlassian-Token");
        if (!"no-check".equalsIgnoreCase(token) && !"nocheck".equalsIgnoreCase(token)) {
            request.abortWith(ErrorBody.response(403, "XSRF check failed"));
        }
    }
}
