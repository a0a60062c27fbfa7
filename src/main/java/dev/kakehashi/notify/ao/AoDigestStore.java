package dev.kakehashi.notify.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.notify.DigestStore;
import dev.kakehashi.notify.NotificationKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Kept notifications as rows, read per person in ID order and deleted once sent.
 */
public class AoDigestStore implements DigestStore {
    static final int SUBJECT_MAX = 450;

    private final ActiveObjects ao;

    public AoDigestStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void add(String userKey, NotificationKind kind, String subject, String body, Instant at) {
        String title = subject.length() > SUBJECT_MAX ? subject.substring(0, SUBJECT_MAX) : subject;
        ao.executeInTransaction(() -> ao.create(AoNotifyDigest.class, new DBParam(AoNotifyDigest.USER_KEY, userKey),
                new DBParam(AoNotifyDigest.KIND, kind.key()), new DBParam(AoNotifyDigest.SUBJECT, title),
                new DBParam(AoNotifyDigest.BODY, body), new DBParam(AoNotifyDigest.CREATED_AT, at.toEpochMilli())));
    }

    @Override
    public List<String> waiting(int limit) {
        Set<String> people = new LinkedHashSet<>();
        int after = 0;
        // distinct keys read in ID order a page at a time (AO's DISTINCT cannot be combined with ORDER BY ID)
        while (people.size() < limit) {
            AoNotifyDigest[] rows = ao.find(AoNotifyDigest.class, Query.select("ID, " + AoNotifyDigest.USER_KEY)
                    .where("ID > ?", after).order("ID").limit(500));
            for (AoNotifyDigest row : rows) {
                if (people.size() < limit) {
                    people.add(row.getUserKey());
                }
            }
            if (rows.length < 500) {
                break;
            }
            after = rows[rows.length - 1].getID();
        }
        return new ArrayList<>(people);
    }

    @Override
    public List<Entry> entries(String userKey, int limit) {
        List<Entry> entries = new ArrayList<>();
        for (AoNotifyDigest row : ao.find(AoNotifyDigest.class, Query.select("ID, " + AoNotifyDigest.USER_KEY + ", "
                        + AoNotifyDigest.KIND + ", " + AoNotifyDigest.SUBJECT + ", " + AoNotifyDigest.BODY + ", "
                        + AoNotifyDigest.CREATED_AT).where(AoNotifyDigest.USER_KEY + " = ?", userKey).order("ID")
                .limit(limit))) {
            NotificationKind kind = NotificationKind.ofKey(row.getKind()).orElse(NotificationKind.THANKS);
            entries.add(new Entry(row.getID(), row.getUserKey(), kind, row.getSubject(), row.getBody(),
                    Instant.ofEpochMilli(row.getCreatedAt())));
        }
        return entries;
    }

    @Override
    public void delete(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Object[] params = ids.stream().map(Long::intValue).toArray();
        ao.executeInTransaction(() -> ao.deleteWithSQL(AoNotifyDigest.class, "ID IN ("
                + String.join(", ", Collections.nCopies(params.length, "?")) + ")", params));
    }
}
