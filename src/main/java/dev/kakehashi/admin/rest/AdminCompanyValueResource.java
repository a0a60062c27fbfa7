package dev.kakehashi.admin.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoManager;
import dev.kakehashi.admin.CompanyRoleService;
import dev.kakehashi.admin.CompanyValueInput;
import dev.kakehashi.admin.CompanyValueService;
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

/**
 * Company values for administrators: {@code /rest/kakehashi/1.0/admin/values}.
 * Every method answers 401 to anonymous callers and 403 to callers who are not administrators; changes also need a
 * secure administrator session (WebSudo) and a JSON body (other content types get 415). Errors use {@code ErrorJson}.
 */
@Path("admin/values")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class AdminCompanyValueResource {
    private final People people;
    private final CompanyValueService values;
    private final WebSudoManager webSudo;
    private final CompanyRoleService roles;

    @Inject
    public AdminCompanyValueResource(People people, CompanyValueService values, WebSudoManager webSudo,
            CompanyRoleService roles) {
        this.people = people;
        this.values = values;
        this.webSudo = webSudo;
        this.roles = roles;
    }

    /** 200: every value, active or not, in order. */
    @GET
    public List<CompanyValueJson> list() {
        Callers.admin(people);
        return values.list().stream().map(CompanyValueJson::of).toList();
    }

    /** 201: the value added; 400: invalid input; 409: key already taken. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CompanyValueInput input, @Context HttpServletRequest request, @Context HttpHeaders headers) {
        Callers.json(headers);
        Callers.adminInSecureSession(people, webSudo, request);
        roles.requireSource();
        CompanyValueJson created = CompanyValueJson.of(values.create(Callers.body(input)));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** 200: the value changed; 400: invalid input; 404: no value with this key. */
    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CompanyValueJson update(@PathParam("key") String key, CompanyValueInput input,
                                   @Context HttpServletRequest request, @Context HttpHeaders headers) {
        Callers.json(headers);
        Callers.adminInSecureSession(people, webSudo, request);
        roles.requireSource();
        return CompanyValueJson.of(values.update(key, Callers.body(input)));
    }

    /** 200: every value in its new order; 400: the keys do not name every value exactly once. */
    @PUT
    @Path("order")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<CompanyValueJson> reorder(OrderJson order, @Context HttpServletRequest request,
                                          @Context HttpHeaders headers) {
        Callers.json(headers);
        Callers.adminInSecureSession(people, webSudo, request);
        roles.requireSource();
        return values.reorder(Callers.body(order).keys()).stream().map(CompanyValueJson::of).toList();
    }
}
