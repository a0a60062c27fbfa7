package dev.kakehashi.transfer.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.platform.ao.AoModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import net.java.ao.Entity;
import net.java.ao.Query;

/**
 * Reads an export document into this instance: {@link #check} reads it through and refuses it before anything is
 * written; {@link #write} then adds its rows with new ids, remapping the references between our tables, and skips
 * rows an earlier import of the same source already added or whose unique value this instance already holds.
 */
public final class ImportDocument {
    static final int CHUNK = 200;
    private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Pattern ID_PREFIX = Pattern.compile("(\\d{1,10}):.*", Pattern.DOTALL);

    private final ActiveObjects ao;

    public ImportDocument(ActiveObjects ao) {
        this.ao = ao;
    }

    /** What a checked document holds. */
    public record Summary(String source, String exportedAt, long rows) {
    }

    /** What an import did: rows added, and rows skipped because this instance had them already. */
    public record Outcome(long added, long skipped) {
    }

    /**
     * Reads the whole document and refuses it (a {@code Rejection} with a message for people) when it is not an export
     * of this product and model version, or any row would not fit: unknown tables or columns, wrong types, texts over
     * their column's length, missing required values, duplicate ids, references to rows the document lacks.
     *
     * @param ownSource this instance's own source id: its own exports are refused
     */
    public Summary check(Path document, String product, String ownSource) {
        try (InputStream in = Files.newInputStream(document); DocumentReader reader = new DocumentReader(in)) {
            DocumentReader.Header header = reader.header();
            if (!ExportDocument.FORMAT.equals(header.format())) {
                throw DocumentReader.invalid("kakehashi.transfer.error.format");
            }
            if (header.modelVersion() == null || header.modelVersion() < 0) {
                throw DocumentReader.invalid("kakehashi.transfer.error.format");
            }
            if (header.modelVersion() > AoModel.VERSION) {
                throw DocumentReader.invalid("kakehashi.transfer.error.newer", header.modelVersion(), AoModel.VERSION);
            }
            if (header.modelVersion() < AoModel.VERSION) {
                throw DocumentReader.invalid("kakehashi.transfer.error.older", header.modelVersion(), AoModel.VERSION);
            }
            if (!product.equals(header.product())) {
                throw DocumentReader.invalid("kakehashi.transfer.error.product", String.valueOf(header.product()),
                        product);
            }
            if (header.source() == null || !SOURCE.matcher(header.source()).matches()) {
                throw DocumentReader.invalid("kakehashi.transfer.error.format");
            }
            if (header.source().equals(ownSource)) {
                throw DocumentReader.invalid("kakehashi.transfer.error.own");
            }
            long rows = checkTables(reader);
            if (reader.rowCount() != rows) {
                throw DocumentReader.invalid("kakehashi.transfer.error.count");
            }
            return new Summary(header.source(), header.exportedAt(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long checkTables(DocumentReader reader) {
        Map<Class<? extends Entity>, Set<Integer>> parentIds = new HashMap<>();
        Set<Class<? extends Entity>> parents = parents();
        int position = -1;
        long rows = 0;
        String name;
        while ((name = reader.nextTable()) != null) {
            TransferTable table = TransferTables.named(name);
            int index = TransferTables.ALL.indexOf(table);
            if (table == null || index <= position) {
                throw DocumentReader.invalid("kakehashi.transfer.error.table", String.valueOf(name));
            }
            position = index;
            Set<Integer> ids = new HashSet<>();
            Map<String, Set<Long>> uniqueValues = new HashMap<>();
            Map<String, Object> row;
            while ((row = reader.nextRow()) != null) {
                int id = checkRow(table, row, parentIds);
                if (!ids.add(id)) {
                    throw DocumentReader.invalid("kakehashi.transfer.error.value", name, id, "ID");
                }
                checkUnique(table, row, id, uniqueValues);
                rows++;
            }
            if (parents.contains(table.entity())) {
                parentIds.put(table.entity(), ids);
            }
        }
        return rows;
    }

    private static int checkRow(TransferTable table, Map<String, Object> row,
                                Map<Class<? extends Entity>, Set<Integer>> parentIds) {
        Object rawId = row.get("ID");
        if (!(rawId instanceof Long id) || id < 1 || id > Integer.MAX_VALUE) {
            throw DocumentReader.invalid("kakehashi.transfer.error.value", table.name(), String.valueOf(rawId), "ID");
        }
        for (String column : row.keySet()) {
            if (table.column(column) == null) {
                throw DocumentReader.invalid("kakehashi.transfer.error.column", table.name(), column);
            }
        }
        for (TransferTable.Column column : table.columns()) {
            if (!fits(column, row.get(column.name()))) {
                throw DocumentReader.invalid("kakehashi.transfer.error.value", table.name(), id, column.name());
            }
        }
        for (TransferTable.Reference reference : table.references()) {
            Object value = row.get(reference.column());
            if (value == null) {
                continue;
            }
            Integer parent = referencedId(reference, value);
            if (parent == null || !parentIds.getOrDefault(reference.parent(), Set.of()).contains(parent)) {
                throw DocumentReader.invalid("kakehashi.transfer.error.reference", table.name(), id,
                        reference.column());
            }
        }
        return id.intValue();
    }

    /**
     * Refuses two rows with one value of a unique column, which would fail the import half-way. Values are kept as
     * 64-bit hashes so that a table of millions of rows stays within memory; a collision would refuse a sound
     * document, at odds near one in a billion.
     */
    private static void checkUnique(TransferTable table, Map<String, Object> row, int id,
                                    Map<String, Set<Long>> seen) {
        for (TransferTable.Column column : table.columns()) {
            Object value = row.get(column.name());
            if (!column.unique() || "ID".equals(column.name()) || value == null) {
                continue;
            }
            if (!seen.computeIfAbsent(column.name(), c -> new HashSet<>()).add(hash64(value.toString()))) {
                throw DocumentReader.invalid("kakehashi.transfer.error.duplicate", table.name(), id, column.name());
            }
        }
    }

    private static long hash64(String text) {
        int fnv = 0x811c9dc5;
        for (int i = 0; i < text.length(); i++) {
            fnv = (fnv ^ text.charAt(i)) * 0x01000193;
        }
        return ((long) text.hashCode() << 32) ^ (fnv & 0xffffffffL);
    }

    private static boolean fits(TransferTable.Column column, Object value) {
        if (value == null) {
            return !column.notNull() || "ID".equals(column.name());
        }
        Class<?> type = column.boxed();
        if (type == String.class) {
            return value instanceof String text && (column.maxLength() < 0
                    || text.codePointCount(0, text.length()) <= column.maxLength());
        } else if (type == Integer.class) {
            return value instanceof Long number && number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE;
        } else if (type == Long.class) {
            return value instanceof Long;
        } else if (type == Boolean.class) {
            return value instanceof Boolean;
        } else if (type == Double.class) {
            return value instanceof Double || value instanceof Long;
        }
        return false;
    }

    private static Integer referencedId(TransferTable.Reference reference, Object value) {
        if (reference.prefix()) {
            var match = ID_PREFIX.matcher(value.toString());
            if (!match.matches()) {
                return null;
            }
            long id = Long.parseLong(match.group(1));
            return id > Integer.MAX_VALUE ? null : (int) id;
        }
        long id = ((Number) value).longValue();
        return id < 1 || id > Integer.MAX_VALUE ? null : (int) id;
    }

    private static Set<Class<? extends Entity>> parents() {
        Set<Class<? extends Entity>> parents = new HashSet<>();
        for (TransferTable table : TransferTables.ALL) {
            for (TransferTable.Reference reference : table.references()) {
                parents.add(reference.parent());
            }
        }
        return parents;
    }

    /**
     * Adds the rows of a document {@link #check} accepted, {@value #CHUNK} rows per transaction; each row is recorded
     * with its new id, so that a second import of the same document, or one stopped half-way and started again, adds
     * only what is missing.
     *
     * @param progress told the number of rows handled so far, after every chunk
     */
    public Outcome write(Path document, LongConsumer progress) {
        Map<Class<? extends Entity>, Map<Integer, Integer>> remapped = new HashMap<>();
        Map<Class<? extends Entity>, Set<Integer>> keptOut = new HashMap<>();
        Set<Class<? extends Entity>> parents = parents();
        long[] counts = new long[3];
        try (InputStream in = Files.newInputStream(document); DocumentReader reader = new DocumentReader(in)) {
            String source = reader.header().source();
            String name;
            while ((name = reader.nextTable()) != null) {
                TransferTable table = TransferTables.named(name);
                Map<Integer, Integer> ids = new HashMap<>();
                Set<Integer> kept = new HashSet<>();
                List<Map<String, Object>> chunk = new ArrayList<>(CHUNK);
                Map<String, Object> row;
                do {
                    row = reader.nextRow();
                    if (row != null) {
                        chunk.add(row);
                    }
                    if (chunk.size() == CHUNK || row == null && !chunk.isEmpty()) {
                        writeChunk(source, table, chunk, remapped, keptOut, ids, kept, counts);
                        chunk.clear();
                        progress.accept(counts[0] + counts[1]);
                    }
                } while (row != null);
                if (parents.contains(table.entity())) {
                    remapped.put(table.entity(), ids);
                    keptOut.put(table.entity(), kept);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Outcome(counts[0], counts[1]);
    }

    /**
     * One transaction: rows recorded by an earlier import are skipped; rows whose parent stayed as it was here are left
     * out (the row here keeps its own children); rows whose unique value is here already are matched to that row;
     * the rest are added. The ledger records each as the id added (positive), the row matched (negative) or left out
     * (0), so that a second import, even of a first one stopped half-way, decides the same.
     */
    private void writeChunk(String source, TransferTable table, List<Map<String, Object>> chunk,
                            Map<Class<? extends Entity>, Map<Integer, Integer>> remapped,
                            Map<Class<? extends Entity>, Set<Integer>> keptOut, Map<Integer, Integer> ids,
                            Set<Integer> kept, long[] counts) {
        ao.executeInTransaction(() -> {
            Map<String, Integer> known = ledger(source, table, chunk);
            Map<Map<String, Object>, Map<String, Object>> values = new LinkedHashMap<>();
            for (Map<String, Object> row : chunk) {
                int sourceId = ((Long) row.get("ID")).intValue();
                Integer recorded = known.get(ledgerKey(source, table, sourceId));
                if (recorded != null) {
                    ids.put(sourceId, Math.abs(recorded));
                    if (recorded <= 0) {
                        kept.add(sourceId);
                    }
                    counts[1]++;
                } else if (parentKeptOut(table, row, keptOut)) {
                    ids.put(sourceId, 0);
                    kept.add(sourceId);
                    record(source, table, sourceId, 0);
                    counts[1]++;
                } else {
                    values.put(row, values(table, row, remapped));
                }
            }
            Map<Map<String, Object>, Integer> existing = existingByUniqueValue(table, values);
            for (Map.Entry<Map<String, Object>, Map<String, Object>> entry : values.entrySet()) {
                int sourceId = ((Long) entry.getKey().get("ID")).intValue();
                Integer target = existing.get(entry.getKey());
                if (target == null) {
                    target = ao.create(table.entity(), entry.getValue()).getID();
                    record(source, table, sourceId, target);
                    counts[0]++;
                } else {
                    kept.add(sourceId);
                    record(source, table, sourceId, -target);
                    counts[1]++;
                }
                ids.put(sourceId, target);
            }
            return null;
        });
    }

    private static boolean parentKeptOut(TransferTable table, Map<String, Object> row,
                                         Map<Class<? extends Entity>, Set<Integer>> keptOut) {
        for (TransferTable.Reference reference : table.references()) {
            Object value = row.get(reference.column());
            if (value != null && keptOut.getOrDefault(reference.parent(), Set.of())
                    .contains(referencedId(reference, value))) {
                return true;
            }
        }
        return false;
    }

    private void record(String source, TransferTable table, int sourceId, int target) {
        ao.create(AoImportedRow.class, Map.of(AoImportedRow.SOURCE_ROW, ledgerKey(source, table, sourceId),
                AoImportedRow.TARGET_ID, target));
    }

    /** The rows of this chunk an earlier import recorded: ledger key → id here. */
    private Map<String, Integer> ledger(String source, TransferTable table, List<Map<String, Object>> chunk) {
        List<Object> keys = new ArrayList<>();
        for (Map<String, Object> row : chunk) {
            keys.add(ledgerKey(source, table, ((Long) row.get("ID")).intValue()));
        }
        Map<String, Integer> found = new HashMap<>();
        for (AoImportedRow row : ao.find(AoImportedRow.class, Query.select("ID, " + AoImportedRow.SOURCE_ROW + ", "
                + AoImportedRow.TARGET_ID).where(AoImportedRow.SOURCE_ROW + " IN (" + marks(keys.size()) + ")",
                keys.toArray()))) {
            found.put(row.getSourceRow(), row.getTargetId());
        }
        return found;
    }

    /** Rows whose value of a unique column this instance already holds: they are matched, not added. */
    private Map<Map<String, Object>, Integer> existingByUniqueValue(
            TransferTable table, Map<Map<String, Object>, Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<Map<String, Object>, Integer> found = new HashMap<>();
        for (TransferTable.Column column : table.columns()) {
            if (!column.unique() || "ID".equals(column.name())) {
                continue;
            }
            Map<Object, List<Map<String, Object>>> byValue = new HashMap<>();
            for (Map.Entry<Map<String, Object>, Map<String, Object>> row : rows.entrySet()) {
                Object value = row.getValue().get(column.name());
                if (value != null) {
                    byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(row.getKey());
                }
            }
            if (byValue.isEmpty()) {
                continue;
            }
            for (Entity match : ao.find(table.entity(), Query.select("ID, " + column.name())
                    .where(column.name() + " IN (" + marks(byValue.size()) + ")", byValue.keySet().toArray()))) {
                Object value = read(column, match);
                for (Map<String, Object> row : byValue.getOrDefault(value, List.of())) {
                    found.putIfAbsent(row, match.getID());
                }
            }
        }
        return found;
    }

    /** A row's values as this instance stores them: no id, references remapped, numbers in the column's type. */
    private static Map<String, Object> values(TransferTable table, Map<String, Object> row,
                                              Map<Class<? extends Entity>, Map<Integer, Integer>> remapped) {
        Map<String, Object> values = new HashMap<>();
        for (TransferTable.Column column : table.columns()) {
            Object value = row.get(column.name());
            if ("ID".equals(column.name()) || value == null) {
                continue;
            }
            values.put(column.name(), typed(column, value));
        }
        for (TransferTable.Reference reference : table.references()) {
            Object value = values.get(reference.column());
            if (value == null) {
                continue;
            }
            Map<Integer, Integer> ids = remapped.getOrDefault(reference.parent(), Collections.emptyMap());
            int sourceId = referencedId(reference, value);
            Integer target = ids.get(sourceId);
            if (target == null) {
                throw new IllegalStateException(table.name() + "." + reference.column() + " " + sourceId);
            }
            if (reference.prefix()) {
                String text = value.toString();
                values.put(reference.column(), target + text.substring(text.indexOf(':')));
            } else {
                values.put(reference.column(), typed(table.column(reference.column()), (long) target));
            }
        }
        return values;
    }

    private static Object typed(TransferTable.Column column, Object value) {
        Class<?> type = column.boxed();
        if (type == Integer.class) {
            return ((Number) value).intValue();
        } else if (type == Long.class) {
            return ((Number) value).longValue();
        } else if (type == Double.class) {
            return ((Number) value).doubleValue();
        }
        return value;
    }

    private static Object read(TransferTable.Column column, Entity row) {
        try {
            return typed(column, column.getter().invoke(row));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + column.name(), e);
        }
    }

    static String ledgerKey(String source, TransferTable table, int sourceId) {
        return source + "|" + table.name() + "|" + sourceId;
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
