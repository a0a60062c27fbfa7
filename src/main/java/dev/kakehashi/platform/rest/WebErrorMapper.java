package dev.kakehashi.platform.rest;

import com.atlassian.sal.api.message.I18nResolver;
import dev.kakehashi.platform.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * The REST framework's own refusals (no such path, a method or content type the resource does not take) in the API's
 * error shape and the caller's language, with the framework's status, instead of the framework's own page.
 */
@Provider
public class WebErrorMapper implements ExceptionMapper<WebApplicationException> {
    private final I18nResolver i18n;

    @Inject
    public WebErrorMapper(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse() == null ? 500 : exception.getResponse().getStatus();
        String key = switch (status) {
            case 404 -> "kakehashi.error.no.such.resource";
            case 405 -> "kakehashi.error.method";
            case 406 -> "kakehashi.error.not.acceptable";
            case 415 -> "kakehashi.error.json.only";
            default -> status < 500 ? "kakehashi.error.request" : "kakehashi.error.server";
        };
        Response response = RejectionMapper.response(i18n, status, List.of(Problem.of(null, key)));
        if (exception.getResponse() == null) {
            return response;
        }
        // what the framework's answer tells the client to do next (the methods allowed, how to log in) is kept
        Response.ResponseBuilder kept = Response.fromResponse(response);
        for (String header : List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE)) {
            List<Object> values = exception.getResponse().getHeaders().get(header);
            if (values != null) {
                values.forEach(v -> kept.header(header, v));
            }
        }
        return kept.build();
    }
}
