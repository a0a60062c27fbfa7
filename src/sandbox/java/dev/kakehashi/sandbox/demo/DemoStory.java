package dev.kakehashi.sandbox.demo;

import dev.kakehashi.admin.CompanyValueService;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.collaboration.ChangePolicyStore;
import dev.kakehashi.collaboration.CollaborationRequest;
import dev.kakehashi.collaboration.CollaborationService;
import dev.kakehashi.collaboration.CollaborationStore;
import dev.kakehashi.collaboration.LinkedGoals;
import dev.kakehashi.collaboration.RequestInput;
import dev.kakehashi.collaboration.RequestIssues;
import dev.kakehashi.collaboration.RequestNotices;
import dev.kakehashi.collaboration.RequestProperties;
import dev.kakehashi.collaboration.RequestTypeInstaller;
import dev.kakehashi.collaboration.Step;
import dev.kakehashi.notify.Notifier;
import dev.kakehashi.platform.Caches;
import dev.kakehashi.platform.People;
import dev.kakehashi.sandbox.directory.DemoUser;
import dev.kakehashi.sandbox.host.HostServices;
import dev.kakehashi.sandbox.plugin.EnabledPlugin;
import dev.kakehashi.thanks.ContextAccess;
import dev.kakehashi.thanks.ThanksInput;
import dev.kakehashi.thanks.ThanksPolicyStore;
import dev.kakehashi.thanks.ThanksService;
import dev.kakehashi.thanks.ThanksStore;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The year behind the demo data, as the department map tells it: 営業 and 開発 ask each other for help all year
 * (requests, several done, thanks both ways; in Confluence a shared goal and two knowledge pages), 開発 and
 * カスタマーサポート thank each other (and one request reached its result), マーケティング thanks 営業, 情報システム
 * thanked 経理 twice (two people only, which the map suppresses), and 総務 and 経理 stay apart. Every outcome is made
 * through the plugin's own services as the people would have made it, on the day it happened over the last twelve
 * months: the services run here on a clock set to that day, their notices go to no one (nobody is told today of
 * what happened months ago) and their caches load on every read, so that the plugin's own ones are left alone. The
 * newest thanks is four days old, older than the look-back of the thanks emails, and no request is left past its due
 * date before its result: the jobs mail nobody about the story.
 */
public final class DemoStory {
    private static final ZoneId ZONE = ZoneId.systemDefault();

    private DemoStory() {
    }

    /** A clock the demo sets to each moment of the story in turn. */
    static final class StoryClock extends Clock {
        private Instant now = Instant.now();

        void set(Instant at) {
            now = at;
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Caches that keep nothing: each read asks the loader, and nothing of the plugin's own caches is touched. */
    static final class NoCaches implements Caches {
        @Override
        public <T> CachedValue<T> value(String name, Supplier<T> loader) {
            return new CachedValue<>() {
                @Override
                public T get() {
                    return loader.get();
                }

                @Override
                public void reset() {
                }
            };
        }

        @Override
        public <K extends Serializable, V> CachedMap<K, V> map(String name, int maxEntries, Function<K, V> loader) {
            return new CachedMap<>() {
                @Override
                public V get(K key) {
                    return loader.apply(key);
                }

                @Override
                public void remove(K key) {
                }

                @Override
                public void removeAll() {
                }
            };
        }
    }

    /** The moment of the story {@code daysAgo} days before today, at this time of day. */
    static Instant daysAgo(int daysAgo, LocalTime at) {
        return LocalDate.now(ZONE).minusDays(daysAgo).atTime(at).atZone(ZONE).toInstant();
    }

    // ---------------------------------------------------------------------------------------------- thanks

    /** Thanks between two departments: who sends (in turn), who receives (in turn), on which days, saying what. */
    private record Flow(List<String> senders, List<String> recipients, int[] daysAgo, List<String> messages,
                        List<String> englishMessages) {
    }

    private static final List<String> SALES = List.of("tanaka", "inoue", "hayashi", "shimizu", "yamaguchi", "sato");
    private static final List<String> DEVELOPMENT = List.of("suzuki", "matsumoto", "ikeda", "hashimoto", "ishikawa",
            "takahashi");
    private static final List<String> SUPPORT = List.of("yamamoto", "nakamura", "yamazaki", "mori", "abe");
    private static final List<String> MARKETING = List.of("ito", "watanabe", "ogawa", "fujita", "okada");

    private static final List<Flow> FLOWS = List.of(
            new Flow(SALES, DEVELOPMENT,
                    new int[] {350, 318, 287, 259, 231, 204, 176, 149, 121, 98, 84, 70, 61, 47, 33, 26, 17, 9, 4},
                    List.of("商談前に技術的な質問へすぐ答えていただき、お客様に自信を持って説明できました。ありがとうございます！",
                            "デモ環境を急ぎで用意していただいたおかげで、提案が間に合いました。",
                            "お客様の要望を丁寧に聞いてくださり、次の打ち合わせが前向きに進みました。",
                            "見積もりの工数をその日のうちに出していただき、助かりました。"),
                    List.of("Thank you for answering the customer's technical questions so quickly.",
                            "The demo you prepared on short notice won us the second meeting. Thanks!")),
            new Flow(DEVELOPMENT, SALES,
                    new int[] {340, 301, 270, 240, 212, 183, 158, 135, 112, 87, 75, 64, 53, 41, 29, 22, 13, 6},
                    List.of("お客様の生の声を共有していただき、機能の優先度を決める根拠になりました。",
                            "試用に協力してくださるお客様を紹介していただき、ありがとうございました！",
                            "リリースの背景をお客様に丁寧に説明してくださり、問い合わせが減りました。"),
                    List.of("Thanks for bringing us real customer feedback; it settled the priorities.",
                            "Thank you for introducing us to the pilot customer.")),
            new Flow(DEVELOPMENT, SUPPORT,
                    new int[] {330, 260, 190, 140, 100, 85, 72, 58, 44, 31, 19, 8},
                    List.of("再現手順をきれいにまとめていただき、修正がすぐにできました。ありがとうございます。",
                            "お客様への回答を先回りして用意してくださり、リリース後も落ち着いて対応できました。"),
                    List.of("Your reproduction steps made the fix a one-hour job. Thank you!")),
            new Flow(SUPPORT, DEVELOPMENT,
                    new int[] {315, 245, 175, 120, 86, 76, 60, 45, 34, 23, 11, 4},
                    List.of("不具合の調査を急いでいただき、お客様に当日中に回答できました。",
                            "新機能の説明会を開いていただき、問い合わせに自信を持って答えられます。ありがとうございます！"),
                    List.of("Thanks for looking into the customer's issue the same day.")),
            new Flow(MARKETING, SALES,
                    new int[] {300, 220, 150, 87, 69, 50, 36, 24, 14, 5},
                    List.of("展示会のリードにすぐ連絡していただき、商談につながりました。ありがとうございます！",
                            "事例記事のお客様を紹介していただき、記事が公開できました。",
                            "セミナーの登壇を引き受けてくださり、参加者の満足度がとても高かったです。"),
                    List.of("Thank you for following up on the exhibition leads so quickly.")),
            // two people only: the map suppresses this pair
            new Flow(List.of("kobayashi"), List.of("kato"), new int[] {160, 40},
                    List.of("経費精算システムの切り替えで、確認事項にすぐ答えていただきありがとうございました。"),
                    List.of()));

    /** The company values the demo thanks name, in turn (none names 挑戦, whose filter on the wall stays empty). */
    private static final List<String> VALUES = List.of("collaboration", "teamwork", "customer-focus");

    /** Something that happened in the story, at its moment. */
    private record Event(Instant at, Runnable action) {
    }

    /** Does what happened in the order it happened, each on the story's clock set to its moment. */
    private static void tell(StoryClock clock, List<Event> events) {
        List<Event> inOrder = new ArrayList<>(events);
        inOrder.sort(Comparator.comparing(Event::at));
        for (Event event : inOrder) {
            clock.set(event.at());
            event.action().run();
        }
    }

    /**
     * The year's thanks between departments, as events; Confluence's fall two days before Jira's, so that the two
     * products hold thanks of their own.
     */
    private static List<Event> thanks(ThanksService thanks, HostServices services, boolean confluence) {
        List<Event> events = new ArrayList<>();
        int shift = confluence ? 2 : 0;
        for (Flow flow : FLOWS) {
            for (int i = 0; i < flow.daysAgo().length; i++) {
                String recipient = flow.recipients().get((i + i / flow.senders().size()) % flow.recipients().size());
                DemoUser from = user(services, flow.senders().get(i % flow.senders().size()));
                List<String> messages = from.locale().equals(Locale.ENGLISH) && !flow.englishMessages().isEmpty()
                        ? flow.englishMessages() : flow.messages();
                ThanksInput input = new ThanksInput(List.of(recipient), "", messages.get(i % messages.size()),
                        VALUES.get(i % VALUES.size()), "none", "", "public");
                events.add(new Event(daysAgo(flow.daysAgo()[i] + shift, LocalTime.of(9 + i % 8, 10 + (i * 7) % 40)),
                        () -> thanks.send(from.key(), input)));
            }
        }
        return events;
    }

    /** Confluence's part of the story: the thanks (the goal and the knowledge pages are made with the others). */
    public static void confluence(EnabledPlugin plugin, HostServices services) {
        StoryClock clock = new StoryClock();
        tell(clock, thanks(thanksAt(plugin, clock), services, true));
        // the plugin's cached summaries may predate these thanks
        plugin.bean(ThanksService.class).forgetSummaries();
    }

    /** The plugin's thanks service on the story's clock, with its own (empty) caches. */
    static ThanksService thanksAt(EnabledPlugin plugin, Clock clock) {
        return new ThanksService(plugin.bean(ThanksStore.class), plugin.bean(ThanksPolicyStore.class),
                plugin.bean(People.class), plugin.bean(DepartmentService.class),
                plugin.bean(CompanyValueService.class), plugin.bean(ContextAccess.class),
                plugin.bean(Notifier.class), new NoCaches(), clock);
    }

    // -------------------------------------------------------------------------------------------- requests

    /**
     * A request of the story: opened {@code daysAgo}, by whom of which department, asking whom of which; one that is
     * done reaches its result about twelve days later and the requester thanks the partner contact on the issue.
     */
    private record Request(int daysAgo, String kind, String requester, String from, String contact, String to,
                           String owner, String summary, String purpose, String scope, String benefit, int step,
                           String result, String thanks) {
        boolean done() {
            return step >= Step.NEXT_PROPOSED.number();
        }
    }

    private static final List<Request> REQUESTS = List.of(
            new Request(330, "joint-task", "tanaka", "sales", "suzuki", "development", "sato",
                    "商談用のデモ環境を月初に最新版へ更新する",
                    "商談で見せるデモ環境が古く、最新の機能を紹介できないことがあります。",
                    "月初の 1 回だけ、デモ環境を最新版に更新する手順を決めます。",
                    "開発部は新機能へのお客様の反応を商談の場で直接聞けます。", 6,
                    "毎月第 1 営業日にデモ環境を更新する手順ができました。",
                    "デモ環境の更新手順を一緒に作っていただき、ありがとうございました！"),
            new Request(280, "information-sharing", "suzuki", "development", "tanaka", "sales", "takahashi",
                    "新機能の試用に協力してくれるお客様を紹介してもらう",
                    "新機能を社内だけで試しており、実際の使われ方がわかりません。",
                    "既存のお客様 3 社に 2 週間だけ試用をお願いします。",
                    "営業部は新機能をいち早くお客様に紹介できます。", 6,
                    "3 社に試用していただき、画面の改善点が 12 件見つかりました。",
                    "試用のお客様を紹介していただき、ありがとうございました！"),
            new Request(250, "small-poc", "shimizu", "sales", "matsumoto", "development", "sato",
                    "見積もり用の工数早見表を作る",
                    "カスタマイズの見積もりに毎回開発部への確認が必要で、回答まで数日かかっています。",
                    "よくあるカスタマイズ 10 種類について、工数の目安を 1 枚の表にします。",
                    "開発部は見積もりの問い合わせに答える時間が減ります。", 6,
                    "10 種類の工数早見表ができ、見積もりの確認が 1 日で済むようになりました。",
                    "工数早見表のおかげで、見積もりがその日のうちに出せるようになりました。ありがとうございます！"),
            new Request(200, "information-sharing", "yamaguchi", "sales", "hashimoto", "development", "",
                    "提案書に載せる製品ロードマップの表現を相談する",
                    "提案書のロードマップの書き方が担当者ごとに違い、お客様に誤解されることがあります。",
                    "次の四半期の予定だけ、提案書に載せてよい表現を決めます。",
                    "", 2, null, null),
            new Request(160, "joint-task", "inoue", "sales", "ikeda", "development", "tanaka",
                    "お客様向け FAQ の技術的な記述を確認してもらう",
                    "営業が作った FAQ に技術的な誤りがないか、確かめる手段がありません。",
                    "よく聞かれる 15 問だけ、開発部に記述を確認してもらいます。",
                    "開発部は誤った説明による問い合わせを減らせます。", 6,
                    "15 問のうち 4 問の記述を直し、FAQ を公開しました。",
                    "FAQ を丁寧に確認していただき、安心して公開できました。ありがとうございます！"),
            new Request(120, "joint-task", "sato", "sales", "takahashi", "development", "tanaka",
                    "導入前の技術的な質問に答える窓口を決める",
                    "導入前の技術的な質問が開発部の誰に届くか決まっておらず、回答が遅れています。",
                    "1 か月だけ、質問を受ける当番を週替わりで決めて試します。",
                    "開発部は質問の割り込みがまとまり、作業に集中できます。", 3, null, null),
            new Request(100, "joint-task", "matsumoto", "development", "inoue", "sales", "suzuki",
                    "画面改善のユーザーインタビューに同席してもらう",
                    "画面の改善案をお客様に直接聞く機会がありません。",
                    "商談の後に 15 分だけ、お客様 3 社にインタビューさせてもらいます。",
                    "営業部はお客様の困りごとを製品の改善につなげられます。", 3, null, null),
            new Request(75, "small-poc", "hayashi", "sales", "ishikawa", "development", "tanaka",
                    "海外のお客様向けに英語のデモ手順を整える",
                    "海外のお客様向けの英語のデモ手順がなく、商談のたびに作り直しています。",
                    "主要な 3 画面だけ、英語のデモ手順を用意します。",
                    "開発部は英語の画面表示の不自然な箇所をまとめて直せます。", 6,
                    "3 画面の英語デモ手順ができ、画面の表記も 8 か所直りました。",
                    "Thank you for the English demo script; the first overseas demo went very well!"),
            new Request(40, "information-sharing", "yamaguchi", "sales", "suzuki", "development", "sato",
                    "解約理由の分析に製品の利用データを使う",
                    "解約の理由を聞き取りだけで判断しており、利用の実態がわかりません。",
                    "過去半年に解約した 10 社の利用データを開発部に集計してもらいます。",
                    "開発部は使われていない機能を知り、改善の優先度を決められます。", 6,
                    "10 社のうち 7 社は同じ機能を使っていなかったことがわかりました。",
                    "利用データをすぐに集計していただき、解約の理由がはっきりしました。ありがとうございます！"),
            new Request(20, "joint-task", "inoue", "sales", "matsumoto", "development", "tanaka",
                    "大口のお客様向けの性能検証に立ち会ってもらう",
                    "大口のお客様から性能について質問があり、営業だけでは答えられません。",
                    "お客様の想定データ量で 1 回だけ検証し、結果を一緒に説明します。",
                    "開発部は実際のデータ量での性能を早く確かめられます。", 3, null, null),
            new Request(15, "information-sharing", "hashimoto", "development", "hayashi", "sales", "",
                    "リリースノートのお客様向けの表現を見てもらう",
                    "リリースノートが技術用語ばかりで、お客様に伝わりにくいと言われています。",
                    "次のリリースの 5 項目だけ、お客様向けの表現を見てもらいます。",
                    "", 2, null, null),
            new Request(8, "information-sharing", "shimizu", "sales", "ikeda", "development", "",
                    "新料金プランの機能比較表を確認してもらう",
                    "新料金プランの機能比較表に、開発中の機能が含まれているかもしれません。",
                    "比較表の 20 行だけ、提供時期を確認してもらいます。",
                    "", 2, null, null));

    /**
     * Jira's part of the story: the requests, opened in COLLAB after the first demo requests (which keep their keys)
     * and moved as far as they came, and the thanks, all on the days they happened and in that order (the sandbox's
     * issues keep no date that anything shows).
     */
    public static void jira(EnabledPlugin plugin, HostServices services, String project) {
        StoryClock clock = new StoryClock();
        ThanksService thanks = thanksAt(plugin, clock);
        CollaborationService requests = new CollaborationService(plugin.bean(CollaborationStore.class),
                plugin.bean(RequestIssues.class), plugin.bean(RequestProperties.class),
                plugin.bean(RequestTypeInstaller.class), plugin.bean(People.class),
                plugin.bean(DepartmentService.class), thanks, plugin.bean(ChangePolicyStore.class), new NoCaches(),
                clock, RequestNotices.NONE, plugin.bean(LinkedGoals.class));
        List<Event> events = new ArrayList<>(thanks(thanks, services, false));
        for (Request demo : REQUESTS) {
            events.addAll(request(demo, requests, thanks, services, project, clock));
        }
        tell(clock, events);
        plugin.bean(ThanksService.class).forgetSummaries();
    }

    /** One request's events: opened, then each step two days after the last, the result some days later. */
    private static List<Event> request(Request demo, CollaborationService requests, ThanksService thanks,
                                       HostServices services, String project, Clock clock) {
        String caller = user(services, demo.requester()).key();
        String[] key = new String[1];
        List<Event> events = new ArrayList<>();
        events.add(new Event(daysAgo(demo.daysAgo(), LocalTime.of(10, 0)), () -> {
            String due = demo.done() ? LocalDate.now(clock).plusDays(21).toString() : "";
            key[0] = requests.create(caller, project, demo.summary(), new RequestInput(demo.kind(), demo.from(),
                    demo.to(), demo.purpose(), demo.scope(), "", demo.benefit(), demo.requester(), demo.contact(),
                    demo.owner(), due)).key();
        }));
        for (int number = 2; number <= demo.step(); number++) {
            Step target = Step.ofNumber(number).orElseThrow();
            int day = demo.daysAgo() - 2 * (number - 1) - (number >= Step.RESULT_SHARED.number() ? 4 : 0);
            events.add(new Event(daysAgo(day, LocalTime.of(11, 0)), () -> {
                CollaborationRequest request = requests.get(caller, key[0]);
                if (target == Step.RESULT_SHARED) {
                    request = requests.shareResult(caller, key[0], "", demo.result(), request.version());
                }
                if (target == Step.NEXT_PROPOSED) {
                    thanks.send(caller, new ThanksInput(List.of(demo.contact()), "", demo.thanks(), "collaboration",
                            "jira-issue", Long.toString(request.issueId()), "public"));
                }
                requests.move(caller, key[0], target.key(), request.version());
            }));
        }
        return events;
    }

    private static DemoUser user(HostServices services, String username) {
        return services.directory().byUsername(username)
                .orElseThrow(() -> new IllegalStateException("No demo user " + username));
    }
}
