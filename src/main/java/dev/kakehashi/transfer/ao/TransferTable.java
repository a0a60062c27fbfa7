package dev.kakehashi.transfer.ao;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One table as the export document carries it: its entity, its columns (read from the entity's getters, so that a
 * new column needs no change here), and the columns that hold ids of rows of other tables of ours, which an import
 * remaps.
 */
public final class TransferTable {
    /** Active Objects' length of a text column without {@code @StringLength}. */
    static final int DEFAULT_STRING_LENGTH = 255;

    /** A column: its name in the database and the document, the getter that reads it, and its limits. */
    public record Column(String name, Method getter, Class<?> type, boolean notNull, boolean unique, int maxLength) {
        /** The Java type of values, boxed. */
        public Class<?> boxed() {
            if (type == int.class) {
                return Integer.class;
            } else if (type == long.class) {
                return Long.class;
            } else if (type == boolean.class) {
                return Boolean.class;
            } else if (type == double.class) {
                return Double.class;
            }
            return type;
        }
    }

    /**
     * A column holding a row id of {@code parent}; {@code prefix} when the id is the part of a text value before its
     * first colon ({@code 12:3}), else the whole value.
     */
    public record Reference(String column, Class<? extends Entity> parent, boolean prefix) {
    }

    private final Class<? extends Entity> entity;
    private final String name;
    private final List<Column> columns;
    private final List<Reference> references;
    private final String exportFilter;

    private TransferTable(Class<? extends Entity> entity, List<Reference> references, String exportFilter) {
        this.entity = entity;
        Table table = entity.getAnnotation(Table.class);
        this.name = table != null ? table.value() : entity.getSimpleName().toUpperCase(java.util.Locale.ROOT);
        this.columns = columnsOf(entity);
        this.references = List.copyOf(references);
        this.exportFilter = exportFilter;
        for (Reference reference : references) {
            Column column = column(reference.column());
            if (column == null || (reference.prefix() ? column.type() != String.class : !isWholeNumber(column))) {
                throw new IllegalArgumentException(name + " has no id column " + reference.column());
            }
        }
    }

    /** A table without references to others. */
    public static TransferTable of(Class<? extends Entity> entity) {
        return new TransferTable(entity, List.of(), null);
    }

    /** The same table whose {@code column} holds the id of a {@code parent} row. */
    public TransferTable references(String column, Class<? extends Entity> parent) {
        return with(new Reference(column, parent, false));
    }

    /** The same table whose text {@code column} starts with the id of a {@code parent} row ({@code 12:3}). */
    public TransferTable startsWithIdOf(String column, Class<? extends Entity> parent) {
        return with(new Reference(column, parent, true));
    }

    /** The same table exporting only rows matching an SQL condition (parameters inlined, constants only). */
    public TransferTable exportingOnly(String condition) {
        return new TransferTable(entity, references, condition);
    }

    private TransferTable with(Reference reference) {
        List<Reference> all = new ArrayList<>(references);
        all.add(reference);
        return new TransferTable(entity, all, exportFilter);
    }

    public Class<? extends Entity> entity() {
        return entity;
    }

    /** The table's name without the app's prefix, as in the entity's {@code @Table}: {@code DEPARTMENT}. */
    public String name() {
        return name;
    }

    /** Every column, {@code ID} first, then by name. */
    public List<Column> columns() {
        return columns;
    }

    public Column column(String columnName) {
        for (Column column : columns) {
            if (column.name().equals(columnName)) {
                return column;
            }
        }
        return null;
    }

    public List<Reference> references() {
        return references;
    }

    public String exportFilter() {
        return exportFilter;
    }

    /**
     * The database column name of a property, as the hosts' Active Objects name converter makes it: camel case to
     * upper case with underscores ({@code getPageRow} → {@code PAGE_ROW}); a test checks it against the converter.
     */
    static String columnName(String property) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < property.length(); i++) {
            char c = property.charAt(i);
            if (i > 0 && Character.isUpperCase(c) && !Character.isUpperCase(property.charAt(i - 1))) {
                name.append('_');
            }
            name.append(Character.toUpperCase(c));
        }
        return name.toString();
    }

    private static boolean isWholeNumber(Column column) {
        Class<?> type = column.boxed();
        return type == Integer.class || type == Long.class;
    }

    private static List<Column> columnsOf(Class<? extends Entity> entity) {
        List<Column> found = new ArrayList<>();
        for (Method method : entity.getMethods()) {
            String property = property(method);
            if (property == null || Modifier.isStatic(method.getModifiers()) || method.isDefault()) {
                continue;
            }
            if (method.getDeclaringClass() != entity && !"ID".equals(property)) {
                continue;
            }
            Class<?> type = method.getReturnType();
            StringLength length = method.getAnnotation(StringLength.class);
            int max = type != String.class ? 0 : length == null ? DEFAULT_STRING_LENGTH : length.value();
            boolean id = "ID".equals(property);
            found.add(new Column(columnName(property), method, type, id || method.isAnnotationPresent(NotNull.class)
                    || type.isPrimitive(), id || method.isAnnotationPresent(Unique.class), max));
        }
        found.sort(Comparator.comparing((Column c) -> !"ID".equals(c.name())).thenComparing(Column::name));
        Map<String, Column> unique = new LinkedHashMap<>();
        for (Column column : found) {
            unique.putIfAbsent(column.name(), column);
        }
        return List.copyOf(unique.values());
    }

    private static String property(Method method) {
        if (method.getParameterCount() != 0) {
            return null;
        }
        String name = method.getName();
        List<Class<?>> supported = Arrays.asList(String.class, int.class, Integer.class, long.class, Long.class,
                boolean.class, Boolean.class, double.class, Double.class);
        if (!supported.contains(method.getReturnType())) {
            return null;
        }
        if (name.startsWith("get") && name.length() > 3) {
            return name.substring(3);
        }
        if (name.startsWith("is") && name.length() > 2
                && (method.getReturnType() == boolean.class || method.getReturnType() == Boolean.class)) {
            return name.substring(2);
        }
        return null;
    }
}
