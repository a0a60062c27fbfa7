package dev.kakehashi.admin;

import java.time.Instant;

/**
 * Which product holds the company's departments, values and thanks policy, as this product sees it: itself (the
 * source, the default of every install) or the other product, of which it keeps a copy (a follower), with what the
 * last copy came to.
 *
 * @param follower      true when this product copies the other product's lists
 * @param lastSyncedAt  when the last copy succeeded; null when none did
 * @param lastAttemptAt when a copy was last tried; null when never
 * @param lastFailure   what the last attempt came to when it failed ({@code not-linked}, {@code needs-authorisation},
 *                      {@code unreachable}, {@code refused}, {@code not-source}); null when it succeeded
 * @param sourceVersion the version of the source's lists last copied; empty when none
 */
public record CompanyRole(boolean follower, Instant lastSyncedAt, Instant lastAttemptAt, String lastFailure,
                          String sourceVersion) implements java.io.Serializable {
    public static final CompanyRole SOURCE = new CompanyRole(false, null, null, null, "");

    public CompanyRole {
        sourceVersion = sourceVersion == null ? "" : sourceVersion;
    }

    /** Whether the last attempt to copy failed. */
    public boolean failed() {
        return lastFailure != null && !lastFailure.isEmpty();
    }
}
