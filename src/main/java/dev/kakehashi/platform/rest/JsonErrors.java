package dev.kakehashi.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.kakehashi.platform.Rejection;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.List;

/**
 * A request body Jackson cannot read becomes a {@link Rejection} (400 in the API's error shape): the field concerned,
 * as a path such as {@code participants[0].department}, and a translated message, never Jackson's own text or the
 * names of classes. Done around the reading rather than with exception mappers, because the REST framework may bring
 * Jackson's own mappers for exactly these exception types, which answer plain text and win a tie with ours.
 */
@Provider
public class JsonErrors implements ReaderInterceptor {
    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (JsonProcessingException e) {
            throw rejection(e);
        }
    }

    static Rejection rejection(JsonProcessingException e) {
        if (e.getCause() instanceof Rejection rejection) {
            return rejection;
        }
        String field = e instanceof JsonMappingException m ? path(m.getPath()) : null;
        if (field == null || malformed(e)) {
            return Rejection.of(Rejection.Reason.INVALID, null, "kakehashi.error.json.malformed");
        }
        String key = e instanceof UnrecognizedPropertyException
                ? "kakehashi.error.json.unknown.field" : "kakehashi.error.json.type";
        return Rejection.of(Rejection.Reason.INVALID, field, key, field);
    }

    /** Whether the JSON itself is wrong (the parser's error, perhaps wrapped with the field it was reading). */
    private static boolean malformed(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null && cause != e; e = cause, cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException && !(cause instanceof JsonMappingException)) {
                return true;
            }
        }
        return false;
    }

    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? null : path.toString();
    }
}
