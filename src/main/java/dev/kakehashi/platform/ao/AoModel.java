package dev.kakehashi.platform.ao;

/**
 * The version of the app's Active Objects model: the number of {@code <upgradeTask>} modules in the descriptor's
 * {@code ao} module. Export documents carry it, and an import accepts documents of this version only.
 */
public final class AoModel {
    /** Raised by one with every upgrade task added to the descriptor (a test keeps the two equal). */
    public static final int VERSION = 3;

    private AoModel() {
    }
}
