package com.atlassian.confluence.spaces;

/**
 * Host declaration (compile only): whether a space is current or archived; both constants of the host enum.
 * Mirrors confluence 8.7.2, com/atlassian/confluence/spaces/SpaceStatus (ngannk-fptu/Decompiled-Files).
 */
public enum SpaceStatus {
    CURRENT,
    ARCHIVED
}
