package dev.kakehashi.insights;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class DepartmentMapCsvTest {
    private static DepartmentMap map() {
        Map<String, Integer> rows = new LinkedHashMap<>();
        rows.put("sales", 15);
        rows.put("it", null);
        return new DepartmentMap(new DepartmentMap.Span("2026-09-08", "2026-12-06", 90),
                new DepartmentMap.Span("2026-06-10", "2026-09-07", 90), null, 5,
                List.of(new DepartmentMap.DepartmentJson("sales", "=営業, \"東京\"", null),
                        new DepartmentMap.DepartmentJson("it", "+IT", "/x")),
                List.of(new DepartmentMap.Cell("sales", "it", false, new CellFigures("sales", "it", 4, 2, 7, 1, 1, 2, 9),
                        null), DepartmentMap.Cell.hidden("it", "sales")), rows, rows,
                List.of(new DepartmentMap.Pair("sales", "it", true, null, null, null)));
    }

    @Test
    public void cellsBecomeRowsWithABomAndGuardedQuotedNames() {
        String csv = DepartmentMapCsv.write(map());
        assertTrue(csv.startsWith("\uFEFF" + DepartmentMapCsv.HEADER + "\r\n"));
        String[] lines = csv.substring(1).split("\r\n");
        assertEquals(3, lines.length);
        assertEquals("sales,it,\"'=営業, \"\"東京\"\"\",'+IT,4,2,7,1,1,2,15,", lines[1]);
        assertEquals("it,sales,'+IT,\"'=営業, \"\"東京\"\"\",,,,,,,suppressed,", lines[2]);
    }

    @Test
    public void fieldsThatASpreadsheetWouldRunAreNeutralised() {
        for (String formula : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertTrue(formula, DepartmentMapCsv.field(formula).replace("\"", "").startsWith("'"));
        }
        assertEquals("plain", DepartmentMapCsv.field("plain"));
        assertEquals("", DepartmentMapCsv.field(null));
    }

    @Test
    public void theJsonLeavesOutTheFiguresOfSuppressedCellsAndStagesButKeepsNullTotals() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(map().json()));
        JsonNode shown = json.get("cells").get(0);
        assertEquals(15, shown.get("total").asInt());
        assertEquals(2, shown.get("events").asInt());
        assertTrue(shown.has("previousTotal") && shown.get("previousTotal").isNull());
        JsonNode hidden = json.get("cells").get(1);
        assertEquals(List.of("from", "to", "suppressed"), names(hidden));
        assertTrue(json.get("rowTotals").has("it") && json.get("rowTotals").get("it").isNull());
        assertTrue(json.has("computedAt") && json.get("computedAt").isNull());
        assertEquals(List.of("a", "b", "suppressed"), names(json.get("pairs").get(0)));
        assertEquals(List.of("period", "previous", "computedAt", "minimumGroup", "departments", "cells", "rowTotals",
                "columnTotals", "pairs"), names(json));
        assertEquals(List.of("from", "to", "suppressed", "requests", "requestsDone", "thanks", "goals", "knowledge",
                "events", "total", "previousTotal"), names(shown));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
