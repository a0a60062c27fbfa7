package dev.kakehashi.collaboration;

/** Whether every request that existed has had its property written once (kept by the app, one flag per site). */
public interface RequestPropertyMark {
    boolean isWritten();

    void markWritten();
}
