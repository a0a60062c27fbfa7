package dev.kakehashi.events.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.events.AudienceGroup;
import dev.kakehashi.events.AudienceGroupStore;
import dev.kakehashi.platform.ao.AoErrors;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;

/** Sites and cohorts in AUDIENCE_GROUP, one row per audience key (unique). */
public class AoAudienceGroupStore implements AudienceGroupStore {
    /** More than an administrator maps; a bound on what one read holds. */
    static final int MAX_ROWS = 500;

    private final ActiveObjects ao;

    public AoAudienceGroupStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<AudienceGroup> list() {
        return Arrays.stream(ao.find(AoAudienceGroup.class, Query.select(AoAudienceGroup.SELECT)
                        .order(AoAudienceGroup.AUDIENCE_KEY).limit(MAX_ROWS)))
                .map(AoAudienceGroupStore::group).filter(g -> g != null)
                .sorted(Comparator.comparing((AudienceGroup g) -> g.kind()).thenComparing(AudienceGroup::key))
                .toList();
    }

    @Override
    public AudienceGroup save(AudienceGroup group) {
        // no transaction around it: on PostgreSQL a refused insert would leave the transaction unusable for the update
        AoAudienceGroup[] found = byKey(group.audienceKey());
        if (found.length == 0) {
            Map<String, Object> values = new HashMap<>();
            values.put(AoAudienceGroup.AUDIENCE_KEY, group.audienceKey());
            values.put(AoAudienceGroup.KIND, group.kind().key());
            values.put(AoAudienceGroup.NAME_EN, group.nameEn());
            values.put(AoAudienceGroup.NAME_JA, group.nameJa());
            values.put(AoAudienceGroup.HOST_GROUP, group.hostGroup());
            if (AoErrors.unlessTaken(() -> ao.create(AoAudienceGroup.class, values)).isPresent()) {
                return group;
            }
            // another node added the same key first: this save changes it
            found = byKey(group.audienceKey());
        }
        for (AoAudienceGroup row : found) {
            row.setNameEn(group.nameEn());
            row.setNameJa(group.nameJa());
            row.setHostGroup(group.hostGroup());
            row.save();
        }
        return group;
    }

    @Override
    public boolean remove(AudienceGroup.Kind kind, String key) {
        return ao.deleteWithSQL(AoAudienceGroup.class, AoAudienceGroup.AUDIENCE_KEY + " = ?",
                AudienceGroup.audienceKey(kind, key)) > 0;
    }

    private AoAudienceGroup[] byKey(String audienceKey) {
        return ao.find(AoAudienceGroup.class, Query.select(AoAudienceGroup.SELECT)
                .where(AoAudienceGroup.AUDIENCE_KEY + " = ?", audienceKey));
    }

    private static AudienceGroup group(AoAudienceGroup row) {
        String audienceKey = row.getAudienceKey();
        int colon = audienceKey.indexOf(':');
        return AudienceGroup.Kind.ofKey(row.getKind())
                .map(kind -> new AudienceGroup(kind, audienceKey.substring(colon + 1), row.getNameEn(),
                        row.getNameJa(), row.getHostGroup()))
                .orElse(null);
    }
}
