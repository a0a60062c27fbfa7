package dev.kakehashi.transfer.ao;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.kakehashi.platform.Rejection;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an export document one row at a time (Jackson's streaming parser), so that memory holds one row however
 * large the document is. Anything that is not the format is refused with a message naming where.
 */
final class DocumentReader implements Closeable {
    /** The longest text a value may have: far above every column's limit, well below what would strain memory. */
    private static final int MAX_STRING = 1 << 20;

    /** The first fields of a document. */
    record Header(String format, Integer modelVersion, String product, String source, String exportedAt) {
    }

    private final JsonParser json;
    private boolean inRows;
    private long rowCount = -1;

    DocumentReader(InputStream in) {
        try {
            JsonFactory factory = JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING)
                            .maxNestingDepth(8).build())
                    .build();
            json = factory.createParser(in);
        } catch (IOException e) {
            throw invalid("kakehashi.transfer.error.json");
        }
    }

    /** Reads the fields before {@code tables}; the parser then stands at the start of the tables. */
    Header header() {
        expect(next(), JsonToken.START_OBJECT);
        String format = null;
        Integer version = null;
        String product = null;
        String source = null;
        String exportedAt = null;
        while (true) {
            JsonToken token = next();
            if (token != JsonToken.FIELD_NAME) {
                throw invalid("kakehashi.transfer.error.json");
            }
            String field = name();
            JsonToken value = next();
            switch (field) {
                case "format" -> format = text(value);
                case "modelVersion" -> version = value == JsonToken.VALUE_NUMBER_INT ? intValue() : null;
                case "product" -> product = text(value);
                case "source" -> source = text(value);
                case "exportedAt" -> exportedAt = text(value);
                case "tables" -> {
                    expect(value, JsonToken.START_ARRAY);
                    return new Header(format, version, product, source, exportedAt);
                }
                default -> skip();
            }
        }
    }

    /** The next table's name, or null after the last table. */
    String nextTable() {
        JsonToken token = next();
        if (token == JsonToken.END_ARRAY) {
            readTrailer();
            return null;
        }
        expect(token, JsonToken.START_OBJECT);
        expect(next(), JsonToken.FIELD_NAME);
        if (!"name".equals(name())) {
            throw invalid("kakehashi.transfer.error.json");
        }
        String table = text(next());
        expect(next(), JsonToken.FIELD_NAME);
        if (!"rows".equals(name())) {
            throw invalid("kakehashi.transfer.error.json");
        }
        expect(next(), JsonToken.START_ARRAY);
        inRows = true;
        return table;
    }

    /** The next row of the current table as column → value (String, Long, Double, Boolean or null), or null. */
    Map<String, Object> nextRow() {
        if (!inRows) {
            return null;
        }
        JsonToken token = next();
        if (token == JsonToken.END_ARRAY) {
            expect(next(), JsonToken.END_OBJECT);
            inRows = false;
            return null;
        }
        expect(token, JsonToken.START_OBJECT);
        Map<String, Object> row = new LinkedHashMap<>();
        while ((token = next()) == JsonToken.FIELD_NAME) {
            String column = name();
            if (row.containsKey(column)) {
                throw invalid("kakehashi.transfer.error.json");
            }
            row.put(column, scalar(next()));
        }
        expect(token, JsonToken.END_OBJECT);
        return row;
    }

    /** The row count written after the tables; -1 when absent. */
    long rowCount() {
        return rowCount;
    }

    private void readTrailer() {
        JsonToken token;
        while ((token = next()) == JsonToken.FIELD_NAME) {
            String field = name();
            JsonToken value = next();
            if ("rowCount".equals(field) && value == JsonToken.VALUE_NUMBER_INT) {
                rowCount = longValue();
            } else {
                skip();
            }
        }
        expect(token, JsonToken.END_OBJECT);
        if (next() != null) {
            throw invalid("kakehashi.transfer.error.json");
        }
    }

    private Object scalar(JsonToken token) {
        try {
            return switch (token) {
                case VALUE_STRING -> json.getText();
                case VALUE_NUMBER_INT -> json.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? invalidValue() : json.getLongValue();
                case VALUE_NUMBER_FLOAT -> json.getDoubleValue();
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_NULL -> null;
                default -> invalidValue();
            };
        } catch (IOException e) {
            throw invalid("kakehashi.transfer.error.json");
        }
    }

    private static Object invalidValue() {
        throw invalid("kakehashi.transfer.error.json");
    }

    private String text(JsonToken token) {
        if (token != JsonToken.VALUE_STRING) {
            skip();
            return null;
        }
        try {
            return json.getText();
        } catch (IOException e) {
            throw invalid("kakehashi.transfer.error.json");
        }
    }

    private int intValue() {
        long value = longValue();
        return value < Integer.MIN_VALUE || value > Integer.MAX_VALUE ? -1 : (int) value;
    }

    private long longValue() {
        try {
            return json.getLongValue();
        } catch (IOException e) {
            throw invalid("kakehashi.transfer.error.json");
        }
    }

    private String name() {
        try {
            return json.currentName();
        } catch (IOException e) {
            throw invalid("kakehashi.transfer.error.json");
        }
    }

    private void skip() {
        try {
            json.skipChildren();
        } catch (IOException e) {
            throw invalid("kakehashi.transfer.error.json");
        }
    }

    private JsonToken next() {
        try {
            return json.nextToken();
        } catch (JsonProcessingException e) {
            throw invalid("kakehashi.transfer.error.json");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw invalid("kakehashi.transfer.error.json");
        }
    }

    static Rejection invalid(String key, Object... arguments) {
        return Rejection.of(Rejection.Reason.INVALID, null, key, arguments);
    }

    @Override
    public void close() {
        try {
            json.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
