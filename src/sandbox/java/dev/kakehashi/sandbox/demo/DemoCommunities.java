package dev.kakehashi.sandbox.demo;

import dev.kakehashi.community.CommunityInput;
import dev.kakehashi.community.CommunityService;
import dev.kakehashi.platform.People;
import java.time.LocalDate;
import java.util.List;

/**
 * The open community 読書会 a fresh sandbox starts with, in both products, made through the plugin's own service:
 * leaders from マーケティング (ito) and カスタマーサポート (yamamoto), sponsored by yamada, with two members who joined
 * and one session last month (no monthly report yet: the job writes it).
 */
public final class DemoCommunities {
    static final String KEY = "reading-circle";

    private DemoCommunities() {
    }

    static void create(dev.kakehashi.sandbox.plugin.EnabledPlugin plugin) {
        CommunityService communities = plugin.bean(CommunityService.class);
        People people = plugin.bean(People.class);
        String ito = key(people, "ito");
        communities.create(ito, new CommunityInput(KEY, "Reading circle", "読書会",
                "Read one business book a month together and share what each department takes from it.",
                null, "Come when you can. Speak about the book, not about people. Notes go on the board.",
                "📚", List.of("読書会", "ランチ会", "online"), "yamada", List.of("yamamoto")));
        communities.open(ito, KEY);
        communities.join(key(people, "watanabe"), KEY, 1);
        communities.join(key(people, "nakamura"), KEY, 1);
        LocalDate lastMonth = LocalDate.now().withDayOfMonth(1).minusMonths(1).plusDays(9);
        communities.recordSession(ito, KEY, lastMonth.toString(), "ONLINE",
                List.of("ito", "yamamoto", "watanabe", "nakamura"));
    }

    private static String key(People people, String username) {
        return people.byUsername(username).orElseThrow(() -> new IllegalStateException("No demo user " + username))
                .key();
    }
}
