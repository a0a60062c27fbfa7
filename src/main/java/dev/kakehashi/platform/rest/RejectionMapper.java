package dev.kakehashi.platform.rest;

import com.atlassian.sal.api.message.I18nResolver;
import dev.kakehashi.platform.Problem;
import dev.kakehashi.platform.Rejection;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.Serializable;
import java.util.List;

/**
 * Turns a {@link Rejection} into the API's error JSON, translated into the caller's language.
 */
@Provider
public class RejectionMapper implements ExceptionMapper<Rejection> {
    private final I18nResolver i18n;

    @Inject
    public RejectionMapper(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(Rejection rejection) {
        return response(i18n, rejection);
    }

    /** The error JSON of a rejection; the other mappers answer through this one, so every error has its shape. */
    public static Response response(I18nResolver i18n, Rejection rejection) {
        return response(i18n, status(rejection.reason()), rejection.problems());
    }

    /** The error JSON with this status for these problems, translated into the caller's language. */
    public static Response response(I18nResolver i18n, int status, List<Problem> problems) {
        List<ErrorJson.FieldError> fields = problems.stream()
                .filter(p -> p.field() != null)
                .map(p -> new ErrorJson.FieldError(p.field(), text(i18n, p)))
                .toList();
        String message = problems.size() == 1
                ? text(i18n, problems.get(0))
                : i18n.getText("kakehashi.error.invalid");
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorJson(status, message, fields))
                .build();
    }

    private static String text(I18nResolver i18n, Problem problem) {
        return i18n.getText(problem.messageKey(), problem.arguments().toArray(new Serializable[0]));
    }

    static int status(Rejection.Reason reason) {
        return switch (reason) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case TOO_MANY_REQUESTS -> 429;
            case FAILED -> 500;
        };
    }
}
