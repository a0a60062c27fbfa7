package dev.kakehashi.admin;

import dev.kakehashi.platform.Caches;
import dev.kakehashi.platform.HostGroups;
import dev.kakehashi.platform.InputCheck;
import dev.kakehashi.platform.People;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Departments as admins define them, and which departments a person belongs to through the host groups.
 */
public class DepartmentService {
    static final int MAX_GROUPS = 20;
    static final int MAX_GROUP_NAME = 255;

    private final Catalog<Department> catalog;
    private final DepartmentStore store;
    private final HostGroups hostGroups;
    private final People people;
    /** Department names for views, kept in the host's cache and dropped on every change. */
    private final Caches.CachedValue<List<DepartmentName>> names;
    /** The active departments with their groups, for "which departments is this person in"; dropped on every change. */
    private final Caches.CachedValue<List<Department>> activeDepartments;

    public DepartmentService(DepartmentStore store, HostGroups hostGroups, People people, Caches caches) {
        this.catalog = new Catalog<>(store, "department");
        this.store = store;
        this.hostGroups = hostGroups;
        this.people = people;
        this.names = caches.value("departments.names", store::names);
        this.activeDepartments = caches.value("departments.active",
                () -> List.copyOf(store.list().stream().filter(Department::active).toList()));
    }

    /** Every department, active or not, in the admin's order. */
    public List<Department> list() {
        return catalog.list();
    }

    /** Every department's names, deactivated ones too (history still names them); from the cache. */
    public List<DepartmentName> allNames() {
        return names.get();
    }

    /** The active departments' names, in the admin's order, for views; from the cache after the first read. */
    public List<DepartmentName> activeNames() {
        return names.get().stream().filter(DepartmentName::active).toList();
    }

    /** The active departments whose groups include this person, in the admin's order (from the cache). */
    public List<Department> departmentsOf(String userKey) {
        return activeDepartments.get().stream()
                .filter(d -> d.groups().stream().anyMatch(g -> people.isInGroup(userKey, g)))
                .toList();
    }

    /**
     * User keys of the active department's people, read from its host groups at call time (not cached: membership
     * changes in the host), at most {@code max} of them; empty for an unknown or inactive department.
     */
    public List<String> memberKeys(String departmentKey, int max) {
        Set<String> keys = new LinkedHashSet<>();
        for (Department department : activeDepartments.get()) {
            if (!department.key().equals(departmentKey)) {
                continue;
            }
            for (String group : department.groups()) {
                for (String username : hostGroups.memberNames(group)) {
                    if (keys.size() >= max) {
                        return List.copyOf(keys);
                    }
                    people.byUsername(username).ifPresent(p -> keys.add(p.key()));
                }
            }
        }
        return List.copyOf(keys);
    }

    public Department create(DepartmentInput input) {
        List<Department> all = catalog.list();
        InputCheck check = new InputCheck();
        String nameEn = check.required("nameEn", input.nameEn(), Catalog.MAX_NAME);
        String nameJa = check.required("nameJa", input.nameJa(), Catalog.MAX_NAME);
        List<String> groups = groups(check, input.groups());
        String key = catalog.newKey(check, input.key(), nameEn, all);
        catalog.checkNamesUnique(check, key, nameEn, nameJa, all);
        check.rejectIfAny();
        boolean active = input.active() == null || input.active();
        Department created = store.insert(new Department(key, nameEn, nameJa, groups, catalog.nextPosition(all), active));
        names.reset();
        activeDepartments.reset();
        return created;
    }

    public Department update(String key, DepartmentInput input) {
        Department current = catalog.existing(key);
        InputCheck check = new InputCheck();
        String nameEn = check.required("nameEn", input.nameEn(), Catalog.MAX_NAME);
        String nameJa = check.required("nameJa", input.nameJa(), Catalog.MAX_NAME);
        List<String> groups = groups(check, input.groups());
        catalog.checkNamesUnique(check, key, nameEn, nameJa, catalog.list());
        check.rejectIfAny();
        boolean active = input.active() == null ? current.active() : input.active();
        Department updated = store.update(new Department(key, nameEn, nameJa, groups, current.position(), active));
        names.reset();
        activeDepartments.reset();
        return updated;
    }

    /**
     * A follower's change to a copied department: only its host groups, which stay each product's own; names, order
     * and the active flag stay the source's. Empty, and nothing changed, when the input would change any of those
     * (a name or the active flag given and different).
     */
    public Optional<Department> updateGroups(String key, DepartmentInput input) {
        Department current = catalog.existing(key);
        boolean others = !unchanged(input.nameEn(), current.nameEn()) || !unchanged(input.nameJa(), current.nameJa())
                || input.active() != null && input.active() != current.active();
        if (others) {
            return Optional.empty();
        }
        InputCheck check = new InputCheck();
        List<String> groups = groups(check, input.groups());
        check.rejectIfAny();
        Department updated = store.update(new Department(key, current.nameEn(), current.nameJa(), groups,
                current.position(), current.active()));
        names.reset();
        activeDepartments.reset();
        return Optional.of(updated);
    }

    private static boolean unchanged(String given, String current) {
        return given == null || given.strip().equals(current);
    }

    public List<Department> reorder(List<String> keys) {
        List<Department> reordered = catalog.reorder(keys);
        names.reset();
        activeDepartments.reset();
        return reordered;
    }

    /**
     * Makes the departments match the source product's (see {@link CatalogCopy}): names, order and the active flag
     * come from the source; the host groups stay this product's own (groups differ per product), except that a
     * department without groups here takes those of the source's groups that exist here.
     */
    public CopyCount copyFromSource(List<Department> source) {
        CopyCount count = CatalogCopy.copy(store, source,
                (wanted, current) -> new Department(current.key(), wanted.nameEn(), wanted.nameJa(),
                        current.groups().isEmpty() ? existingGroups(wanted.groups()) : current.groups(),
                        wanted.position(), wanted.active()),
                wanted -> new Department(wanted.key(), wanted.nameEn(), wanted.nameJa(),
                        existingGroups(wanted.groups()), wanted.position(), wanted.active()),
                onlyHere -> new Department(onlyHere.key(), onlyHere.nameEn(), onlyHere.nameJa(), onlyHere.groups(),
                        onlyHere.position(), false));
        names.reset();
        activeDepartments.reset();
        return count;
    }

    private List<String> existingGroups(List<String> groups) {
        return groups.stream().filter(hostGroups::exists).distinct().limit(MAX_GROUPS).toList();
    }

    private List<String> groups(InputCheck check, List<String> requested) {
        Set<String> groups = new LinkedHashSet<>();
        for (String raw : requested == null ? List.<String>of() : requested) {
            String group = check.optional("groups", raw, MAX_GROUP_NAME);
            if (group == null || group.isEmpty()) {
                continue;
            }
            if (!hostGroups.exists(group)) {
                check.add("groups", "kakehashi.error.group.unknown", group);
            }
            groups.add(group);
        }
        if (groups.size() > MAX_GROUPS) {
            check.add("groups", "kakehashi.error.too.many.groups", MAX_GROUPS);
        }
        return new ArrayList<>(groups);
    }
}
