package dev.kakehashi.company.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoManager;
import dev.kakehashi.admin.CompanyRole;
import dev.kakehashi.admin.CompanyRoleService;
import dev.kakehashi.admin.CopyCount;
import dev.kakehashi.company.CompanySync;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.platform.rest.Callers;
import dev.kakehashi.platform.rest.EmptyJson;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * Which product holds the company's departments, values and thanks policy, for administrators:
 * {@code /rest/kakehashi/1.0/admin/company-source}. 401 anonymous, 403 not an administrator; changes need a secure
 * administrator session and JSON.
 */
@Path("admin/company-source")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class AdminCompanySourceResource {
    private final People people;
    private final CompanySync company;
    private final CompanyRoleService roles;
    private final WebSudoManager webSudo;

    @Inject
    public AdminCompanySourceResource(People people, CompanySync company, CompanyRoleService roles,
                                      WebSudoManager webSudo) {
        this.people = people;
        this.company = company;
        this.roles = roles;
        this.webSudo = webSudo;
    }

    /** {@code source} or {@code follower}. */
    public record RoleInput(String role) {
    }

    /**
     * This product's role: {@code source} or {@code follower}; for a follower, the other product's name, where to
     * edit the lists there, the last copy and the last failure ({@code not-linked}, {@code needs-authorisation},
     * {@code unreachable}, {@code refused}, {@code not-source}) if the last attempt failed.
     */
    public record RoleJson(String role, String sourceProduct, String sourceAdminUrl, String lastSyncedAt,
                           String lastAttemptAt, String lastFailure, String sourceVersion, CopyCount copied,
                           String authoriseUrl) {
    }

    /** 200: the role. */
    @GET
    public RoleJson get() {
        Callers.admin(people);
        return json(company.role(), null, null);
    }

    /**
     * 200: the role chosen (a new follower has copied the source's lists); 400: not {@code source} or
     * {@code follower}; 409: the other product cannot be followed (not linked, the admin has not allowed the link,
     * unreachable, or it follows itself), with a message saying which.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public RoleJson choose(RoleInput input, @Context HttpServletRequest request, @Context HttpHeaders headers) {
        Callers.json(headers);
        Callers.adminInSecureSession(people, webSudo, request);
        String role = Callers.body(input).role();
        if ("source".equals(role)) {
            return json(company.lead(), null, null);
        }
        if ("follower".equals(role)) {
            CompanySync.Outcome outcome = company.follow();
            return json(outcome.role(), outcome.copied(), null);
        }
        throw Rejection.of(Rejection.Reason.INVALID, "role", "kakehashi.error.company.role");
    }

    /**
     * 200: the role after copying the source's lists now (a failure is in {@code lastFailure}, and
     * {@code authoriseUrl} says where to allow the link when that is the failure); 409 in a source.
     */
    @POST
    @Path("sync")
    @Consumes(MediaType.APPLICATION_JSON)
    public RoleJson sync(EmptyJson body, @Context HttpServletRequest request, @Context HttpHeaders headers) {
        Callers.json(headers);
        Callers.adminInSecureSession(people, webSudo, request);
        Callers.body(body);
        CompanySync.Outcome outcome = company.syncNow();
        return json(outcome.role(), outcome.copied(), outcome.authoriseUrl());
    }

    private RoleJson json(CompanyRole role, CopyCount copied, String authoriseUrl) {
        return new RoleJson(role.follower() ? "follower" : "source", roles.otherProduct(),
                roles.otherAdminPage().orElse(null),
                role.lastSyncedAt() == null ? null : role.lastSyncedAt().toString(),
                role.lastAttemptAt() == null ? null : role.lastAttemptAt().toString(),
                role.lastFailure(), role.sourceVersion(), copied, authoriseUrl);
    }
}
