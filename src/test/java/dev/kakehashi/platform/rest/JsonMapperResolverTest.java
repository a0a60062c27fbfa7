package dev.kakehashi.platform.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.platform.Problem;
import dev.kakehashi.platform.Rejection;
import java.util.List;
import org.junit.Test;

/** The strict reading of request bodies and the problems it turns into. */
public class JsonMapperResolverTest {
    private final ObjectMapper mapper = new JsonMapperResolver().getContext(Object.class);

    public record Inner(String department) {
    }

    public record Body(Integer limit, Boolean flag, String text, Double value, List<Inner> items) {
    }

    private Problem problem(String json) {
        try {
            mapper.readValue(json, Body.class);
        } catch (JsonProcessingException e) {
            Rejection rejection = JsonErrors.rejection(e);
            assertEquals(Rejection.Reason.INVALID, rejection.reason());
            return rejection.problems().get(0);
        }
        fail("read: " + json);
        return null;
    }

    @Test
    public void wellFormedBodiesAreRead() throws Exception {
        Body body = mapper.readValue("{\"limit\":5,\"flag\":true,\"text\":\"t\",\"value\":2,"
                + "\"items\":[{\"department\":\"sales\"}]}", Body.class);
        assertEquals(Integer.valueOf(5), body.limit());
        assertEquals(2.0, body.value(), 0);
    }

    @Test
    public void guessesAreRefusedNamingTheField() {
        assertEquals("limit", problem("{\"limit\":1.5}").field());
        assertEquals("limit", problem("{\"limit\":\"5\"}").field());
        assertEquals("flag", problem("{\"flag\":\"yes\"}").field());
        assertEquals("flag", problem("{\"flag\":1}").field());
        assertEquals("text", problem("{\"text\":5}").field());
        assertEquals("value", problem("{\"value\":\"2\"}").field());
        assertEquals("items[1].department", problem("{\"items\":[{},{\"department\":[1]}]}").field());
        Problem unknown = problem("{\"items\":[{\"departmnt\":\"x\"}]}");
        assertEquals("items[0].departmnt", unknown.field());
        assertEquals("kakehashi.error.json.unknown.field", unknown.messageKey());
    }

    @Test
    public void nestingDeeperThanTheLimitIsRefused() throws Exception {
        int depth = JsonMapperResolver.MAX_DEPTH;
        mapper.readValue("[".repeat(depth) + "]".repeat(depth), Object.class);
        try {
            mapper.readValue("[".repeat(depth + 1) + "]".repeat(depth + 1), Object.class);
            fail("read");
        } catch (JsonProcessingException e) {
            Problem problem = JsonErrors.rejection(e).problems().get(0);
            assertNull(problem.field());
            assertEquals("kakehashi.error.json.malformed", problem.messageKey());
        }
    }

    @Test
    public void malformedBodiesAreRefusedWithoutAField() {
        for (String json : List.of("{\"limit\":", "{\"limit\":1} 2", "{\"text\":\"a\",\"text\":\"b\"}", "{limit:1}",
                "{\"value\":NaN}")) {
            Problem problem = problem(json);
            assertNull(json, problem.field());
            assertEquals(json, "kakehashi.error.json.malformed", problem.messageKey());
        }
    }
}
