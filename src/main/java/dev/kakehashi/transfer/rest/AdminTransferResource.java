package dev.kakehashi.transfer.rest;

import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.platform.ao.AoModel;
import dev.kakehashi.platform.rest.Callers;
import dev.kakehashi.platform.rest.EmptyJson;
import dev.kakehashi.transfer.TransferJob;
import dev.kakehashi.transfer.TransferService;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Export and import of all Kakehashi data of this product: {@code /rest/kakehashi/1.0/admin/transfer}. Every method
 * answers 401 to anonymous callers, 403 to callers who are not system administrators, and 401 outside a secure
 * administrator session (WebSudo); changes take JSON only (other content types get 415). Errors use
 * {@code ErrorJson}.
 */
@Path("admin/transfer")
@SystemAdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class AdminTransferResource {
    private final People people;
    private final UserManager users;
    private final WebSudoManager webSudo;
    private final TransferService transfers;
    private final I18nResolver i18n;

    @Inject
    public AdminTransferResource(People people, UserManager users, WebSudoManager webSudo, TransferService transfers,
                                 I18nResolver i18n) {
        this.people = people;
        this.users = users;
        this.webSudo = webSudo;
        this.transfers = transfers;
        this.i18n = i18n;
    }

    /** 200: the newest export or import (null before the first) with its progress, and the limits. */
    @GET
    public TransferStatusJson status(@Context HttpServletRequest request) {
        systemAdmin(request);
        return new TransferStatusJson(transfers.product(), AoModel.VERSION, TransferService.MAX_DOCUMENT_BYTES,
                transfers.latest().map(job -> TransferJobJson.of(job, i18n)).orElse(null));
    }

    /** 202: the export started (poll {@link #status}); 409: an export or import is running in the cluster. */
    @POST
    @Path("export")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startExport(EmptyJson body, @Context HttpServletRequest request, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = systemAdmin(request);
        Callers.body(body);
        TransferJob job = transfers.startExport(caller.key());
        return Response.status(Response.Status.ACCEPTED).entity(TransferJobJson.of(job, i18n)).build();
    }

    /**
     * 202: the document was read through and its rows are being added (poll {@link #status}); 400: the document
     * cannot be imported here (the message says why: not an export, a newer or older model version, another product,
     * a value that does not fit), nothing written; 409: a job is running; 413: over the size limit.
     */
    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startImport(InputStream document, @Context HttpServletRequest request,
                                @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = systemAdmin(request);
        if (request.getContentLengthLong() > TransferService.MAX_DOCUMENT_BYTES) {
            throw Rejection.of(Rejection.Reason.TOO_LARGE, null, "kakehashi.transfer.error.size",
                    TransferService.MAX_DOCUMENT_BYTES / (1024 * 1024));
        }
        TransferJob job = transfers.startImport(caller.key(), Callers.body(document));
        return Response.status(Response.Status.ACCEPTED).entity(TransferJobJson.of(job, i18n)).build();
    }

    /** 200: the document of a finished export, as a download; 404: no such finished export. */
    @GET
    @Path("jobs/{id}/document")
    public Response document(@PathParam("id") long id, @Context HttpServletRequest request) {
        systemAdmin(request);
        java.nio.file.Path file = transfers.exportDocument(id);
        StreamingOutput body = out -> Files.copy(file, out);
        String name = "kakehashi-" + transfers.product() + "-" + LocalDate.now(ZoneOffset.UTC) + ".json";
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** A system administrator (401 anonymous, 403 others) in a secure administrator session. */
    private Person systemAdmin(HttpServletRequest request) {
        Person caller = Callers.admin(people);
        if (!users.isSystemAdmin(new UserKey(caller.key()))) {
            throw Rejection.forbidden();
        }
        return Callers.adminInSecureSession(people, webSudo, request);
    }
}
