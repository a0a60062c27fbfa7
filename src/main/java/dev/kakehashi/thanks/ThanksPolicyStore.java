package dev.kakehashi.thanks;

/**
 * Port to where the thanks policy is kept; the default applies until an admin saves one.
 */
public interface ThanksPolicyStore {
    ThanksPolicy get();

    void save(ThanksPolicy policy);
}
