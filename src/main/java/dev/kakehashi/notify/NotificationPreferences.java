package dev.kakehashi.notify;

import java.util.EnumSet;
import java.util.Set;

/**
 * One person's choice about notification emails: all of them on or off, each kind on or off, and whether they come
 * one by one or in one daily digest. Everything is on, one by one, until the person changes it.
 */
public record NotificationPreferences(boolean emailEnabled, Set<NotificationKind> off, boolean digest) {
    public static final NotificationPreferences DEFAULT = new NotificationPreferences(true, Set.of(), false);

    public NotificationPreferences {
        off = off.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(off));
    }

    /** Whether a notification of this kind reaches the person by email at all. */
    public boolean wants(NotificationKind kind) {
        return emailEnabled && !off.contains(kind);
    }
}
