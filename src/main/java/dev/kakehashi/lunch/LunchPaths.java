package dev.kakehashi.lunch;

/** Where the lunch page is, after the host's context path. */
public final class LunchPaths {
    public static final String PAGE = "/plugins/servlet/kakehashi/lunch";

    private LunchPaths() {
    }
}
