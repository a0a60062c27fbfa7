package dev.kakehashi.platform;

/**
 * Port to the host's groups: each product answers from its own user directory.
 */
public interface HostGroups {
    boolean exists(String groupName);
}
