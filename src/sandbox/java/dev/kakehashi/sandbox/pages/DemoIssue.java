package dev.kakehashi.sandbox.pages;

import java.util.List;
import java.util.Optional;

/**
 * An issue of the demo project DEMO, with people from the demo directory (by user name).
 */
public record DemoIssue(String key, String type, String status, String summary, String description, String reporter,
                        String assignee) {
    static final List<DemoIssue> ALL = List.of(
            new DemoIssue("DEMO-1", "タスク", "進行中", "営業資料のテンプレートを全社で共有する",
                    "営業部で使っている提案資料のテンプレートを、開発部とマーケティング部でも使えるように整理します。",
                    "tanaka", "suzuki"),
            new DemoIssue("DEMO-2", "バグ", "未着手", "請求書の PDF で会社名が文字化けする",
                    "経理から報告: 一部の取引先で請求書 PDF の会社名が文字化けします。カスタマーサポート経由でも同様の問い合わせあり。",
                    "kato", "takahashi"),
            new DemoIssue("DEMO-3", "ストーリー", "完了", "新入社員向けオンボーディング手順をまとめる",
                    "総務と情報システムで、入社初日のアカウント発行から研修までの手順を一つのページにまとめます。",
                    "yoshida", "kobayashi"),
            new DemoIssue("DEMO-4", "タスク", "未着手", "問い合わせ対応のナレッジを製品チームへ共有する",
                    "サポートに寄せられたよくある質問を月次でまとめ、開発部へ共有する仕組みを作ります。",
                    "yamamoto", "ito"));

    static Optional<DemoIssue> byKey(String key) {
        return ALL.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    String projectKey() {
        return key.substring(0, key.indexOf('-'));
    }
}
