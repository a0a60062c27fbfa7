package com.atlassian.beehive;

/**
 * Host declaration (compile only): hands out named cluster locks (same instance for the same name).
 * Mirrors beehive-api 5.0.1 (ngannk-fptu/Decompiled-Files com.atlassian.beehive_beehive-api-5.0.1/com/atlassian/beehive/ClusterLockService.java); Platform 8 unverified.
 */
public interface ClusterLockService {
    ClusterLock getLockForName(String lockName);
}
