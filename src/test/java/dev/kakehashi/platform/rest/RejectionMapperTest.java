package dev.kakehashi.platform.rest;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.message.I18nResolver;
import dev.kakehashi.platform.Problem;
import dev.kakehashi.platform.Rejection;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.Test;

public class RejectionMapperTest {
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final RejectionMapper mapper = new RejectionMapper(i18n);

    @Test
    public void eachReasonHasItsStatus() {
        assertEquals(400, RejectionMapper.status(Rejection.Reason.INVALID));
        assertEquals(401, RejectionMapper.status(Rejection.Reason.UNAUTHENTICATED));
        assertEquals(403, RejectionMapper.status(Rejection.Reason.FORBIDDEN));
        assertEquals(404, RejectionMapper.status(Rejection.Reason.NOT_FOUND));
        assertEquals(409, RejectionMapper.status(Rejection.Reason.CONFLICT));
        assertEquals(429, RejectionMapper.status(Rejection.Reason.TOO_MANY_REQUESTS));
    }

    @Test
    public void fieldProblemsAreTranslatedWithTheirArguments() {
        when(i18n.getText("kakehashi.error.invalid")).thenReturn("下に示した項目を修正してください。");
        when(i18n.getText(eq("kakehashi.error.required"), any(java.io.Serializable[].class))).thenReturn("この項目は必須です。");
        when(i18n.getText("kakehashi.error.too.long", "100")).thenReturn("100文字以内で入力してください。");

        Response response = mapper.toResponse(Rejection.invalid(List.of(
                Problem.of("nameJa", "kakehashi.error.required"),
                Problem.of("nameEn", "kakehashi.error.too.long", 100))));

        assertEquals(400, response.getStatus());
        ErrorJson body = (ErrorJson) response.getEntity();
        assertEquals("下に示した項目を修正してください。", body.message());
        assertEquals(List.of(new ErrorJson.FieldError("nameJa", "この項目は必須です。"),
                new ErrorJson.FieldError("nameEn", "100文字以内で入力してください。")), body.errors());
    }

    @Test
    public void aSingleProblemIsTheMessage() {
        when(i18n.getText(eq("kakehashi.error.forbidden"), any(java.io.Serializable[].class))).thenReturn("Forbidden.");

        Response response = mapper.toResponse(Rejection.forbidden());

        assertEquals(403, response.getStatus());
        assertEquals("Forbidden.", ((ErrorJson) response.getEntity()).message());
        assertEquals(List.of(), ((ErrorJson) response.getEntity()).errors());
    }
}
