package dev.kakehashi.profiles.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.platform.ao.AoErrors;
import dev.kakehashi.profiles.Challenge;
import dev.kakehashi.profiles.DepartmentProfile;
import dev.kakehashi.profiles.ProfileStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/**
 * Department profiles in Active Objects: a read is two statements (the latest version's row, then its items); a
 * write adds the next version's row and items and removes versions older than the one before, in one transaction.
 */
public class AoProfileStore implements ProfileStore {
    private final ActiveObjects ao;

    public AoProfileStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<DepartmentProfile> find(String departmentKey) {
        AoDeptProfile[] rows = ao.find(AoDeptProfile.class, Query.select(AoDeptProfile.SELECT)
                .where(AoDeptProfile.DEPARTMENT_KEY + " = ?", departmentKey)
                .order(AoDeptProfile.VERSION + " DESC").limit(1));
        if (rows.length == 0) {
            return Optional.empty();
        }
        AoDeptProfile row = rows[0];
        AoDeptProfileItem[] items = ao.find(AoDeptProfileItem.class, Query.select(AoDeptProfileItem.SELECT)
                .where(AoDeptProfileItem.PROFILE_ID + " = ?", row.getID()));
        return Optional.of(toProfile(row, items));
    }

    @Override
    public boolean save(DepartmentProfile profile) {
        String key = profile.departmentKey();
        int version = profile.version();
        try {
            return ao.executeInTransaction(() -> {
                Map<String, Object> values = new HashMap<>();
                values.put(AoDeptProfile.DEPARTMENT_KEY, key);
                values.put(AoDeptProfile.KEY_VERSION, key + ":" + version);
                values.put(AoDeptProfile.VERSION, version);
                values.put(AoDeptProfile.DOES_EN, profile.doesEn());
                values.put(AoDeptProfile.DOES_JA, profile.doesJa());
                values.put(AoDeptProfile.HELP_EN, profile.helpEn());
                values.put(AoDeptProfile.HELP_JA, profile.helpJa());
                values.put(AoDeptProfile.REQUEST_KIND, profile.requestKind());
                values.put(AoDeptProfile.UPDATED_AT, (profile.updatedAt() == null ? Instant.now()
                        : profile.updatedAt()).toEpochMilli());
                values.put(AoDeptProfile.UPDATED_BY, profile.updatedBy());
                AoDeptProfile row = ao.create(AoDeptProfile.class, values);
                // the version before must be the latest one; a later one means this writer started from an old one
                AoDeptProfile[] others = ao.find(AoDeptProfile.class, Query.select("ID, " + AoDeptProfile.VERSION)
                        .where(AoDeptProfile.DEPARTMENT_KEY + " = ? AND ID <> ?", key, row.getID()));
                int latest = Arrays.stream(others).mapToInt(AoDeptProfile::getVersion).max().orElse(0);
                if (latest != version - 1) {
                    throw new Stale();
                }
                writeItems(row.getID(), profile);
                Object[] old = Arrays.stream(others).filter(o -> o.getVersion() < version - 1)
                        .map(AoDeptProfile::getID).toArray();
                if (old.length > 0) {
                    String in = String.join(", ", java.util.Collections.nCopies(old.length, "?"));
                    ao.deleteWithSQL(AoDeptProfileItem.class, AoDeptProfileItem.PROFILE_ID + " IN (" + in + ")", old);
                    ao.deleteWithSQL(AoDeptProfile.class, "ID IN (" + in + ")", old);
                }
                return true;
            });
        } catch (Stale e) {
            return false;
        } catch (RuntimeException e) {
            if (AoErrors.isConstraintViolation(e) || AoErrors.isRolledBackByConflict(e)) {
                return false;
            }
            throw e;
        }
    }

    private void writeItems(int profileId, DepartmentProfile profile) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < profile.contactKeys().size(); i++) {
            Map<String, Object> row = item(profileId, AoDeptProfileItem.Kind.CONTACT, i);
            row.put(AoDeptProfileItem.USER_KEY, profile.contactKeys().get(i));
            rows.add(row);
        }
        for (int i = 0; i < profile.challenges().size(); i++) {
            Challenge c = profile.challenges().get(i);
            Map<String, Object> row = item(profileId, AoDeptProfileItem.Kind.CHALLENGE, i);
            row.put(AoDeptProfileItem.ITEM_TEXT, c.text());
            row.put(AoDeptProfileItem.SINCE_DATE, c.since().toString());
            row.put(AoDeptProfileItem.REVIEW_DATE, c.reviewBy().toString());
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            ao.create(AoDeptProfileItem.class, rows);
        }
    }

    private static Map<String, Object> item(int profileId, AoDeptProfileItem.Kind kind, int position) {
        Map<String, Object> row = new HashMap<>();
        row.put(AoDeptProfileItem.PROFILE_ID, profileId);
        row.put(AoDeptProfileItem.KIND, kind.name());
        row.put(AoDeptProfileItem.POSITION, position);
        return row;
    }

    private static DepartmentProfile toProfile(AoDeptProfile row, AoDeptProfileItem[] items) {
        List<AoDeptProfileItem> sorted = Arrays.stream(items)
                .sorted(Comparator.comparingInt(AoDeptProfileItem::getPosition)).toList();
        List<String> contacts = sorted.stream()
                .filter(i -> AoDeptProfileItem.Kind.CONTACT.name().equals(i.getKind()))
                .map(AoDeptProfileItem::getUserKey).toList();
        List<Challenge> challenges = sorted.stream()
                .filter(i -> AoDeptProfileItem.Kind.CHALLENGE.name().equals(i.getKind()))
                .map(i -> new Challenge(i.getItemText(), LocalDate.parse(i.getSinceDate()),
                        LocalDate.parse(i.getReviewDate()))).toList();
        return new DepartmentProfile(row.getDepartmentKey(), text(row.getDoesEn()), text(row.getDoesJa()),
                text(row.getHelpEn()), text(row.getHelpJa()), text(row.getRequestKind()), contacts, challenges,
                row.getVersion(), Instant.ofEpochMilli(row.getUpdatedAt()), text(row.getUpdatedBy()));
    }

    /** Oracle-style databases and MariaDB may give back null for an empty text. */
    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** Rolls back a write whose version was not the next one. */
    private static final class Stale extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stale() {
            super(null, null, false, false);
        }
    }
}
