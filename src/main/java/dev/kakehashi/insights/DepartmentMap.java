package dev.kakehashi.insights;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The department map as a reader sees it (names in the reader's language, suppressed figures left out), as
 * {@code GET /rest/kakehashi/1.0/insights/department-map} serves it ({@link #json()}).
 *
 * @param computedAt when the aggregates were computed (ISO instant), null when none exist yet
 */
public record DepartmentMap(Span period, Span previous, String computedAt, int minimumGroup,
                            List<DepartmentJson> departments, List<Cell> cells, Map<String, Integer> rowTotals,
                            Map<String, Integer> columnTotals, List<Pair> pairs) {
    /** Days of a period, both ends included. */
    public record Span(String from, String to, int days) {
        public static Span of(MapPeriod period) {
            return new Span(period.from().toString(), period.to().toString(), period.days());
        }
    }

    /** An active department; {@code profileUrl} null when there is no profile page to link. */
    public record DepartmentJson(String key, String name, String profileUrl) {
    }

    /**
     * A directed cell with any contact, or a suppressed one, which carries no figures at all. {@code previousTotal}
     * is null when the previous period's cell was suppressed.
     */
    public record Cell(String from, String to, boolean suppressed, CellFigures figures,
                       Integer previousTotal) {
        public static Cell hidden(String from, String to) {
            return new Cell(from, to, true, null, null);
        }

        /** The figures as the JSON names them, in order; none for a suppressed cell. */
        public Map<String, Object> shownFigures() {
            Map<String, Object> shown = new LinkedHashMap<>();
            if (suppressed) {
                return shown;
            }
            shown.put("requests", figures.requests());
            shown.put("requestsDone", figures.requestsDone());
            shown.put("thanks", figures.thanks());
            shown.put("goals", figures.goals());
            shown.put("knowledge", figures.knowledge());
            shown.put("events", figures.events());
            shown.put("total", figures.total());
            shown.put("previousTotal", previousTotal);
            return shown;
        }
    }

    /** The next small step for a pair; {@code url} null when there is no page to open for it. */
    public record Next(String label, String url) {
    }

    /** An unordered pair of active departments ({@code a} first in the admin's order); no stage when suppressed. */
    public record Pair(String a, String b, boolean suppressed, Stage stage, String stageLabel,
                       Next next) {
        /** The stage, its label and the next step as the JSON names them; none for a suppressed pair. */
        public Map<String, Object> shownStage() {
            Map<String, Object> shown = new LinkedHashMap<>();
            if (suppressed) {
                return shown;
            }
            shown.put("stage", stage.name());
            shown.put("stageLabel", stageLabel);
            Map<String, Object> step = null;
            if (next != null) {
                step = new LinkedHashMap<>();
                step.put("label", next.label());
                step.put("url", next.url());
            }
            shown.put("next", step);
            return shown;
        }
    }

    /** The map in the JSON's shape and order: maps, lists and values only. */
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("period", span(period));
        json.put("previous", span(previous));
        json.put("computedAt", computedAt);
        json.put("minimumGroup", minimumGroup);
        List<Map<String, Object>> departmentList = new java.util.ArrayList<>();
        for (DepartmentJson d : departments) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("key", d.key());
            one.put("name", d.name());
            one.put("profileUrl", d.profileUrl());
            departmentList.add(one);
        }
        json.put("departments", departmentList);
        List<Map<String, Object>> cellList = new java.util.ArrayList<>();
        for (Cell c : cells) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("from", c.from());
            one.put("to", c.to());
            one.put("suppressed", c.suppressed());
            one.putAll(c.shownFigures());
            cellList.add(one);
        }
        json.put("cells", cellList);
        json.put("rowTotals", new LinkedHashMap<>(rowTotals));
        json.put("columnTotals", new LinkedHashMap<>(columnTotals));
        List<Map<String, Object>> pairList = new java.util.ArrayList<>();
        for (Pair p : pairs) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("a", p.a());
            one.put("b", p.b());
            one.put("suppressed", p.suppressed());
            one.putAll(p.shownStage());
            pairList.add(one);
        }
        json.put("pairs", pairList);
        return json;
    }

    private static Map<String, Object> span(Span span) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", span.from());
        json.put("to", span.to());
        json.put("days", span.days());
        return json;
    }
}
