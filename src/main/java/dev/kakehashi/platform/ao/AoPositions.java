package dev.kakehashi.platform.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;
import net.java.ao.RawEntity;

/**
 * Writes a new order into rows that keep their position in a column: one transaction, and only the rows whose
 * position changes are written.
 */
public final class AoPositions {
    private AoPositions() {
    }

    /**
     * Gives each row the index of its key in {@code keys}; rows whose key is not listed keep their position.
     */
    public static <T extends RawEntity<?>> void reorder(ActiveObjects ao, List<String> keys, T[] rows,
                                                        Function<T, String> keyOf, ToIntFunction<T> positionOf,
                                                        ObjIntConsumer<T> setPosition) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            positions.put(keys.get(i), i);
        }
        ao.executeInTransaction(() -> {
            for (T row : rows) {
                Integer position = positions.get(keyOf.apply(row));
                if (position != null && position != positionOf.applyAsInt(row)) {
                    setPosition.accept(row, position);
                    row.save();
                }
            }
            return null;
        });
    }
}
