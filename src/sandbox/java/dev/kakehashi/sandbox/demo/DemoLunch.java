package dev.kakehashi.sandbox.demo;

import dev.kakehashi.lunch.LunchService;
import dev.kakehashi.lunch.ProgrammeInput;
import dev.kakehashi.platform.People;
import dev.kakehashi.sandbox.plugin.EnabledPlugin;
import java.util.List;

/**
 * The shuffle lunch programme a fresh sandbox starts with, in both products: 東京本社シャッフルランチ every Wednesday,
 * groups of four from at least two departments, and the thirty demo people with a department opted in. No round is
 * formed: an administrator forms one with "Form the round now", or the daily job on a Wednesday.
 */
public final class DemoLunch {
    public static final String PROGRAMME = "tokyo-lunch";
    /** Every demo person with a department. */
    public static final List<String> PEOPLE = List.of("admin", "tanaka", "sato", "suzuki", "takahashi", "ito",
            "watanabe", "yamamoto", "nakamura", "kobayashi", "kato", "yoshida", "yamada", "inoue", "hayashi",
            "shimizu", "yamaguchi", "matsumoto", "ikeda", "hashimoto", "ishikawa", "yamazaki", "mori", "abe", "ogawa",
            "fujita", "okada", "kondo", "saito", "ishii");

    private DemoLunch() {
    }

    static void create(EnabledPlugin plugin) {
        LunchService lunch = plugin.bean(LunchService.class);
        People people = plugin.bean(People.class);
        String admin = people.byUsername("admin").orElseThrow(() -> new IllegalStateException("No demo user admin"))
                .key();
        lunch.create(admin, new ProgrammeInput(PROGRAMME, "Tokyo HQ shuffle lunch", "東京本社シャッフルランチ",
                "東京本社 / Tokyo HQ", "weekly", "wednesday", lunch.today().toString(), 4, 2, 3, true));
        for (String username : PEOPLE) {
            lunch.join(people.byUsername(username).orElseThrow().key(), PROGRAMME);
        }
    }
}
