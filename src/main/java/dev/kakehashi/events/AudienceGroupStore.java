package dev.kakehashi.events;

import java.util.List;

/** Port to the sites and cohorts administrators map to host groups. */
public interface AudienceGroupStore {
    /** Every one, sites first, each kind by key. */
    List<AudienceGroup> list();

    /** Adds it, or changes the names and host group of the one of the same kind and key. */
    AudienceGroup save(AudienceGroup group);

    /** False when there was none of this kind and key. */
    boolean remove(AudienceGroup.Kind kind, String key);
}
