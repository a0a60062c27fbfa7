package dev.kakehashi.admin;

/**
 * What copying a list from the source product did: entries added, entries changed, entries deactivated because the
 * source no longer has them. All zero when the copy was already up to date.
 */
public record CopyCount(int added, int changed, int deactivated) {
    public CopyCount plus(CopyCount other) {
        return new CopyCount(added + other.added, changed + other.changed, deactivated + other.deactivated);
    }
}
