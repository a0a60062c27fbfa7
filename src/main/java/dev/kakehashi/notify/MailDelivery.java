package dev.kakehashi.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where every notification email goes through: it reaches a person only if they want that kind by email and the host
 * has an address for them; it is written in their language, and either handed to the host's mail queue at once or kept
 * for their daily digest. A failure is logged and never fails what happened.
 */
public class MailDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);
    /** People whose digests one run sends, and notifications one digest holds at most. */
    static final int DIGEST_PEOPLE = 500;
    static final int DIGEST_ENTRIES = 100;

    private final NotificationPreferenceStore preferences;
    private final Recipients recipients;
    private final DigestStore digests;
    private final NotificationLedger ledger;
    private final MailTexts texts;
    private final Outbox outbox;

    public MailDelivery(NotificationPreferenceStore preferences, Recipients recipients, DigestStore digests,
                        NotificationLedger ledger, MailTexts texts, Outbox outbox) {
        this.preferences = preferences;
        this.recipients = recipients;
        this.digests = digests;
        this.ledger = ledger;
        this.texts = texts;
        this.outbox = outbox;
    }

    /** How a delivery ended, for the callers' tests and logs. */
    public enum Outcome { SENT, KEPT_FOR_DIGEST, NOT_WANTED, NO_ADDRESS, FAILED }

    /**
     * Delivers one notification of this kind to the person, composed for them by {@code compose}; the caller has
     * already checked that the person may know what it says.
     */
    public Outcome deliver(String userKey, NotificationKind kind, Function<Recipient, Mail> compose, Instant at) {
        try {
            NotificationPreferences chosen = preferences.preferences(userKey);
            if (!chosen.wants(kind)) {
                return Outcome.NOT_WANTED;
            }
            Recipient recipient = recipients.byKey(userKey).filter(Recipient::hasEmail).orElse(null);
            if (recipient == null) {
                return Outcome.NO_ADDRESS;
            }
            Mail mail = compose.apply(recipient);
            if (chosen.digest()) {
                digests.add(userKey, kind, mail.subject(), mail.body(), at);
                return Outcome.KEPT_FOR_DIGEST;
            }
            outbox.send(mail);
            return Outcome.SENT;
        } catch (RuntimeException e) {
            LOG.warn("A {} email to user {} could not be queued", kind.key(), userKey, e);
            return Outcome.FAILED;
        }
    }

    /** The language a person reads mail in: theirs, or English when the host does not say. */
    public static Locale locale(Recipient recipient) {
        return recipient.locale() == null ? Locale.ENGLISH : recipient.locale();
    }

    /**
     * Sends each waiting person one email with what was kept for them, once for the day: a second run on the same day
     * sends none again. Returns how many digests were sent.
     */
    public int sendDigests(LocalDate day, Instant at) {
        int sent = 0;
        for (String userKey : digests.waiting(DIGEST_PEOPLE)) {
            List<DigestStore.Entry> entries = digests.entries(userKey, DIGEST_ENTRIES);
            if (entries.isEmpty() || !ledger.claim(ledgerKey("digest", day.toString(), userKey), at)) {
                continue;
            }
            try {
                Recipient recipient = recipients.byKey(userKey).filter(Recipient::hasEmail).orElse(null);
                if (recipient != null) {
                    outbox.send(digest(recipient, entries));
                    sent++;
                }
            } catch (RuntimeException e) {
                LOG.warn("The daily digest to user {} could not be queued", userKey, e);
            }
            List<Long> ids = new ArrayList<>();
            entries.forEach(e -> ids.add(e.id()));
            digests.delete(ids);
        }
        return sent;
    }

    Mail digest(Recipient recipient, List<DigestStore.Entry> entries) {
        Locale locale = locale(recipient);
        StringBuilder body = new StringBuilder();
        body.append(texts.text(locale, "kakehashi.notify.digest.intro", entries.size())).append("\n\n");
        for (DigestStore.Entry entry : entries) {
            body.append("== ").append(entry.subject()).append(" ==\n").append(entry.body().strip()).append("\n\n");
        }
        body.append("-- \n").append(texts.text(locale, "kakehashi.notify.digest.footer",
                texts.baseUrl() + EmailNotifier.WALL_PATH)).append('\n');
        return new Mail(recipient.email(), oneLine(texts.text(locale, "kakehashi.notify.digest.subject",
                entries.size())), body.toString());
    }

    /**
     * A ledger key from its parts, cut to the ledger's length: a long user key is replaced by its hash so that the key
     * stays unique and fits.
     */
    public static String ledgerKey(String... parts) {
        String key = String.join(":", parts);
        if (key.length() <= NotificationLedger.KEY_MAX) {
            return key;
        }
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String hex = java.util.HexFormat.of().formatHex(hash);
            return key.substring(0, NotificationLedger.KEY_MAX - hex.length() - 1) + "#" + hex;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A subject is one header line: a name with a line break must not start another header. */
    public static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t\\x00-\\x1f]+", " ").strip();
    }
}
