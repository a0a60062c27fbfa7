package dev.kakehashi.admin;

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

    public CompanyValueService(CompanyValueStore store) {
        this.catalog = new Catalog<>(store, "value");
        this.store = store;
    }

    /** Every value, active or not, in the admin's order. */
    public List<CompanyValue> list() {
        return catalog.list();
    }

    public CompanyValue create(CompanyValueInput input) {
        List<CompanyValue> all = catalog.list();
        InputCheck check = new InputCheck();
        Fields fields = fields(check, input);
        String key = catalog.newKey(check, input.key(), fields.nameEn, all);
        catalog.checkNamesUnique(check, key, fields.nameEn, fields.nameJa, all);
        check.rejectIfAny();
        boolean active = input.active() == null || input.active();
        return store.insert(fields.toValue(key, catalog.nextPosition(all), active));
    }

    public CompanyValue update(String key, CompanyValueInput input) {
        CompanyValue current = catalog.existing(key);
        InputCheck check = new InputCheck();
        Fields fields = fields(check, input);
        catalog.checkNamesUnique(check, key, fields.nameEn, fields.nameJa, catalog.list());
        check.rejectIfAny();
        boolean active = input.active() == null ? current.active() : input.active();
        return store.update(fields.toValue(key, current.position(), active));
    }

    public List<CompanyValue> reorder(List<String> keys) {
        return catalog.reorder(keys);
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
