package dev.kakehashi.sandbox.demo;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A space of the sandbox Confluence with its permissions, as an administrator would have set them up with groups:
 * who may view it (no groups: every logged-in user), who may add pages (its "add page" permission, which in
 * Confluence also lets them edit pages) and who administers it. Confluence administrators may do everything in every
 * space. The spaces are fixed: the sandbox cannot create, archive or reconfigure spaces.
 */
public record DemoSpace(long id, String key, String name, String creator, Set<String> viewGroups,
                        Set<String> addPageGroups, Set<String> admins) {
    /** Every department group: DEMO lets all of them add pages, which leaves out only {@code guest}. */
    private static final Set<String> DEPARTMENTS = Set.of("sales", "development", "marketing", "support", "it",
            "accounting", "general-affairs");
    private static final List<DemoSpace> ALL = List.of(
            new DemoSpace(98305, "DEMO", "デモ", "admin", Set.of(), DEPARTMENTS, Set.of()),
            new DemoSpace(98306, "SALES", "営業部", "sato", Set.of("sales"), Set.of("sales"), Set.of("sato")),
            new DemoSpace(98307, "DEV", "開発部", "suzuki", Set.of("development"), Set.of("development"),
                    Set.of("suzuki")));

    public DemoSpace {
        viewGroups = Set.copyOf(viewGroups);
        addPageGroups = Set.copyOf(addPageGroups);
        admins = Set.copyOf(admins);
    }

    /** The spaces in the order Confluence lists them here. */
    public static List<DemoSpace> all() {
        return ALL;
    }

    /** The space with exactly this key. */
    public static Optional<DemoSpace> byKey(String key) {
        return ALL.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
