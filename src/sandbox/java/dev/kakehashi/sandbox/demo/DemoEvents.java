package dev.kakehashi.sandbox.demo;

import dev.kakehashi.events.AudienceGroups;
import dev.kakehashi.events.Event;
import dev.kakehashi.events.EventInput;
import dev.kakehashi.events.EventService;
import dev.kakehashi.platform.People;
import dev.kakehashi.sandbox.plugin.EnabledPlugin;
import java.time.LocalDate;
import java.util.List;

/**
 * The events a fresh sandbox starts with, in both products, made through the plugin's own service: a 読書会 organised
 * by takahashi (開発) and watanabe (マーケティング), with five personal invitations, an open broadcast and two answers;
 * and a もくもく会 by yamamoto (サポート) and kobayashi (情報システム) still collecting invitations. It also maps the
 * sites 東京本社 and 大阪支社 and the cohort 2025年入社 to the demo directory's groups.
 */
public final class DemoEvents {
    private DemoEvents() {
    }

    static void create(EnabledPlugin plugin) {
        EventService events = plugin.bean(EventService.class);
        People people = plugin.bean(People.class);
        AudienceGroups audiences = plugin.bean(AudienceGroups.class);
        audiences.save("site", "tokyo", new AudienceGroups.Input("Tokyo head office", "東京本社", "site-tokyo"));
        audiences.save("site", "osaka", new AudienceGroups.Input("Osaka office", "大阪支社", "site-osaka"));
        audiences.save("cohort", "2025", new AudienceGroups.Input("Joined in 2025", "2025年入社", "joined-2025"));
        String takahashi = key(people, "takahashi");
        LocalDate day = events.now().atZone(events.zone()).toLocalDate().plusDays(14);
        Event book = events.create(takahashi, new EventInput("読書会：『チームトポロジー』を部署をこえて読む", "book-club",
                "hybrid", "本社 5F ライブラリー", "https://meet.example.com/kakehashi-book-club", day + "T18:00",
                day + "T19:30", 12, "ほかの部署がどう仕事を分けているかを知り、依頼のしかたのヒントを持ち帰れます。", false, "",
                List.of("watanabe"), List.of()));
        String[][] invitations = {
            {"tanaka", "田中さん、先月の営業会議でチームの分け方の話をされていましたよね。ぜひ一緒に読みたいです。"},
            {"suzuki", "Suzuki-san, your notes on splitting the platform team were great. Would you lead chapter 3?"},
            {"yamamoto", "山本さん、サポート窓口から見た「部署の境目」の話をいつか聞きたいと思っていました。"},
            {"kobayashi", "小林さん、情シスの依頼の受け方を変えた経験、読書会で共有してもらえませんか。"},
            {"kato", "加藤さん、経理の締めの流れは他部署から見えにくいので、ぜひ視点を貸してください。"},
        };
        for (String[] invitation : invitations) {
            events.invite(takahashi, book.id(), invitation[0], invitation[1], false, false);
        }
        events.announce(takahashi, book.id());
        events.answerInvitation(key(people, "tanaka"), book.id(), "yes", "楽しみにしています", true);
        events.answerInvitation(key(people, "kato"), book.id(), "no", "締めの週なので今回は見送ります", false);
        LocalDate later = day.plusDays(7);
        events.create(key(people, "yamamoto"), new EventInput("もくもく会：問い合わせ対応の手順を書こう", "work-together",
                "online", "", "https://meet.example.com/kakehashi-mokumoku", later + "T15:00", later + "T17:00", 0,
                "手順書を書く時間と、ほかの部署の書き方を見る機会が得られます。", false, "", List.of("kobayashi"),
                List.of("support", "it")));
    }

    private static String key(People people, String username) {
        return people.byUsername(username).orElseThrow(() -> new IllegalStateException("No demo user " + username))
                .key();
    }
}
