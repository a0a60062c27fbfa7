package dev.kakehashi.testing;

import dev.kakehashi.notify.DigestStore;
import dev.kakehashi.notify.MailDelivery;
import dev.kakehashi.notify.MailTexts;
import dev.kakehashi.notify.NotificationKind;
import dev.kakehashi.notify.NotificationLedger;
import dev.kakehashi.notify.NotificationPreferenceStore;
import dev.kakehashi.notify.NotificationPreferences;
import dev.kakehashi.notify.Outbox;
import dev.kakehashi.notify.Recipients;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * In-memory preferences, ledger and digest list for services under test, with the same rules as the stores: a claim
 * succeeds once per key, everyone gets emails one by one until they change it.
 */
public final class MemoryNotifications {
    public final Preferences preferences = new Preferences();
    public final Ledger ledger = new Ledger();
    public final Digests digests = new Digests();

    /** The delivery over these, the given recipients, texts and outbox. */
    public MailDelivery delivery(Recipients recipients, MailTexts texts, Outbox outbox) {
        return new MailDelivery(preferences, recipients, digests, ledger, texts, outbox);
    }

    /** An outbox that hands every email to the consumer. */
    public static Outbox outbox(java.util.function.Consumer<dev.kakehashi.notify.Mail> sent) {
        return new Outbox() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public void send(dev.kakehashi.notify.Mail mail) {
                sent.accept(mail);
            }
        };
    }

    public static final class Preferences implements NotificationPreferenceStore {
        private final Map<String, NotificationPreferences> saved = new HashMap<>();

        @Override
        public boolean emailEnabled(String userKey) {
            return preferences(userKey).emailEnabled();
        }

        @Override
        public void setEmailEnabled(String userKey, boolean enabled) {
            NotificationPreferences current = preferences(userKey);
            save(userKey, new NotificationPreferences(enabled, current.off(), current.digest()));
        }

        @Override
        public NotificationPreferences preferences(String userKey) {
            return saved.getOrDefault(userKey, NotificationPreferences.DEFAULT);
        }

        @Override
        public void save(String userKey, NotificationPreferences preferences) {
            saved.put(userKey, preferences);
        }
    }

    public static final class Ledger implements NotificationLedger {
        public final Map<String, Instant> entries = new LinkedHashMap<>();

        @Override
        public boolean claim(String key, Instant at) {
            return entries.putIfAbsent(key, at) == null;
        }

        @Override
        public boolean recorded(String key) {
            return entries.containsKey(key);
        }

        @Override
        public void release(String key) {
            entries.remove(key);
        }

        @Override
        public int forgetBefore(Instant before) {
            int size = entries.size();
            entries.values().removeIf(at -> at.isBefore(before));
            return size - entries.size();
        }
    }

    public static final class Digests implements DigestStore {
        public final List<Entry> entries = new ArrayList<>();
        private long next = 1;

        @Override
        public void add(String userKey, NotificationKind kind, String subject, String body, Instant at) {
            entries.add(new Entry(next++, userKey, kind, subject, body, at));
        }

        @Override
        public List<String> waiting(int limit) {
            LinkedHashSet<String> people = new LinkedHashSet<>();
            entries.forEach(e -> people.add(e.userKey()));
            return new ArrayList<>(people).subList(0, Math.min(limit, people.size()));
        }

        @Override
        public List<Entry> entries(String userKey, int limit) {
            return entries.stream().filter(e -> e.userKey().equals(userKey)).limit(limit).toList();
        }

        @Override
        public void delete(List<Long> ids) {
            entries.removeIf(e -> ids.contains(e.id()));
        }
    }
}
