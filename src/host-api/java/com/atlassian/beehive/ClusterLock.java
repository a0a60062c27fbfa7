package com.atlassian.beehive;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * Host declaration (compile only): a cluster-wide lock; newCondition() is unsupported by cluster implementations.
 * Mirrors beehive-api 5.0.1 (ngannk-fptu/Decompiled-Files com.atlassian.beehive_beehive-api-5.0.1/com/atlassian/beehive/ClusterLock.java); Platform 8 unverified.
 */
public interface ClusterLock extends Lock {
    boolean isHeldByCurrentThread();

    @Override
    Condition newCondition();

    @Override
    void lockInterruptibly() throws InterruptedException;
}
