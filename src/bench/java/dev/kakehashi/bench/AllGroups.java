package dev.kakehashi.bench;

import dev.kakehashi.platform.HostGroups;
import java.util.List;

/** Host groups for the benchmark: every group exists; nobody is listed as a member (no thanks to a department is sent). */
final class AllGroups implements HostGroups {
    @Override
    public boolean exists(String groupName) {
        return true;
    }

    @Override
    public List<String> memberNames(String groupName) {
        return List.of();
    }
}
