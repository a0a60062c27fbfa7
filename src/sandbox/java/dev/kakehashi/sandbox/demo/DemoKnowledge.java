package dev.kakehashi.sandbox.demo;

import dev.kakehashi.knowledge.KnowledgeKind;
import dev.kakehashi.knowledge.KnowledgeQuery;
import dev.kakehashi.knowledge.KnowledgeStore;
import dev.kakehashi.sandbox.directory.DemoUser;
import dev.kakehashi.sandbox.host.ConfluenceDrafts;
import dev.kakehashi.sandbox.host.HostServices;
import dev.kakehashi.sandbox.host.RequestContext;
import dev.kakehashi.sandbox.pages.CreateContent;
import dev.kakehashi.sandbox.plugin.EnabledPlugin;
import dev.kakehashi.sandbox.plugin.PluginDescriptor.BlueprintModule;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The knowledge pages a fresh sandbox Confluence starts with, made once Jira is linked, through the Create dialog's
 * own path (the blueprint's wizard fields, its context provider, a draft published by its author): two results pages
 * about demo requests in Jira (COLLAB-2, support and development; COLLAB-7, marketing and support), which are recorded
 * on those requests, an OWWH plan and the notes of a meeting of sales and accounting, all in DEMO and in Japanese.
 * Each draft's guidance is replaced by what its author wrote. Runs while the logs are empty.
 */
public final class DemoKnowledge {
    private static final Logger LOG = Logger.getLogger(DemoKnowledge.class.getName());
    private static final Pattern PLACEHOLDER = Pattern.compile("<ac:placeholder>.*?</ac:placeholder>");

    private DemoKnowledge() {
    }

    /** One demo page: its author, blueprint, wizard fields and what the author wrote over the guidance, in order. */
    private record Demo(String author, String blueprint, Map<String, Object> fields, List<String> written) {
    }

    private static Map<String, Object> fields(String kind, String title, String departments, String request,
                                              String summary) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("kakehashiKind", kind);
        fields.put("kakehashiDepartments", departments);
        fields.put("kakehashiRequest", request);
        fields.put("kakehashiSummary", summary);
        fields.put("kakehashiMeetingDate", LocalDate.now().minusDays(6).toString());
        return fields;
    }

    private static List<Demo> demos() {
        return List.of(
                new Demo("yamamoto", "results-blueprint", fields("results", "成果と学び: 問い合わせ上位 10 件の再現手順",
                        "support,development", "COLLAB-2", "同じ不具合の問い合わせへの回答時間が平均 2 日から半日に短縮"),
                        List.of("問い合わせ管理表から上位 10 件を選び、開発部の高橋さんと 1 件 10 分ずつ再現手順を確認しました。",
                                "開発部への確認依頼は月 24 件から 6 件に減りました。",
                                "再現できない 2 件は環境の違いが原因で、確認に想定の 3 倍かかりました。",
                                "再現手順には OS とブラウザのバージョンを必ず書く",
                                "次は上位 11〜20 件を同じ手順でまとめます（担当: 中村）。")),
                new Demo("watanabe", "results-blueprint", fields("results", "成果と学び: お客様の声を事例記事の候補に",
                        "marketing,support", "COLLAB-7", "候補 5 社のうち 2 社から事例記事への協力を承諾"),
                        List.of("サポート部が過去 3 か月の問い合わせから、感謝の声をいただいたお客様を 5 社挙げました。",
                                "2 社の事例記事を来月公開します。",
                                "問い合わせの記録に業種がなく、候補の絞り込みに時間がかかりました。",
                                "事例の候補探しは、サポートの記録から始めると早い",
                                "次は問い合わせの記録に業種の項目を足すよう提案します。")),
                new Demo("ito", "owwh-plan-blueprint", fields("owwh-plan", "展示会フォローを 3 日以内にする計画",
                        "marketing,sales", "COLLAB-3", "展示会で会った見込み客の 8 割に 3 日以内に連絡し、商談化率を上げる"),
                        List.of("商談化した件数を展示会ごとに比べます。",
                                "営業部の佐藤さん: 見込み客の温度感を最初に判断できるため。",
                                "マーケティング部の渡辺さん: フォローメールの文面を用意するため。",
                                "目的、それぞれの役割、商談化したときの利点を伝えます。",
                                "名刺のデータ化を展示会の翌日までに終える（マーケティング）")),
                new Demo("sato", "meeting-notes-blueprint", fields("meeting-notes", "部署間ミーティング 見積承認フロー",
                        "sales,accounting", "COLLAB-8", ""),
                        List.of("佐藤、田中", "加藤", "値引き承認に必要な情報の確認（15 分）",
                                "10% 以下の値引きは経理の事前確認を 1 日で終える", "加藤",
                                "承認依頼のテンプレートを作る（佐藤、来週金曜）",
                                "確認の担当者を決めて共有する（加藤、来週水曜）")));
    }

    /** @return whether the demo pages were made (false when a log has pages already) */
    public static boolean createIfEmpty(CreateContent createContent, EnabledPlugin plugin,
                                        HostServices services) {
        KnowledgeStore store = plugin.bean(KnowledgeStore.class);
        boolean any = Arrays.stream(KnowledgeKind.values())
                .anyMatch(kind -> !store.list(new KnowledgeQuery(kind, null, null, 0, 1)).isEmpty());
        if (any || createContent == null) {
            return false;
        }
        for (Demo demo : demos()) {
            DemoUser author = services.directory().byUsername(demo.author())
                    .orElseThrow(() -> new IllegalStateException("No demo user " + demo.author()));
            BlueprintModule blueprint = createContent.blueprint(demo.blueprint())
                    .orElseThrow(() -> new IllegalStateException("No blueprint " + demo.blueprint()));
            RequestContext.begin(null, author, Locale.JAPANESE, true);
            try {
                CreateContent.Created created = createContent.create(blueprint, "DEMO", "", demo.fields(), author,
                        Locale.JAPANESE, true);
                ConfluenceDrafts.Draft draft = services.drafts().byId(created.id()).orElseThrow();
                createContent.publish(draft, draft.title(), written(draft.storage(), demo.written()), author);
            } catch (RuntimeException e) {
                LOG.warning("Demo knowledge page " + demo.fields().get("title") + " not created: " + e);
            } finally {
                RequestContext.end();
            }
        }
        return true;
    }

    /** The storage format with the first guidance texts replaced by what the author wrote, the others removed. */
    static String written(String storage, List<String> texts) {
        Iterator<String> next = texts.iterator();
        Matcher m = PLACEHOLDER.matcher(storage);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(next.hasNext() ? escape(next.next()) : ""));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
