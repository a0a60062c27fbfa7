package dev.kakehashi.platform;

import java.util.List;

/**
 * Port to the host's groups: each product answers from its own user directory.
 */
public interface HostGroups {
    boolean exists(String groupName);

    /** The user names of the group's members (nested groups included where the host includes them); empty when none. */
    List<String> memberNames(String groupName);
}
