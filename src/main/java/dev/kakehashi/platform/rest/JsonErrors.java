package dev.kakehashi.platform.rest;

import com.atlassian.sal.api.message.I18nResolver;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.kakehashi.platform.Problem;
import dev.kakehashi.platform.Rejection;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A request body Jackson could not read, as a 400 in the API's error shape: the field concerned (as a path such as
 * {@code participants[0].department}) and a translated message, never Jackson's own text or the names of classes.
 */
final class JsonErrors {
    private JsonErrors() {
    }

    static Response response(I18nResolver i18n, JsonProcessingException e) {
        if (e.getCause() instanceof Rejection rejection) {
            return RejectionMapper.response(i18n, rejection);
        }
        String field = e instanceof JsonMappingException m ? path(m.getPath()) : null;
        String key;
        if (field == null) {
            key = "kakehashi.error.json.malformed";
        } else if (e instanceof UnrecognizedPropertyException) {
            key = "kakehashi.error.json.unknown.field";
        } else {
            key = "kakehashi.error.json.type";
        }
        return RejectionMapper.response(i18n, 400, List.of(Problem.of(field, key, field == null ? "" : field)));
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
