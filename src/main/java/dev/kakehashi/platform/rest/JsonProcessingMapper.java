package dev.kakehashi.platform.rest;

import com.atlassian.sal.api.message.I18nResolver;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * {@link JsonProcessingException} as a 400 in the API's error shape ({@link JsonErrors}). One mapper per Jackson type:
 * the REST framework may bring Jackson's own mapper for exactly this type (it answers plain text), and the
 * mapper of the nearest type wins.
 */
@Provider
public class JsonProcessingMapper implements ExceptionMapper<JsonProcessingException> {
    private final I18nResolver i18n;

    @Inject
    public JsonProcessingMapper(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(JsonProcessingException exception) {
        return JsonErrors.response(i18n, exception);
    }
}
