package dev.kakehashi.platform;

/**
 * What a call to the other product through the application link came to, as the screens tell it.
 */
public enum LinkOutcome {
    /** The other product answered what was asked. */
    OK,
    /** It has no such thing, or none the current user may see there (it answers both alike). */
    NOT_FOUND,
    /** The products are not linked. */
    NOT_LINKED,
    /** The current user has not allowed this product to act for them there yet. */
    NEEDS_AUTHORISATION,
    /** It could not be reached, or answered with an error of its own. */
    UNREACHABLE,
    /** It refused the call for another reason. */
    REFUSED;

    /** The key of the outcome in JSON answers: {@code ok}, {@code not-found}, {@code needs-authorisation} … */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
