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
import dev.kakehashi.knowledge.ao.AoKnowledgePage;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.java.ao.Query;

/**
 * The knowledge pages a fresh sandbox Confluence starts with, made once Jira is linked, through the Create dialog's
 * own path (the blueprint's wizard fields, its context provider, a draft published by its author): two results pages
 * about demo requests in Jira (COLLAB-2, support and development; COLLAB-7, marketing and support), which are recorded
 * on those requests, an OWWH plan and the notes of a meeting of sales and accounting, all in DEMO and in Japanese.
 * Each draft's guidance is replaced by what its author wrote. Runs while the logs are empty. The two pages of
 * 営業 and 開発 in the story of the past year follow (see {@link #createStory}).
 */
public final class DemoKnowledge {
    private static final Logger LOG = Logger.getLogger(DemoKnowledge.class.getName());
    private static final Pattern PLACEHOLDER = Pattern.compile("<ac:placeholder>.*?</ac:placeholder>");

    private DemoKnowledge() {
    }

    /** One demo page: its author, blueprint, wizard fields and what the author wrote over the guidance, in order. */
    private record Demo(String author, String blueprint, Map<String, Object> fields, List<String> written) {
    }

    /** Not a wizard field: the day the page was written, for the pages of the story. */
    private static final String WRITTEN = "written";

    private static Map<String, Object> fields(String kind, String title, String departments, String request,
                                              String summary) {
        return fields(kind, title, departments, request, summary, 6);
    }

    private static Map<String, Object> fields(String kind, String title, String departments, String request,
                                              String summary, int daysAgo) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("kakehashiKind", kind);
        fields.put("kakehashiDepartments", departments);
        fields.put("kakehashiRequest", request);
        fields.put("kakehashiSummary", summary);
        fields.put("kakehashiMeetingDate", LocalDate.now().minusDays(daysAgo).toString());
        if (daysAgo != 6) {
            fields.put(WRITTEN, LocalDate.now().minusDays(daysAgo));
        }
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
        make(createContent, services, demos());
        return true;
    }

    /**
     * The two pages 営業 and 開発 wrote together during the year of {@link DemoStory}: a plan five months ago and the
     * notes of a meeting six weeks ago, each logged on the day it was written (its row's creation time moved there,
     * as the log would have kept it). Made after 部署カルテ, so that the other demo pages keep their ids.
     */
    public static void createStory(CreateContent createContent, EnabledPlugin plugin, HostServices services) {
        if (createContent == null) {
            return;
        }
        List<Demo> story = List.of(
                new Demo("matsumoto", "owwh-plan-blueprint", fields("owwh-plan", "お客様の要望を毎月リリース計画へ",
                        "sales,development", "", "商談で聞いた要望を毎月まとめ、2 か月以内に製品へ反映する", 150),
                        List.of("反映した要望の数を毎月数え、共有目標「お客様の要望を 2 か月以内に製品へ反映」に記録します。",
                                "営業部の井上さん: 要望の背景と、お客様にとっての重さを知っているため。",
                                "開発部の松本さん: 見積もりとリリース計画に入れる判断をするため。",
                                "要望の一覧の形と、毎月の締め日を伝えます。",
                                "要望の一覧を月末までにまとめる（営業）")),
                new Demo("inoue", "meeting-notes-blueprint", fields("meeting-notes", "部署間ミーティング 要望レビュー会",
                        "sales,development", "", "", 45),
                        List.of("井上、田中、山口", "松本、鈴木、池田", "今月の要望 18 件の優先度の確認（30 分）",
                                "性能に関する要望 3 件を次のリリースに入れる", "松本",
                                "お客様への回答の文面を作る（井上、来週月曜）",
                                "性能検証の日程を決める（松本、来週水曜）")));
        List<Long> pages = make(createContent, services, story);
        com.atlassian.activeobjects.external.ActiveObjects ao = (com.atlassian.activeobjects.external.ActiveObjects)
                services.byInterface().get(com.atlassian.activeobjects.external.ActiveObjects.class);
        for (int i = 0; i < pages.size(); i++) {
            LocalDate written = (LocalDate) story.get(i).fields().get(WRITTEN);
            for (AoKnowledgePage row : ao.find(AoKnowledgePage.class, Query.select().where(
                    AoKnowledgePage.PAGE_ID + " = ?", pages.get(i)))) {
                row.setCreatedAt(written.atTime(LocalTime.of(16, 0)).atZone(ZoneId.systemDefault()).toInstant()
                        .toEpochMilli());
                row.save();
            }
        }
    }

    /** Makes the pages as their authors would; returns the id each was published with, 0 for one refused. */
    private static List<Long> make(CreateContent createContent, HostServices services, List<Demo> demos) {
        List<Long> made = new ArrayList<>();
        for (Demo demo : demos) {
            DemoUser author = services.directory().byUsername(demo.author())
                    .orElseThrow(() -> new IllegalStateException("No demo user " + demo.author()));
            BlueprintModule blueprint = createContent.blueprint(demo.blueprint())
                    .orElseThrow(() -> new IllegalStateException("No blueprint " + demo.blueprint()));
            RequestContext.begin(null, author, Locale.JAPANESE, true);
            try {
                Map<String, Object> wizard = new LinkedHashMap<>(demo.fields());
                wizard.remove(WRITTEN);
                CreateContent.Created created = createContent.create(blueprint, "DEMO", "", wizard, author,
                        Locale.JAPANESE, true);
                ConfluenceDrafts.Draft draft = services.drafts().byId(created.id()).orElseThrow();
                made.add(createContent.publish(draft, draft.title(), written(draft.storage(), demo.written()), author)
                        .getId());
            } catch (RuntimeException e) {
                made.add(0L);
                LOG.warning("Demo knowledge page " + demo.fields().get("title") + " not created: " + e);
            } finally {
                RequestContext.end();
            }
        }
        return made;
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
