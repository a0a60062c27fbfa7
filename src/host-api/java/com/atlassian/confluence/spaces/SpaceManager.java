package com.atlassian.confluence.spaces;

import java.util.Collection;

/**
 * Host declaration (compile only): looks spaces up; only the members the plugin calls.
 * Mirrors confluence 8.7.2, com/atlassian/confluence/spaces/SpaceManager (ngannk-fptu/Decompiled-Files); getSpace(String) called with Confluence 10.0.1 in atlassian-slack-integration-server SpaceToChannelConfigurationResource.
 */
public interface SpaceManager {
    /** The space with this key, or null. Deprecated in the host (8.x) in favour of SpaceService, still used by Atlassian's Slack app on 10.0.1. */
    Space getSpace(String spaceKey);

    /** The keys of all spaces with the given status (not deprecated; Javadoc 7.15.1 and 8.7.2). */
    Collection<String> getAllSpaceKeys(SpaceStatus status);
}
