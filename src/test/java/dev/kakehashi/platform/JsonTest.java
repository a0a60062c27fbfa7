package dev.kakehashi.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class JsonTest {
    @Test
    public void parsesObjectsListsStringsNumbersBooleansAndNull() {
        Map<String, Object> o = Json.object("{\"a\": \"\\u7530\\u4e2d \\\"x\\\"\\n\", \"b\": [1, 2.5, -3e2, true, false, null],"
                + " \"c\": {\"d\": \"😀\"}}").orElseThrow();
        assertEquals("田中 \"x\"\n", o.get("a"));
        assertEquals(List.of(1L, 2.5, -300.0, true, false), ((List<?>) o.get("b")).subList(0, 5));
        assertEquals("😀", Json.string(Json.member(o, "c"), "d"));
        assertEquals("", Json.string(o, "missing"));
    }

    @Test
    public void refusesWhatIsNotJson() {
        for (String bad : List.of("", "{", "{\"a\":}", "[1,]", "{\"a\":1} x", "'a'", "{\"a\":\"\u0001\"}", "01x")) {
            assertThrows(bad, IllegalArgumentException.class, () -> Json.parse(bad));
            assertTrue(Json.object(bad).isEmpty());
        }
        assertThrows(IllegalArgumentException.class, () -> Json.parse("[".repeat(40) + "]".repeat(40)));
    }

    @Test
    public void writesStringMembersThatParseBack() {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("url", "https://x/?a=1&b=\"2\"");
        members.put("title", "成果と学び\n\t\u2028</script>");
        members.put("none", null);
        String json = Json.write(members);
        Map<String, Object> back = Json.object(json).orElseThrow();
        assertEquals(Map.of("url", members.get("url"), "title", members.get("title")), back);
    }
}
