package dev.kakehashi.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Makes a store's entries match the source product's list, key by key: entries the source has are added or updated
 * (in the source's order), entries only this product has are deactivated and kept (other records point to them) and
 * placed after the source's. Writes only what differs, so copying the same list twice writes nothing the second time.
 */
final class CatalogCopy {
    private CatalogCopy() {
    }

    /**
     * @param merge the entry to keep for a key both have: (source entry with its new position, local entry)
     */
    static <T extends CatalogEntry> CopyCount copy(CatalogStore<T> store, List<T> source, BiFunction<T, T, T> merge,
                                                   java.util.function.UnaryOperator<T> added,
                                                   java.util.function.UnaryOperator<T> deactivated) {
        Map<String, T> local = new LinkedHashMap<>();
        for (T entry : store.list()) {
            local.put(entry.key(), entry);
        }
        int add = 0;
        int change = 0;
        int deactivate = 0;
        int position = 0;
        List<String> seen = new ArrayList<>();
        for (T wanted : source) {
            if (seen.contains(wanted.key())) {
                continue;
            }
            seen.add(wanted.key());
            @SuppressWarnings("unchecked")
            T placed = (T) wanted.withPosition(position++);
            T current = local.remove(placed.key());
            if (current == null) {
                store.insert(added.apply(placed));
                add++;
            } else {
                T merged = merge.apply(placed, current);
                if (!merged.equals(current)) {
                    store.update(merged);
                    change++;
                }
            }
        }
        for (T onlyHere : local.values()) {
            @SuppressWarnings("unchecked")
            T placed = (T) deactivated.apply(onlyHere).withPosition(position++);
            if (!placed.equals(onlyHere)) {
                store.update(placed);
                if (onlyHere.active()) {
                    deactivate++;
                } else {
                    change++;
                }
            }
        }
        return new CopyCount(add, change, deactivate);
    }
}
