package dev.kakehashi.sandbox.demo;

import dev.kakehashi.sandbox.directory.DemoUser;
import java.util.List;
import java.util.Set;

/**
 * An issue of the demo project DEMO as the sandbox Jira seeds it into its database on first start. Reporter and
 * assignee are user names of the demo directory (the host objects hand out their keys); an issue restricted to
 * groups is seen only by their members and administrators. The issue type is an id of the built-in types
 * (10000 Task, 10001 Bug, 10002 Story).
 */
public record DemoIssue(long id, String key, String issueTypeId, String status, boolean resolved, String summary,
                        String description, String reporter, String assignee, Set<String> restrictedTo) {
    private static final List<DemoIssue> ALL = List.of(
            new DemoIssue(10000, "DEMO-1", "10000", "進行中", false, "営業資料のテンプレートを全社で共有する",
                    "営業部で使っている提案資料のテンプレートを、開発部とマーケティング部でも使えるように整理します。",
                    "tanaka", "suzuki", Set.of()),
            new DemoIssue(10001, "DEMO-2", "10001", "未着手", false, "請求書の PDF で会社名が文字化けする",
                    "経理から報告: 一部の取引先で請求書 PDF の会社名が文字化けします。カスタマーサポート経由でも同様の問い合わせあり。",
                    "kato", "takahashi", Set.of()),
            new DemoIssue(10002, "DEMO-3", "10002", "完了", true, "新入社員向けオンボーディング手順をまとめる",
                    "総務と情報システムで、入社初日のアカウント発行から研修までの手順を一つのページにまとめます。",
                    "yoshida", "kobayashi", Set.of()),
            new DemoIssue(10003, "DEMO-4", "10000", "未着手", false, "経理システム刷新の予算 (confidential)",
                    "来期の経理システム刷新に向けた予算案です。経理部と管理者のみが閲覧できます。",
                    "kato", "admin", Set.of("accounting")),
            new DemoIssue(10004, "DEMO-5", "10000", "未着手", false, "問い合わせ対応のナレッジを製品チームへ共有する",
                    "サポートに寄せられたよくある質問を月次でまとめ、開発部へ共有する仕組みを作ります。",
                    "yamamoto", "ito", Set.of()));

    public DemoIssue {
        restrictedTo = Set.copyOf(restrictedTo);
    }

    public static List<DemoIssue> all() {
        return ALL;
    }

    /** The number in the key: 1 for DEMO-1. */
    public long number() {
        return Long.parseLong(key.substring(key.indexOf('-') + 1));
    }

    /** Whether this user (null: anonymous) may browse the issue; administrators see every issue. */
    public boolean visibleTo(DemoUser user, String adminGroup) {
        return Visibility.canSee(restrictedTo, user, adminGroup);
    }
}
