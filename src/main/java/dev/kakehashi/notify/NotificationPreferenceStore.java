package dev.kakehashi.notify;

/**
 * Port to where each person's choice about notification emails is kept; emails are on until a person turns them off.
 */
public interface NotificationPreferenceStore {
    boolean emailEnabled(String userKey);

    void setEmailEnabled(String userKey, boolean enabled);

    /** The person's whole choice; {@link NotificationPreferences#DEFAULT} for someone who never changed it. */
    NotificationPreferences preferences(String userKey);

    void save(String userKey, NotificationPreferences preferences);
}
