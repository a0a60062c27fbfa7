package dev.kakehashi.events;

import dev.kakehashi.admin.Department;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.platform.Caches;
import dev.kakehashi.platform.HostGroups;
import dev.kakehashi.platform.InputCheck;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sites and cohorts (同期) events may be meant for, each a host group an administrator names, and who belongs
 * to an event's audience: a reader's audience keys are their departments' keys and {@code site:<key>} /
 * {@code cohort:<key>} of every site and cohort whose host group they are in (asked of the host at each call, as
 * membership changes there; the mapping itself is kept in the host's cache).
 */
public class AudienceGroups {
    /** Sites and cohorts together an administrator may map. */
    public static final int MAX_GROUPS = 100;
    static final int MAX_NAME = 100;
    static final int MAX_HOST_GROUP = 255;

    private final AudienceGroupStore store;
    private final DepartmentService departments;
    private final HostGroups hostGroups;
    private final People people;
    private final Caches.CachedValue<List<AudienceGroup>> all;

    public AudienceGroups(AudienceGroupStore store, DepartmentService departments, HostGroups hostGroups,
                          People people, Caches caches) {
        this.store = store;
        this.departments = departments;
        this.hostGroups = hostGroups;
        this.people = people;
        this.all = caches.value("events.audiences", () -> List.copyOf(store.list()));
    }

    /** Every site and cohort, sites first, each kind by key (from the cache). */
    public List<AudienceGroup> list() {
        return all.get();
    }

    public List<AudienceGroup> list(AudienceGroup.Kind kind) {
        return all.get().stream().filter(g -> g.kind() == kind).toList();
    }

    /** The one an event's audience key names, if it is still mapped. */
    public Optional<AudienceGroup> byAudienceKey(String audienceKey) {
        return all.get().stream().filter(g -> g.audienceKey().equals(audienceKey)).findFirst();
    }

    /** The reader's audience keys: their active departments' keys, then the sites and cohorts they belong to. */
    public List<String> keysOf(String userKey) {
        List<String> keys = new ArrayList<>();
        for (Department d : departments.departmentsOf(userKey)) {
            keys.add(d.key());
        }
        for (AudienceGroup g : all.get()) {
            if (people.isInGroup(userKey, g.hostGroup())) {
                keys.add(g.audienceKey());
            }
        }
        return List.copyOf(keys);
    }

    /** Whether any of the reader's audience keys is among the event's. */
    public boolean inAudience(String userKey, List<String> audience) {
        if (audience.isEmpty()) {
            return false;
        }
        return keysOf(userKey).stream().anyMatch(audience::contains);
    }

    /** How a reader sees one entry of an event's audience: a department's, site's or cohort's name, else the key. */
    public String label(String audienceKey, Locale locale) {
        Optional<AudienceGroup> group = byAudienceKey(audienceKey);
        if (group.isPresent()) {
            return group.get().name(locale);
        }
        return departments.allNames().stream().filter(d -> d.key().equals(audienceKey)).findFirst()
                .map(d -> d.name(locale)).orElse(audienceKey);
    }

    /** An administrator's site or cohort as typed. */
    public record Input(String nameEn, String nameJa, String hostGroup) {
    }

    /**
     * Adds a site or cohort, or changes the names and host group of the one with this key; 400 with every problem
     * (a key of lower-case letters, digits and hyphens up to 24 characters, both names, a host group that exists).
     */
    public AudienceGroup save(String kindKey, String key, Input input) {
        InputCheck check = new InputCheck();
        AudienceGroup.Kind kind = AudienceGroup.Kind.ofKey(kindKey).orElse(null);
        if (kind == null) {
            throw Rejection.of(Rejection.Reason.NOT_FOUND, "kind", "kakehashi.events.audience.error.kind");
        }
        String checkedKey = check.key("key", key);
        if (checkedKey != null && checkedKey.length() > AudienceGroup.MAX_KEY) {
            check.add("key", "kakehashi.error.too.long", AudienceGroup.MAX_KEY);
        }
        String nameEn = check.required("nameEn", input == null ? null : input.nameEn(), MAX_NAME);
        String nameJa = check.required("nameJa", input == null ? null : input.nameJa(), MAX_NAME);
        String group = check.required("hostGroup", input == null ? null : input.hostGroup(), MAX_HOST_GROUP);
        if (group != null && !hostGroups.exists(group)) {
            check.add("hostGroup", "kakehashi.error.group.unknown", group);
        }
        boolean exists = checkedKey != null && byAudienceKey(AudienceGroup.audienceKey(kind, checkedKey)).isPresent();
        if (!exists && all.get().size() >= MAX_GROUPS) {
            check.add("key", "kakehashi.events.audience.error.many", MAX_GROUPS);
        }
        check.rejectIfAny();
        AudienceGroup saved = store.save(new AudienceGroup(kind, checkedKey, nameEn, nameJa, group));
        all.reset();
        return saved;
    }

    /**
     * Removes a site or cohort; 404 when there is none. Events that named it keep the entry, which then matches
     * nobody: their organisers and invitees still see them.
     */
    public void remove(String kindKey, String key) {
        AudienceGroup.Kind kind = AudienceGroup.Kind.ofKey(kindKey).orElse(null);
        if (kind == null || key == null || !store.remove(kind, key)) {
            throw Rejection.of(Rejection.Reason.NOT_FOUND, null, "kakehashi.events.audience.error.not.found");
        }
        all.reset();
    }
}
