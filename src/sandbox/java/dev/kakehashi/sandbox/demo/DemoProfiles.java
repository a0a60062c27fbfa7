package dev.kakehashi.sandbox.demo;

import dev.kakehashi.platform.People;
import dev.kakehashi.profiles.ProfileInput;
import dev.kakehashi.profiles.ProfileInput.ChallengeInput;
import dev.kakehashi.profiles.ProfileService;
import dev.kakehashi.sandbox.directory.DemoUser;
import dev.kakehashi.sandbox.host.HostServices;
import dev.kakehashi.sandbox.plugin.EnabledPlugin;
import java.time.LocalDate;
import java.util.List;

/**
 * The profiles of 開発 and 営業 a fresh sandbox starts with, in both products, written by the administrator through the
 * plugin's own service. One challenge of 開発 is past its review date, so that its contacts see it marked. In
 * Confluence, the page 部署カルテ shows both with the {@code department-profile} macro.
 */
public final class DemoProfiles {
    private DemoProfiles() {
    }

    static void create(EnabledPlugin plugin) {
        ProfileService profiles = plugin.bean(ProfileService.class);
        String admin = plugin.bean(People.class).byUsername("admin")
                .orElseThrow(() -> new IllegalStateException("No demo user admin")).key();
        LocalDate today = profiles.today();
        profiles.update(admin, "development", new ProfileInput(
                "We build and run the company's own products and the internal tools around them.",
                "自社製品と、それを支える社内ツールを開発・運用しています。",
                "Small prototypes to try an idea, estimates of what a change would take, and a look at data from our"
                        + " products.",
                "アイデアを試す小さな試作、変更にかかる工数の見積もり、製品データの確認をお手伝いできます。",
                "small-poc", List.of("suzuki"), List.of(
                        new ChallengeInput("リリース前の検証に時間がかかり、お客様の要望を反映するまで 2 か月かかっている",
                                today.minusDays(40).toString(), today.plusDays(50).toString()),
                        new ChallengeInput("社内ツールのログインがばらばらで、問い合わせが多い",
                                today.minusDays(120).toString(), today.minusDays(10).toString())), 0));
        profiles.update(admin, "sales", new ProfileInput(
                "We look after our customers from the first meeting to the renewal of their contracts.",
                "初回の商談から契約の更新まで、お客様を担当しています。",
                "What customers ask for and complain about, introductions to customers for interviews, and feedback on"
                        + " product ideas.",
                "お客様の要望や不満の共有、インタビューのためのお客様の紹介、製品アイデアへの意見をお手伝いできます。",
                "information-sharing", List.of("sato", "tanaka"), List.of(
                        new ChallengeInput("新製品の問い合わせが増え、提案資料づくりが追いつかない",
                                today.minusDays(20).toString(), today.plusDays(70).toString())), 0));
    }

    /** The page 部署カルテ in DEMO (made last, so that the other demo pages keep their ids). */
    public static void page(HostServices services) {
        String yoshida = services.directory().byUsername("yoshida").map(DemoUser::key)
                .orElseThrow(() -> new IllegalStateException("No demo user yoshida"));
        services.pages().create("DEMO", "部署カルテ", """
                <p>部署ごとの仕事、いまの課題、お手伝いできること、依頼のしかたです。</p>
                <ac:structured-macro ac:name="department-profile"><ac:parameter ac:name="department">development\
                </ac:parameter></ac:structured-macro>
                <ac:structured-macro ac:name="department-profile"><ac:parameter ac:name="department">sales\
                </ac:parameter></ac:structured-macro>
                """, yoshida);
    }
}
