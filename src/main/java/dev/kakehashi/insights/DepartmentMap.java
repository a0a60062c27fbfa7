package dev.kakehashi.insights;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The department map as a reader sees it (names in the reader's language, suppressed figures left out), in the shape
 * of {@code GET /rest/kakehashi/1.0/insights/department-map}.
 *
 * @param computedAt when the aggregates were computed (ISO instant), null when none exist yet
 */
@JsonPropertyOrder({"period", "previous", "computedAt", "minimumGroup", "departments", "cells", "rowTotals",
        "columnTotals", "pairs"})
public record DepartmentMap(Span period, Span previous, String computedAt, int minimumGroup,
                            List<DepartmentJson> departments, List<Cell> cells, Map<String, Integer> rowTotals,
                            Map<String, Integer> columnTotals, List<Pair> pairs) {
    /** Days of a period, both ends included. */
    @JsonPropertyOrder({"from", "to", "days"})
    public record Span(String from, String to, int days) {
        public static Span of(MapPeriod period) {
            return new Span(period.from().toString(), period.to().toString(), period.days());
        }
    }

    /** An active department; {@code profileUrl} null when there is no profile page to link. */
    @JsonPropertyOrder({"key", "name", "profileUrl"})
    public record DepartmentJson(String key, String name, String profileUrl) {
    }

    /**
     * A directed cell with any contact, or a suppressed one, which carries no figures at all. {@code previousTotal}
     * is null when the previous period's cell was suppressed.
     */
    @JsonPropertyOrder({"from", "to", "suppressed"})
    public record Cell(String from, String to, boolean suppressed, @JsonIgnore CellFigures figures,
                       @JsonIgnore Integer previousTotal) {
        public static Cell hidden(String from, String to) {
            return new Cell(from, to, true, null, null);
        }

        @JsonAnyGetter
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
            shown.put("total", figures.total());
            shown.put("previousTotal", previousTotal);
            return shown;
        }
    }

    /** The next small step for a pair; {@code url} null when there is no page to open for it. */
    @JsonPropertyOrder({"label", "url"})
    public record Next(String label, String url) {
    }

    /** An unordered pair of active departments ({@code a} first in the admin's order); no stage when suppressed. */
    @JsonPropertyOrder({"a", "b", "suppressed"})
    public record Pair(String a, String b, boolean suppressed, @JsonIgnore Stage stage, @JsonIgnore String stageLabel,
                       @JsonIgnore Next next) {
        @JsonAnyGetter
        public Map<String, Object> shownStage() {
            Map<String, Object> shown = new LinkedHashMap<>();
            if (suppressed) {
                return shown;
            }
            shown.put("stage", stage.name());
            shown.put("stageLabel", stageLabel);
            shown.put("next", next);
            return shown;
        }
    }
}
