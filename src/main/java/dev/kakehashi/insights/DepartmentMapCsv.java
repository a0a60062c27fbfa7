package dev.kakehashi.insights;

import java.util.HashMap;
import java.util.Map;

/**
 * The department map's cells as CSV (RFC 4180, UTF-8 with a byte order mark so that spreadsheets read Japanese):
 * one row per cell of the JSON, in its order; a suppressed cell has empty figures and {@code suppressed} as its
 * total. A field that a spreadsheet would take for a formula (starting with =, +, -, @, a tab or a carriage return)
 * is prefixed with an apostrophe.
 */
public final class DepartmentMapCsv {
    public static final String HEADER = "from,to,from_name,to_name,requests,requests_done,thanks,goals,knowledge,"
            + "events,total,previous_total";

    private DepartmentMapCsv() {
    }

    public static String write(DepartmentMap map) {
        Map<String, String> names = new HashMap<>();
        map.departments().forEach(d -> names.put(d.key(), d.name()));
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (DepartmentMap.Cell cell : map.cells()) {
            csv.append(field(cell.from())).append(',').append(field(cell.to())).append(',')
                    .append(field(names.get(cell.from()))).append(',').append(field(names.get(cell.to())));
            if (cell.suppressed()) {
                csv.append(",,,,,,,suppressed,");
            } else {
                CellFigures f = cell.figures();
                csv.append(',').append(f.requests()).append(',').append(f.requestsDone()).append(',')
                        .append(f.thanks()).append(',').append(f.goals()).append(',').append(f.knowledge())
                        .append(',').append(f.events()).append(',').append(f.total()).append(',')
                        .append(cell.previousTotal() == null ? "" : cell.previousTotal().toString());
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    /** One field: guarded against formulas, quoted when it holds a comma, quote or line break. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
