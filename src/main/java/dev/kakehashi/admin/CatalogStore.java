package dev.kakehashi.admin;

import java.util.List;
import java.util.Optional;

/**
 * Port to where admin-defined entries are kept. Entries are never deleted: other records point to them.
 *
 * @param <T> the kind of entry
 */
public interface CatalogStore<T extends CatalogEntry> {
    /** Every entry, active or not, in position order. */
    List<T> list();

    Optional<T> find(String key);

    /**
     * Adds an entry.
     *
     * @throws dev.kakehashi.platform.Rejection with reason CONFLICT when the key is taken
     */
    T insert(T entry);

    /** Replaces the entry with the same key. */
    T update(T entry);

    /** Sets each entry's position to its index in {@code keys}, which names every entry once. */
    void reorder(List<String> keys);
}
