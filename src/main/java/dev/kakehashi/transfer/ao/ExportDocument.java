package dev.kakehashi.transfer.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.kakehashi.platform.ao.AoModel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import net.java.ao.Entity;
import net.java.ao.Query;

/**
 * Writes every row of every table of {@link TransferTables} as one JSON document (docs/EXPORT-FORMAT.md), page by
 * page, so that memory holds one page of rows however large the tables are.
 */
public final class ExportDocument {
    public static final String FORMAT = "kakehashi-export";
    static final int PAGE = 500;

    private final ActiveObjects ao;

    public ExportDocument(ActiveObjects ao) {
        this.ao = ao;
    }

    /** What the export will write: each table's highest id when it starts, and the row count up to it. */
    public record Plan(List<Bound> tables) {
        public long rows() {
            return tables.stream().mapToLong(Bound::rows).sum();
        }
    }

    /** Rows up to {@code maxId}: rows added while the export runs are left out, so every reference stays inside. */
    public record Bound(TransferTable table, int maxId, long rows) {
    }

    /** Counts what an export started now would write. */
    public Plan plan() {
        List<Bound> bounds = new ArrayList<>();
        for (TransferTable table : TransferTables.ALL) {
            Entity[] last = ao.find(table.entity(), Query.select("ID").order("ID DESC").limit(1));
            int maxId = last.length == 0 ? 0 : last[0].getID();
            long rows = maxId == 0 ? 0 : ao.count(table.entity(), condition(table, "ID <= ?"), maxId);
            bounds.add(new Bound(table, maxId, rows));
        }
        return new Plan(bounds);
    }

    /**
     * Writes the document.
     *
     * @param progress told the number of rows written so far, after every page
     */
    public void write(Plan plan, String product, String source, Instant exportedAt, OutputStream out,
                      LongConsumer progress) {
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("modelVersion", AoModel.VERSION);
            json.writeStringField("product", product);
            json.writeStringField("source", source);
            json.writeStringField("exportedAt", exportedAt.toString());
            json.writeArrayFieldStart("tables");
            long written = 0;
            for (Bound bound : plan.tables()) {
                written = writeTable(json, bound, written, progress);
            }
            json.writeEndArray();
            json.writeNumberField("rowCount", written);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long writeTable(JsonGenerator json, Bound bound, long written, LongConsumer progress) throws IOException {
        TransferTable table = bound.table();
        json.writeStartObject();
        json.writeStringField("name", table.name());
        json.writeArrayFieldStart("rows");
        int after = 0;
        while (after < bound.maxId()) {
            Entity[] page = ao.find(table.entity(), Query.select()
                    .where(condition(table, "ID > ? AND ID <= ?"), after, bound.maxId()).order("ID").limit(PAGE));
            if (page.length == 0) {
                break;
            }
            for (Entity row : page) {
                writeRow(json, table, row);
                after = row.getID();
            }
            written += page.length;
            json.flush();
            progress.accept(written);
        }
        json.writeEndArray();
        json.writeEndObject();
        return written;
    }

    private static void writeRow(JsonGenerator json, TransferTable table, Entity row) throws IOException {
        json.writeStartObject();
        for (TransferTable.Column column : table.columns()) {
            Object value = read(column, row);
            json.writeFieldName(column.name());
            if (value == null) {
                json.writeNull();
            } else if (value instanceof String text) {
                json.writeString(text);
            } else if (value instanceof Boolean flag) {
                json.writeBoolean(flag);
            } else if (value instanceof Double number) {
                json.writeNumber(number);
            } else {
                json.writeNumber(((Number) value).longValue());
            }
        }
        json.writeEndObject();
    }

    private static Object read(TransferTable.Column column, Entity row) {
        try {
            return column.getter().invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + column.name(), e);
        }
    }

    private static String condition(TransferTable table, String idCondition) {
        return table.exportFilter() == null ? idCondition : "(" + table.exportFilter() + ") AND " + idCondition;
    }
}
