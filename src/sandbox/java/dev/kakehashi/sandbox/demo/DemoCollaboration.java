package dev.kakehashi.sandbox.demo;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import dev.kakehashi.collaboration.CollaborationRequest;
import dev.kakehashi.collaboration.CollaborationService;
import dev.kakehashi.collaboration.CollaborationStore;
import dev.kakehashi.collaboration.HistoryEntry;
import dev.kakehashi.collaboration.HostIssueTypes;
import dev.kakehashi.collaboration.RequestInput;
import dev.kakehashi.collaboration.RequestIssues;
import dev.kakehashi.collaboration.RequestTypeInstaller;
import dev.kakehashi.collaboration.Step;
import dev.kakehashi.sandbox.directory.DemoUser;
import dev.kakehashi.sandbox.host.HostServices;
import dev.kakehashi.sandbox.host.JiraIssue;
import dev.kakehashi.sandbox.host.JiraProjects;
import dev.kakehashi.sandbox.plugin.EnabledPlugin;
import dev.kakehashi.thanks.ThanksInput;
import dev.kakehashi.thanks.ThanksService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The collaboration requests a fresh sandbox Jira starts with: nine small requests between department pairs in the
 * project COLLAB, one at each step and more, made through the plugin's own services as their requesters would
 * (create, share the result, thank the partner contact on the issue, move step by step); one is resolved through
 * Jira's "Issue Resolved" event. Runs after the plugin's start (which installs the request issue types) while COLLAB
 * has no issues yet; the request issue types are added to COLLAB's scheme first, as an administrator would. Then
 * the twelve requests and the thanks of the past year that {@link DemoStory} tells (COLLAB-10 to COLLAB-21).
 */
public final class DemoCollaboration {
    private static final String PROJECT = "COLLAB";

    private DemoCollaboration() {
    }

    /** One demo request: who asks whom for what, and how far it has come. */
    private record Demo(String kind, String requester, String from, String partnerContact, String to,
                        String decisionOwner, String summary, String purpose, String scope, String helpKind,
                        String benefit, int dueInDays, int step, boolean resolved, String resultNote,
                        String thanks) {
    }

    private static final List<Demo> REQUESTS = List.of(
            new Demo("information-sharing", "tanaka", "sales", "suzuki", "development", "sato",
                    "顧客からの機能要望を月次で開発部へ共有する",
                    "商談で聞いた機能要望が営業の中で止まっており、開発部が優先度を決める材料になっていません。",
                    "まずは先月の商談メモから要望を 10 件選び、一覧にして共有します。",
                    "一覧の項目（要望・顧客業種・頻度）が開発部にとって使いやすいか見てほしい",
                    "開発部は次の四半期計画に顧客の声を根拠として使えます。",
                    21, 3, false, null, null),
            new Demo("joint-task", "yamamoto", "support", "takahashi", "development", "nakamura",
                    "よくある問い合わせ上位 10 件の再現手順をまとめる",
                    "同じ不具合の問い合わせが繰り返し届き、開発部への確認に毎回時間がかかっています。",
                    "問い合わせ件数の多い 10 件について、再現手順と回避策を 1 ページにまとめます。",
                    "再現手順が正しいかの確認（1 件 10 分程度）",
                    "開発部は問い合わせ対応の割り込みが減り、修正の優先度も判断しやすくなります。",
                    14, 5, false, "上位 10 件の再現手順と回避策をナレッジベースにまとめました。", null),
            new Demo("small-poc", "ito", "marketing", "sato", "sales", "watanabe",
                    "展示会で集めた名刺のフォロー手順を試す",
                    "展示会後のフォローが担当者任せになり、商談につながる前に連絡が途切れています。",
                    "次の展示会の名刺 30 枚だけで、3 日以内に連絡する手順を試します。",
                    "フォローメールの文面の確認と、商談化した件数の共有",
                    "営業部は温度感の高い見込み客に早く会えます。",
                    20, 2, false, null, null),
            new Demo("joint-task", "kobayashi", "it", "yoshida", "general-affairs", "admin",
                    "新入社員の PC 準備チェックリストを共同で作る",
                    "入社日に PC やアカウントが揃わないことがあり、総務と情報システムの間で確認が重複しています。",
                    "4 月入社の 5 名分について、準備の流れを 1 枚のチェックリストにします。",
                    "入社手続きの日程と、備品の受け渡し手順を教えてほしい",
                    "総務部は入社準備の問い合わせ対応が減り、初日の案内に集中できます。",
                    10, 6, true, "チェックリストを作成し、4 月入社の 5 名全員が初日から PC を使えました。",
                    "入社手続きの日程をすぐに共有してもらえたおかげで、初日に全員の PC が揃いました。ありがとうございます！"),
            new Demo("information-sharing", "kato", "accounting", "tanaka", "sales", "kato",
                    "請求書送付先の変更連絡を一本化する",
                    "取引先の請求書送付先の変更が営業経由で口頭で届き、請求書の再発行が月に数件発生しています。",
                    "変更連絡を受け付ける共有フォームを 1 か月試し、再発行件数を比べます。",
                    "取引先から変更の連絡を受けたときに、フォームへ入力してもらう",
                    "営業部は請求書の再発行で取引先に謝る手間がなくなります。",
                    25, 4, false, null, null),
            new Demo("small-poc", "suzuki", "development", "nakamura", "support", "",
                    "新機能のリリースノートをサポート向けに試作する",
                    "リリース後にサポートが新機能の仕様を知らず、お客様への回答に時間がかかっています。",
                    "次のリリースの 1 機能だけ、サポート向けの説明と想定問答を試作します。",
                    "",
                    "",
                    0, 1, false, null, null),
            new Demo("information-sharing", "watanabe", "marketing", "yamamoto", "support", "ito",
                    "お客様の声を導入事例記事の候補として集める",
                    "導入事例の候補探しがマーケティングだけで行われ、満足度の高いお客様を見つけにくくなっています。",
                    "過去 3 か月の問い合わせから、感謝の声をいただいたお客様を 5 社挙げてもらいます。",
                    "候補のお客様と、そのときの問い合わせ内容の共有",
                    "サポート部のよい対応が事例記事で社内外に紹介されます。",
                    18, 6, false, "候補 5 社のうち 2 社から事例記事への協力の承諾をいただきました。",
                    "お客様の声をすぐにまとめていただき、事例記事の候補がそろいました。感謝しています！"),
            new Demo("joint-task", "sato", "sales", "kato", "accounting", "tanaka",
                    "見積書の値引き承認フローを短くする",
                    "値引きを含む見積書の承認に 3 日かかり、競合に先を越される商談があります。",
                    "10% 以下の値引きに限り、経理の事前確認を 1 日で終える手順を 2 週間試します。",
                    "承認に必要な情報の一覧と、確認の担当者の決定",
                    "経理部は差し戻しが減り、確認に必要な情報が最初から揃います。",
                    14, 3, false, null, null),
            new Demo("joint-task", "kato", "accounting", "kobayashi", "it", "admin",
                    "経理システム刷新の要件を情報システム部と整理する (confidential)",
                    "来期の経理システム刷新に向けて、現行の月次締め作業の課題を情報システム部と共有したい。",
                    "月次締めの作業手順 1 本について、自動化できる箇所を洗い出します。",
                    "作業手順書の読み合わせ（1 時間）",
                    "情報システム部は刷新の要件を早い段階で具体的に把握できます。",
                    21, 2, false, null, null));

    /** Requests only some groups may see (the sandbox's stand-in for an issue security level). */
    private static final Map<String, java.util.Set<String>> RESTRICTED = Map.of(
            "経理システム刷新の要件を情報システム部と整理する (confidential)", java.util.Set.of("accounting", "it"));

    /** The demo requests that serve a demo goal: the request's summary and the goal's title. */
    private static final Map<String, String> GOALS = Map.of(
            "よくある問い合わせ上位 10 件の再現手順をまとめる", "問い合わせの一次回答を 24 時間以内に",
            "新機能のリリースノートをサポート向けに試作する", "問い合わせの一次回答を 24 時間以内に",
            "新入社員の PC 準備チェックリストを共同で作る", "社内ツールのシングルサインオン移行",
            "展示会で集めた名刺のフォロー手順を試す", "展示会リードから商談 30 件",
            "見積書の値引き承認フローを短くする", "契約更新の前倒し 20 社");

    /**
     * Once both products run: the demo requests that serve a demo goal name it (by its id in Confluence, found by its
     * title), as their requester would have, recorded in their history. Requests that name a goal already, and goals
     * that are not there, are left alone.
     *
     * @param goalIdByTitle the id of a Confluence goal by its title, if there is one
     * @return how many requests were given their goal
     */
    public static int nameGoals(EnabledPlugin plugin, HostServices services,
                                java.util.function.Function<String, java.util.Optional<Long>> goalIdByTitle) {
        CollaborationStore store = plugin.bean(CollaborationStore.class);
        int named = 0;
        for (JiraIssue issue : services.issues().all()) {
            String title = GOALS.get(issue.getSummary());
            CollaborationRequest request = title == null ? null : store.find(issue.getId()).orElse(null);
            java.util.Optional<Long> goal = request == null || request.goalId() != null ? java.util.Optional.empty()
                    : goalIdByTitle.apply(title);
            if (goal.isPresent()) {
                java.time.Instant now = java.time.Instant.now();
                CollaborationRequest serving = request.withGoal(goal.get(), now);
                if (store.update(serving, new HistoryEntry(issue.getId(), HistoryEntry.Event.DETAILS_CHANGED,
                        serving.step(), serving.step(), request.requesterKey(), now, "", "",
                        List.of(new HistoryEntry.FieldChange("goal", "", goal.get().toString()))))) {
                    named++;
                }
            }
        }
        return named;
    }

    /** @return whether requests were created (false when COLLAB already has issues or the types are missing) */
    public static boolean createIfEmpty(EnabledPlugin plugin, HostServices services) {
        if (services.issues().countIn(JiraProjects.COLLAB) > 0) {
            return false;
        }
        RequestTypeInstaller installer = plugin.bean(RequestTypeInstaller.class);
        List<String> typeIds = new ArrayList<>(installer.issueTypes().values());
        if (typeIds.isEmpty()) {
            throw new IllegalStateException("The request issue types are not installed: the plugin's start failed");
        }
        plugin.bean(HostIssueTypes.class).addToProject(PROJECT, typeIds);
        CollaborationService requests = plugin.bean(CollaborationService.class);
        ThanksService thanks = plugin.bean(ThanksService.class);
        List<Runnable> today = new ArrayList<>();
        for (Demo demo : REQUESTS) {
            today.add(create(demo, requests, thanks, services));
        }
        // the year before, the story the department map tells, then what happened today
        DemoStory.jira(plugin, services, PROJECT);
        today.forEach(Runnable::run);
        return true;
    }

    /**
     * Creates the request and moves it up to its result; what comes after (the thanks, the next step, the
     * resolution) is returned to be done once the year before has been told, so that these thanks, given today,
     * come after the story's in the order they were stored, as they would have.
     */
    private static Runnable create(Demo demo, CollaborationService requests, ThanksService thanks,
                                   HostServices services) {
        String caller = key(services, demo.requester());
        String due = demo.dueInDays() == 0 ? "" : LocalDate.now().plusDays(demo.dueInDays()).toString();
        RequestInput input = new RequestInput(demo.kind(), demo.from(), demo.to(), demo.purpose(), demo.scope(),
                demo.helpKind(), demo.benefit(), demo.requester(), demo.partnerContact(), demo.decisionOwner(), due);
        RequestIssues.IssueRef issue = requests.create(caller, PROJECT, demo.summary(), input);
        if (RESTRICTED.containsKey(demo.summary())) {
            services.issues().restrict(issue.id(), RESTRICTED.get(demo.summary()));
        }
        CollaborationRequest request = requests.get(caller, issue.key());
        for (int number = 2; number <= Math.min(demo.step(), Step.RESULT_SHARED.number()); number++) {
            Step target = Step.ofNumber(number).orElseThrow();
            if (target == Step.RESULT_SHARED) {
                request = requests.shareResult(caller, issue.key(), "https://wiki.example.com/collab/" + issue.key(),
                        demo.resultNote(), request.version());
            }
            request = requests.move(caller, issue.key(), target.key(), request.version());
        }
        return () -> {
            if (demo.step() >= Step.NEXT_PROPOSED.number()) {
                thanks.send(caller, new ThanksInput(List.of(demo.partnerContact()), "", demo.thanks(),
                        "collaboration", "jira-issue", Long.toString(issue.id()), "public"));
                requests.move(caller, issue.key(), Step.NEXT_PROPOSED.key(), requests.get(caller, issue.key())
                        .version());
            }
            if (demo.resolved()) {
                JiraIssue resolved = services.issues().resolve(issue.id());
                services.eventPublisher().publish(new IssueEvent(resolved, Map.of(),
                        services.jiraUsers().getUserByKey(caller), EventType.ISSUE_RESOLVED_ID));
            }
        };
    }

    private static String key(HostServices services, String username) {
        return services.directory().byUsername(username).map(DemoUser::key)
                .orElseThrow(() -> new IllegalStateException("No demo user " + username));
    }
}
