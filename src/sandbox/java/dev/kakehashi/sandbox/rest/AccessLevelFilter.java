package dev.kakehashi.sandbox.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;

/**
 * REST v2's access annotations: the method's annotation wins over the class's, and a resource without one is
 * {@code @LicensedOnly} (every logged-in user of the sandbox is licensed).
 */
@Priority(Priorities.AUTHENTICATION)
public final class AccessLevelFilter implements ContainerRequestFilter {
    private static final List<Class<? extends Annotation>> LEVELS = List.of(AnonymousSiteAccess.class,
            UnrestrictedAccess.class, UnlicensedSiteAccess.class, LicensedOnly.class, AdminOnly.class,
            SystemAdminOnly.class);

    private final UserManager users;

    @Context
    private ResourceInfo resource;

    public AccessLevelFilter(UserManager users) {
        this.users = users;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Class<? extends Annotation> level = level(method);
        if (level == null) {
            level = level(resource.getResourceClass());
        }
        if (level == null) {
            level = LicensedOnly.class;
        }
        if (level == AnonymousSiteAccess.class || level == UnrestrictedAccess.class
                || level == UnlicensedSiteAccess.class) {
            return;
        }
        UserKey user = users.getRemoteUserKey();
        if (user == null) {
            request.abortWith(ErrorBody.response(401, "Client must be authenticated to access this resource."));
        } else if (level == AdminOnly.class && !users.isAdmin(user)
                || level == SystemAdminOnly.class && !users.isSystemAdmin(user)) {
            request.abortWith(ErrorBody.response(403, "You do not have the permission to access this resource."));
        }
    }

    private static Class<? extends Annotation> level(AnnotatedElement element) {
        if (element == null) {
            return null;
        }
        List<Class<? extends Annotation>> found = LEVELS.stream().filter(element::isAnnotationPresent).toList();
        if (found.size() > 1) {
            throw new IllegalStateException(element + " carries more than one REST access annotation: " + found);
        }
        return found.isEmpty() ? null : found.get(0);
    }
}
