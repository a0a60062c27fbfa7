package dev.kakehashi.admin;

import dev.kakehashi.platform.InputCheck;
import dev.kakehashi.platform.Rejection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules departments and company values share: keys derived from English names, names unique in each language,
 * reordering by a complete list of keys, and creation at the end of the list.
 *
 * @param <T> the kind of entry
 */
final class Catalog<T extends CatalogEntry> {
    static final int MAX_NAME = 100;
    /** A path segment of the REST API ({@code …/order}), so never a key. */
    static final String RESERVED_KEY = "order";

    private final CatalogStore<T> store;
    private final String fallbackKey;

    Catalog(CatalogStore<T> store, String fallbackKey) {
        this.store = store;
        this.fallbackKey = fallbackKey;
    }

    List<T> list() {
        return store.list();
    }

    T existing(String key) {
        return store.find(key).orElseThrow(
                () -> Rejection.of(Rejection.Reason.NOT_FOUND, "key", "kakehashi.error.not.found", key));
    }

    /** The key for a new entry: the one asked for (checked), or one derived from the English name. */
    String newKey(InputCheck check, String requested, String nameEn, List<T> all) {
        Set<String> taken = all.stream().map(CatalogEntry::key).collect(Collectors.toSet());
        if (requested != null && !requested.isBlank()) {
            String key = check.key("key", requested);
            if (key != null && (taken.contains(key) || RESERVED_KEY.equals(key))) {
                check.add("key", "kakehashi.error.key.taken", key);
            }
            return key;
        }
        String base = slug(nameEn);
        String key = base;
        for (int n = 2; taken.contains(key) || RESERVED_KEY.equals(key); n++) {
            String suffix = "-" + n;
            key = base.substring(0, Math.min(base.length(), 32 - suffix.length())) + suffix;
        }
        return key;
    }

    private String slug(String name) {
        String slug = name == null ? "" : name.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 32) {
            slug = slug.substring(0, 32).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallbackKey : slug;
    }

    /** Reports a name already used by another entry, in either language, ignoring case. */
    void checkNamesUnique(InputCheck check, String selfKey, String nameEn, String nameJa, List<T> all) {
        List<T> others = all.stream().filter(e -> !e.key().equals(selfKey)).toList();
        checkUnique(check, "nameEn", nameEn, others, CatalogEntry::nameEn);
        checkUnique(check, "nameJa", nameJa, others, CatalogEntry::nameJa);
    }

    private void checkUnique(InputCheck check, String field, String name, List<T> others, Function<T, String> nameOf) {
        if (name == null) {
            return;
        }
        boolean taken = others.stream().anyMatch(e -> nameOf.apply(e).equalsIgnoreCase(name));
        if (taken) {
            check.add(field, "kakehashi.error.name.taken", name);
        }
    }

    int nextPosition(List<T> all) {
        return all.stream().mapToInt(CatalogEntry::position).max().orElse(-1) + 1;
    }

    /** Puts the entries in the order given, which must name every existing entry exactly once. */
    List<T> reorder(List<String> keys) {
        List<T> all = store.list();
        Set<String> existing = all.stream().map(CatalogEntry::key).collect(Collectors.toSet());
        List<String> requested = keys == null ? List.of() : new ArrayList<>(keys);
        if (requested.size() != existing.size() || !new HashSet<>(requested).equals(existing)) {
            throw Rejection.of(Rejection.Reason.INVALID, "keys", "kakehashi.error.order.mismatch");
        }
        store.reorder(requested);
        return store.list();
    }
}
