package dev.kakehashi.sandbox.demo;

import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.goals.Goal;
import dev.kakehashi.goals.GoalInput.ParticipantInput;
import dev.kakehashi.goals.GoalInput;
import dev.kakehashi.goals.GoalQuery;
import dev.kakehashi.goals.GoalService;
import dev.kakehashi.goals.GoalSpaces;
import dev.kakehashi.goals.GoalStatus;
import dev.kakehashi.goals.GoalStore;
import dev.kakehashi.goals.GoalUpdate;
import dev.kakehashi.goals.Measure;
import dev.kakehashi.goals.Milestone;
import dev.kakehashi.platform.People;
import dev.kakehashi.sandbox.directory.DemoUser;
import dev.kakehashi.sandbox.host.ConfluencePages;
import dev.kakehashi.sandbox.host.HostServices;
import dev.kakehashi.sandbox.plugin.EnabledPlugin;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The shared goals a fresh sandbox Confluence starts with: five goals of two departments each (four in DEMO, one in
 * SALES; everyone named on a goal can view its space, so the SALES goal's accounting part has no contact), created through the plugin's {@link GoalService} as their owners would, about four months ago, then their
 * weekly, biweekly or monthly updates written straight to the plugin's {@link GoalStore} with the dates they would
 * have had (values moving, one goal at risk for a while and back on track, comments in Japanese); the exhibition
 * goal's review is overdue. The fifth, of 営業 and 開発, started ten months ago with monthly updates (made last, so
 * that the others keep their ids); then the Confluence thanks of {@link DemoStory}. Then the pages showing them: "部署横断の目標" (a list and a card per goal) and
 * "目標を追加する" (an empty {@code shared-goal} macro, which offers to create a goal) in DEMO, and "営業部の目標" in
 * SALES. Runs after the plugin's start while no goal exists.
 */
public final class DemoGoals {
    private static final Logger LOG = Logger.getLogger(DemoGoals.class.getName());
    /** How long ago the demo goals started. */
    static final int STARTED_DAYS_AGO = 119;
    /** How long ago the goal of 営業 and 開発 started, the oldest of the year that {@link DemoStory} tells. */
    static final int STORY_STARTED_DAYS_AGO = 300;

    private DemoGoals() {
    }

    /** One update of a goal's history. */
    private record Step(int day, double value, int milestonesDone, GoalStatus status, String author, String comment) {
    }

    /** @return whether goals were created (false when some exist already) */
    public static boolean createIfEmpty(EnabledPlugin plugin, HostServices services) {
        GoalStore store = plugin.bean(GoalStore.class);
        if (store.page(new GoalQuery(null, null, null, null, GoalQuery.Sort.DUE, 0, 1),
                DemoSpace.all().stream().map(DemoSpace::key).toList()).total() > 0) {
            return false;
        }
        ZoneId zone = ZoneId.systemDefault();
        LocalDate start = LocalDate.now(zone).minusDays(STARTED_DAYS_AGO);
        GoalService goals = serviceAt(plugin, start.atTime(LocalTime.of(9, 30)).atZone(zone).toInstant(), zone);
        List<Long> demoGoals = new ArrayList<>();

        long support = create(goals, services, "yamamoto", new GoalInput("DEMO", null,
                "問い合わせの一次回答を 24 時間以内に",
                "お客様からの問い合わせの 95% に、受け付けから 24 時間以内に一次回答する。営業が受けた問い合わせも"
                        + "サポートの窓口に集め、回答の状況を両部署で共有する。",
                "yamamoto", List.of(
                        new ParticipantInput("support", "nakamura", "一次回答と担当部署への振り分け"),
                        new ParticipantInput("sales", "tanaka", "営業が受けた問い合わせを当日中に窓口へ回す")),
                "number", 62.0, 95.0, 62.0, "%", List.of(), start.toString(), start.plusDays(180).toString(),
                "on-track", "weekly", List.of("customer", "support")));
        history(store, services, support, start, List.of(
                new Step(7, 64, 0, GoalStatus.ON_TRACK, "nakamura", "窓口のメールアドレスを一本化しました。"),
                new Step(14, 67, 0, GoalStatus.ON_TRACK, "tanaka", "営業部の定例で、問い合わせを窓口へ回す手順を共有しました。"),
                new Step(21, 70, 0, GoalStatus.ON_TRACK, "yamamoto", "回答テンプレートを 10 件用意しました。"),
                new Step(28, 72, 0, GoalStatus.ON_TRACK, "nakamura", ""),
                new Step(35, 69, 0, GoalStatus.AT_RISK, "yamamoto",
                        "新製品の発売で問い合わせが 1.5 倍に増え、回答が遅れています。"),
                new Step(42, 66, 0, GoalStatus.AT_RISK, "nakamura", "週末分の問い合わせが月曜に集中しています。"),
                new Step(49, 71, 0, GoalStatus.AT_RISK, "tanaka", "営業部から 2 名が午前中の一次回答を手伝っています。"),
                new Step(56, 76, 0, GoalStatus.ON_TRACK, "yamamoto", "応援体制で遅れを取り戻しました。状況を戻します。"),
                new Step(63, 78, 0, GoalStatus.ON_TRACK, "nakamura", ""),
                new Step(70, 80, 0, GoalStatus.ON_TRACK, "yamamoto", "よくある質問をナレッジに 15 件追加しました。"),
                new Step(77, 82, 0, GoalStatus.ON_TRACK, "tanaka", ""),
                new Step(84, 83, 0, GoalStatus.ON_TRACK, "nakamura", "夜間の自動受付メールを改善しました。"),
                new Step(91, 85, 0, GoalStatus.ON_TRACK, "yamamoto", ""),
                new Step(98, 86, 0, GoalStatus.ON_TRACK, "nakamura", "一次回答の平均時間は 9 時間まで短くなりました。"),
                new Step(105, 87, 0, GoalStatus.ON_TRACK, "tanaka", ""),
                new Step(112, 88, 0, GoalStatus.ON_TRACK, "yamamoto", "残りは休日の問い合わせ対応です。")));
        demoGoals.add(support);

        long sso = create(goals, services, "kobayashi", new GoalInput("DEMO", null,
                "社内ツールのシングルサインオン移行",
                "社内で使う主なツールのログインを一つにまとめ、パスワードの問い合わせを減らす。",
                "kobayashi", List.of(
                        new ParticipantInput("it", "kobayashi", "認証基盤の選定と移行作業"),
                        new ParticipantInput("development", "suzuki", "自社開発ツールのログイン部分の改修")),
                "checklist", null, null, null, "", List.of("対象システムの洗い出し", "認証基盤の選定",
                        "開発環境での検証", "本番移行のリハーサル", "全社展開"),
                start.toString(), start.plusDays(200).toString(), "on-track", "biweekly", List.of("security")));
        history(store, services, sso, start, List.of(
                new Step(14, 0, 1, GoalStatus.ON_TRACK, "kobayashi", "対象は 12 システムでした。一覧を共有しています。"),
                new Step(28, 0, 1, GoalStatus.ON_TRACK, "suzuki", "自社開発の 3 ツールは改修が必要です。"),
                new Step(42, 0, 2, GoalStatus.ON_TRACK, "kobayashi", "認証基盤を決めました。"),
                new Step(56, 0, 2, GoalStatus.ON_TRACK, "suzuki", "検証環境を用意しています。"),
                new Step(70, 0, 2, GoalStatus.ON_TRACK, "kobayashi", ""),
                new Step(84, 0, 3, GoalStatus.ON_TRACK, "suzuki", "開発環境での検証が終わりました。"),
                new Step(98, 0, 3, GoalStatus.ON_TRACK, "kobayashi", "リハーサルの日程を調整中です。"),
                new Step(112, 0, 3, GoalStatus.ON_TRACK, "suzuki", "")));
        demoGoals.add(sso);

        long leads = create(goals, services, "ito", new GoalInput("DEMO", null,
                "展示会リードから商談 30 件",
                "春の展示会で集めたリードのうち 30 件を、3 か月以内に商談につなげる。",
                "ito", List.of(
                        new ParticipantInput("marketing", "watanabe", "リードの選別と 3 日以内のフォローメール"),
                        new ParticipantInput("sales", "sato", "温度感の高いリードへの訪問と商談化")),
                "number", 0.0, 30.0, 0.0, "件", List.of(), start.toString(), start.plusDays(150).toString(),
                "on-track", "biweekly", List.of("exhibition", "leads")));
        history(store, services, leads, start, List.of(
                new Step(14, 3, 0, GoalStatus.ON_TRACK, "watanabe", "名刺 240 枚を登録し、フォローメールを送りました。"),
                new Step(28, 7, 0, GoalStatus.ON_TRACK, "sato", "訪問 12 件のうち 4 件が商談になりました。"),
                new Step(42, 11, 0, GoalStatus.ON_TRACK, "ito", ""),
                new Step(56, 14, 0, GoalStatus.ON_TRACK, "sato", "見積もりを 3 件提出しました。"),
                new Step(70, 16, 0, GoalStatus.ON_TRACK, "watanabe", "2 回目のフォローメールを送りました。"),
                new Step(84, 19, 0, GoalStatus.ON_TRACK, "ito", "ウェビナーの参加者からも 2 件つながりました。")));
        demoGoals.add(leads);

        long renewals = create(goals, services, "sato", new GoalInput("SALES", null,
                "契約更新の前倒し 20 社",
                "更新月の 2 か月前までに更新の合意を取り、請求の準備を経理部と早めに進める。経理部は営業部のスペースを"
                        + "見られないため窓口を置かず、請求の準備は佐藤から依頼する。",
                "sato", List.of(
                        new ParticipantInput("sales", "tanaka", "更新対象のお客様への訪問と合意"),
                        new ParticipantInput("accounting", "", "更新後の請求書の事前準備")),
                "number", 0.0, 20.0, 0.0, "社", List.of(), start.toString(), start.plusDays(170).toString(),
                "on-track", "monthly", List.of("renewal")));
        history(store, services, renewals, start, List.of(
                new Step(30, 4, 0, GoalStatus.ON_TRACK, "tanaka", "4 社と更新の合意ができました。"),
                new Step(60, 7, 0, GoalStatus.AT_RISK, "sato", "価格改定の説明に時間がかかっています。"),
                new Step(90, 12, 0, GoalStatus.ON_TRACK, "tanaka", "説明資料を作り直し、合意が進みました。"),
                new Step(112, 14, 0, GoalStatus.ON_TRACK, "sato", "経理部から、更新分の請求書は 14 社とも準備済みと連絡がありました。")));

        LocalDate yearStart = LocalDate.now(zone).minusDays(STORY_STARTED_DAYS_AGO);
        GoalService earlier = serviceAt(plugin, yearStart.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant(), zone);
        long wishes = create(earlier, services, "tanaka", new GoalInput("DEMO", null,
                "お客様の要望を 2 か月以内に製品へ反映",
                "商談で聞いたお客様の要望を営業部が毎月まとめ、開発部が 2 か月以内に製品へ反映する。反映した要望の数を"
                        + "両部署で数える。",
                "tanaka", List.of(
                        new ParticipantInput("sales", "inoue", "商談で聞いた要望を毎月まとめ、優先度を付ける"),
                        new ParticipantInput("development", "matsumoto", "要望を見積もり、リリース計画に入れる")),
                "number", 0.0, 24.0, 0.0, "件", List.of(), yearStart.toString(),
                yearStart.plusDays(365).toString(), "on-track", "monthly", List.of("customer", "roadmap")));
        history(store, services, wishes, yearStart, List.of(
                new Step(30, 1, 0, GoalStatus.ON_TRACK, "inoue", "先月の商談から要望を 14 件まとめました。"),
                new Step(60, 3, 0, GoalStatus.ON_TRACK, "matsumoto", "2 件をリリースに入れました。"),
                new Step(90, 4, 0, GoalStatus.AT_RISK, "tanaka", "大型案件の対応で、開発部の見積もりが遅れています。"),
                new Step(120, 7, 0, GoalStatus.ON_TRACK, "suzuki", "見積もりの担当を 2 名に増やし、遅れを取り戻しました。"),
                new Step(150, 9, 0, GoalStatus.ON_TRACK, "inoue", ""),
                new Step(180, 11, 0, GoalStatus.ON_TRACK, "matsumoto", "反映した機能をお客様 3 社に紹介しました。"),
                new Step(210, 13, 0, GoalStatus.ON_TRACK, "tanaka", "営業部の定例で、反映した要望を毎月紹介しています。"),
                new Step(240, 15, 0, GoalStatus.ON_TRACK, "ikeda", ""),
                new Step(270, 17, 0, GoalStatus.ON_TRACK, "inoue", "要望の一覧に業種の列を足しました。"),
                new Step(290, 18, 0, GoalStatus.ON_TRACK, "matsumoto", "次のリリースで 3 件を反映する予定です。")));
        demoGoals.add(wishes);

        pages(services, demoGoals, renewals);
        DemoStory.confluence(plugin, services);
        return true;
    }

    /** The plugin's goal service with its clock set to when the demo goals were created. */
    private static GoalService serviceAt(EnabledPlugin plugin, Instant created, ZoneId zone) {
        return new GoalService(plugin.bean(GoalStore.class), plugin.bean(GoalSpaces.class),
                plugin.bean(People.class), plugin.bean(DepartmentService.class), Clock.fixed(created, zone));
    }

    private static long create(GoalService goals, HostServices services, String owner, GoalInput input) {
        return goals.create(key(services, owner), input).goal().id();
    }

    /** Writes the updates as they would have been posted, each on its day at 10:00. */
    private static void history(GoalStore store, HostServices services, long id, LocalDate start, List<Step> steps) {
        ZoneId zone = ZoneId.systemDefault();
        for (Step step : steps) {
            Goal goal = store.find(id).orElseThrow();
            Instant at = start.plusDays(step.day()).atTime(LocalTime.of(10, 0)).atZone(zone).toInstant();
            Measure measure = goal.measure();
            if (measure.kind() == Measure.Kind.NUMBER) {
                measure = measure.withCurrent(step.value());
            } else {
                List<Milestone> milestones = new ArrayList<>();
                for (int i = 0; i < measure.milestones().size(); i++) {
                    milestones.add(new Milestone(measure.milestones().get(i).title(), i < step.milestonesDone()));
                }
                measure = measure.withMilestones(milestones);
            }
            Goal next = goal.withProgress(measure, step.status(), at);
            if (!store.update(next, new GoalUpdate(id, next.version(), GoalUpdate.Kind.PROGRESS, measure.current(),
                    measure.doneMilestones(), step.status(), step.comment(), key(services, step.author()), at))) {
                throw new IllegalStateException("Demo goal " + id + " changed while its history was written");
            }
        }
    }

    private static void pages(HostServices services, List<Long> demoGoals, long salesGoal) {
        StringBuilder overview = new StringBuilder("""
                <p>部署をまたいで取り組んでいる目標です。進捗は各目標の担当者と部署の窓口が更新します。</p>
                <ac:structured-macro ac:name="shared-goals"><ac:parameter ac:name="space">DEMO</ac:parameter>\
                <ac:parameter ac:name="sort">due</ac:parameter></ac:structured-macro>
                <h2>目標ごとの詳細</h2>
                """);
        for (long id : demoGoals) {
            overview.append("<ac:structured-macro ac:name=\"shared-goal\"><ac:parameter ac:name=\"goal\">").append(id)
                    .append("</ac:parameter></ac:structured-macro>\n");
        }
        long overviewId = page(services, "DEMO", "部署横断の目標", "yoshida", overview.toString());
        demoGoals.forEach(id -> homePage(services, id, overviewId));
        page(services, "DEMO", "目標を追加する", "yoshida", """
                <p>部署をまたぐ目標をこのページから追加できます。追加した目標は「部署横断の目標」にも表示されます。</p>
                <ac:structured-macro ac:name="shared-goal"></ac:structured-macro>
                """);
        long salesPage = page(services, "SALES", "営業部の目標", "sato", """
                <p>営業部のスペースの目標です（営業部と管理者のみ閲覧できます）。</p>
                <ac:structured-macro ac:name="shared-goals"><ac:parameter ac:name="space">SALES</ac:parameter>\
                </ac:structured-macro>
                <ac:structured-macro ac:name="shared-goal"><ac:parameter ac:name="goal">%d</ac:parameter>\
                </ac:structured-macro>
                """.formatted(salesGoal));
        homePage(services, salesGoal, salesPage);
    }

    /**
     * Makes the page that shows a demo goal its home page (where links to the goal lead, such as from the requests
     * that serve it), written into its row as the goal's creator would have chosen it; no history entry.
     */
    private static void homePage(HostServices services, long goalId, long pageId) {
        if (pageId <= 0) {
            return;
        }
        com.atlassian.activeobjects.external.ActiveObjects ao = (com.atlassian.activeobjects.external.ActiveObjects)
                services.byInterface().get(com.atlassian.activeobjects.external.ActiveObjects.class);
        dev.kakehashi.goals.ao.AoGoal row = ao.get(dev.kakehashi.goals.ao.AoGoal.class, (int) goalId);
        if (row != null) {
            row.setHomePageId(pageId);
            row.save();
        }
    }

    /** Creates the page; returns its id, or 0 when it was refused. */
    private static long page(HostServices services, String space, String title, String creator, String storage) {
        try {
            return services.pages().create(space, title, storage, key(services, creator)).getId();
        } catch (ConfluencePages.PageRefused e) {
            LOG.warning("Demo page " + title + " in " + space + " not created: " + e.getMessage());
            return 0;
        }
    }

    private static String key(HostServices services, String username) {
        return services.directory().byUsername(username).map(DemoUser::key)
                .orElseThrow(() -> new IllegalStateException("No demo user " + username));
    }
}
