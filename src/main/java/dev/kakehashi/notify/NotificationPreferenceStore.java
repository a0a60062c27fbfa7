package dev.kakehashi.notify;

/**
 * Port to where each person's choice about notification emails is kept; emails are on until a person turns them off.
 */
public interface NotificationPreferenceStore {
    boolean emailEnabled(String userKey);

    void setEmailEnabled(String userKey, boolean enabled);
}
