package dev.kakehashi.admin.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoManager;
import dev.kakehashi.admin.CompanyRoleService;
import dev.kakehashi.admin.Department;
import dev.kakehashi.admin.DepartmentInput;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.rest.Callers;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;

/**
 * Departments for administrators: {@code /rest/kakehashi/1.0/admin/departments}.
 * Every method answers 401 to anonymous callers and 403 to callers who are not administrators; changes also need a
 * secure administrator session (WebSudo) and a JSON body (other content types get 415). Errors use {@code ErrorJson}.
 */
@Path("admin/departments")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class AdminDepartmentResource {
    private final People people;
    private final DepartmentService departments;
    private final WebSudoManager webSudo;
    private final CompanyRoleService roles;

    @Inject
    public AdminDepartmentResource(People people, DepartmentService departments, WebSudoManager webSudo,
            CompanyRoleService roles) {
        this.people = people;
        this.departments = departments;
        this.webSudo = webSudo;
        this.roles = roles;
    }

    /** 200: every department, active or not, in order. */
    @GET
    public List<DepartmentJson> list() {
        Callers.admin(people);
        return departments.list().stream().map(DepartmentJson::of).toList();
    }

    /** 201: the department added; 400: invalid names, key or groups; 409: key already taken. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(DepartmentInput input, @Context HttpServletRequest request, @Context HttpHeaders headers) {
        Callers.json(headers);
        Callers.adminInSecureSession(people, webSudo, request);
        roles.requireSource();
        DepartmentJson created = DepartmentJson.of(departments.create(Callers.body(input)));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /**
     * 200: the department changed; 400: invalid input; 404: no department with this key. In a follower only the
     * groups may change (they stay each product's own): names and the active flag must be left out or stay as
     * copied, else 409.
     */
    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DepartmentJson update(@PathParam("key") String key, DepartmentInput input,
                                 @Context HttpServletRequest request, @Context HttpHeaders headers) {
        Callers.json(headers);
        Callers.adminInSecureSession(people, webSudo, request);
        DepartmentInput body = Callers.body(input);
        if (roles.follower()) {
            Optional<Department> changed = departments.updateGroups(key, body);
            return DepartmentJson.of(changed.orElseThrow(roles::followerConflict));
        }
        return DepartmentJson.of(departments.update(key, body));
    }

    /** 200: every department in its new order; 400: the keys do not name every department exactly once. */
    @PUT
    @Path("order")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<DepartmentJson> reorder(OrderJson order, @Context HttpServletRequest request,
                                        @Context HttpHeaders headers) {
        Callers.json(headers);
        Callers.adminInSecureSession(people, webSudo, request);
        roles.requireSource();
        return departments.reorder(Callers.body(order).keys()).stream().map(DepartmentJson::of).toList();
    }
}
