package dev.kakehashi.admin;

import dev.kakehashi.platform.Caches;
import dev.kakehashi.platform.InputCheck;
import java.util.List;

/**
 * Company values as admins define them; thanks are tagged with the active ones.
 */
public class CompanyValueService {
    static final int MAX_DESCRIPTION = 400;
    static final int MAX_ICON = 8;

    private final Catalog<CompanyValue> catalog;
    private final CompanyValueStore store;
    /** Every value, kept in the host's cache and dropped on every change. */
    private final Caches.CachedValue<List<CompanyValue>> all;

    public CompanyValueService(CompanyValueStore store, Caches caches) {
        this.catalog = new Catalog<>(store, "value");
        this.store = store;
        this.all = caches.value("values", store::list);
    }

    /** Every value, active or not, in the admin's order; from the cache after the first read. */
    public List<CompanyValue> list() {
        return all.get();
    }

    public CompanyValue create(CompanyValueInput input) {
        List<CompanyValue> existing = catalog.list();
        InputCheck check = new InputCheck();
        Fields fields = fields(check, input);
        String key = catalog.newKey(check, input.key(), fields.nameEn, existing);
        catalog.checkNamesUnique(check, key, fields.nameEn, fields.nameJa, existing);
        check.rejectIfAny();
        boolean active = input.active() == null || input.active();
        CompanyValue created = store.insert(fields.toValue(key, catalog.nextPosition(existing), active));
        this.all.reset();
        return created;
    }

    public CompanyValue update(String key, CompanyValueInput input) {
        CompanyValue current = catalog.existing(key);
        InputCheck check = new InputCheck();
        Fields fields = fields(check, input);
        catalog.checkNamesUnique(check, key, fields.nameEn, fields.nameJa, catalog.list());
        check.rejectIfAny();
        boolean active = input.active() == null ? current.active() : input.active();
        CompanyValue updated = store.update(fields.toValue(key, current.position(), active));
        all.reset();
        return updated;
    }

    public List<CompanyValue> reorder(List<String> keys) {
        List<CompanyValue> reordered = catalog.reorder(keys);
        all.reset();
        return reordered;
    }

    /**
     * Makes the values match the source product's (see {@link CatalogCopy}): everything comes from the source; values
     * only this product has are deactivated and kept.
     */
    public CopyCount copyFromSource(List<CompanyValue> source) {
        CopyCount count = CatalogCopy.copy(store, source, (wanted, current) -> wanted, wanted -> wanted,
                onlyHere -> new CompanyValue(onlyHere.key(), onlyHere.nameEn(), onlyHere.nameJa(),
                        onlyHere.descriptionEn(), onlyHere.descriptionJa(), onlyHere.icon(), onlyHere.position(),
                        false));
        all.reset();
        return count;
    }

    private Fields fields(InputCheck check, CompanyValueInput input) {
        return new Fields(
                check.required("nameEn", input.nameEn(), Catalog.MAX_NAME),
                check.required("nameJa", input.nameJa(), Catalog.MAX_NAME),
                check.optional("descriptionEn", input.descriptionEn(), MAX_DESCRIPTION),
                check.optional("descriptionJa", input.descriptionJa(), MAX_DESCRIPTION),
                check.optional("icon", input.icon(), MAX_ICON));
    }

    private record Fields(String nameEn, String nameJa, String descriptionEn, String descriptionJa, String icon) {
        CompanyValue toValue(String key, int position, boolean active) {
            return new CompanyValue(key, nameEn, nameJa, descriptionEn, descriptionJa, icon, position, active);
        }
    }
}
