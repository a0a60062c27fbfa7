package dev.kakehashi.sandbox.web;

import java.util.Locale;
import java.util.Map;

/**
 * The sandbox host's own words on its pages, in Japanese and English.
 */
public final class HostText {
    private static final Map<String, String[]> TEXT = Map.ofEntries(
            Map.entry("login.title", new String[] {"Log in", "ログイン"}),
            Map.entry("login.username", new String[] {"Username", "ユーザー名"}),
            Map.entry("login.password", new String[] {"Password", "パスワード"}),
            Map.entry("login.submit", new String[] {"Log in", "ログイン"}),
            Map.entry("login.failed", new String[] {"Sorry, your username and password are incorrect.",
                    "ユーザー名またはパスワードが正しくありません。"}),
            Map.entry("login.hint", new String[] {"Demo users: the password is the username (admin/admin, tanaka/tanaka …).",
                    "デモユーザーのパスワードはユーザー名と同じです（admin/admin、tanaka/tanaka など）。"}),
            Map.entry("logout", new String[] {"Log out", "ログアウト"}),
            Map.entry("login.link", new String[] {"Log in", "ログイン"}),
            Map.entry("websudo.title", new String[] {"Administrator access", "管理者アクセス"}),
            Map.entry("websudo.description", new String[] {"You have requested access to an administrative function. "
                    + "Please confirm your password.", "管理機能へのアクセスが要求されました。パスワードを再入力してください。"}),
            Map.entry("websudo.submit", new String[] {"Confirm", "確認"}),
            Map.entry("websudo.failed", new String[] {"The password is incorrect.", "パスワードが正しくありません。"}),
            Map.entry("admin.title", new String[] {"Administration", "管理"}),
            Map.entry("admin.configuration", new String[] {"Configuration", "設定"}),
            Map.entry("admin.empty", new String[] {"No administration pages.", "管理ページはありません。"}),
            Map.entry("dashboard.title", new String[] {"System dashboard", "システムダッシュボード"}),
            Map.entry("dashboard.issues", new String[] {"Issues", "課題"}),
            Map.entry("issue.details", new String[] {"Details", "詳細"}),
            Map.entry("issue.description", new String[] {"Description", "説明"}),
            Map.entry("issue.people", new String[] {"People", "ユーザー"}),
            Map.entry("issue.reporter", new String[] {"Reporter", "報告者"}),
            Map.entry("issue.assignee", new String[] {"Assignee", "担当者"}),
            Map.entry("issue.status", new String[] {"Status", "ステータス"}),
            Map.entry("issue.type", new String[] {"Type", "タイプ"}),
            Map.entry("issue.resolution", new String[] {"Resolution", "解決状況"}),
            Map.entry("issue.resolved", new String[] {"Resolved", "解決済み"}),
            Map.entry("issue.unresolved", new String[] {"Unresolved", "未解決"}),
            Map.entry("issue.resolve", new String[] {"Resolve", "解決"}),
            Map.entry("navigator.link", new String[] {"Issues", "課題"}),
            Map.entry("navigator.title", new String[] {"Search issues", "課題の検索"}),
            Map.entry("navigator.search", new String[] {"Search", "検索"}),
            Map.entry("navigator.key", new String[] {"Key", "キー"}),
            Map.entry("navigator.summary", new String[] {"Summary", "要約"}),
            Map.entry("navigator.none", new String[] {"No issues were found to match your search.",
                    "検索条件に一致する課題はありません。"}),
            Map.entry("page.pages", new String[] {"Pages", "ページ"}),
            Map.entry("page.createdBy", new String[] {"Created by", "作成者"}),
            Map.entry("error.title", new String[] {"Error", "エラー"}),
            Map.entry("error.notFound", new String[] {"Page not found.", "ページが見つかりません。"}),
            Map.entry("error.forbidden", new String[] {"You do not have permission to see this page.",
                    "このページを表示する権限がありません。"}),
            Map.entry("lang.ja", new String[] {"日本語", "日本語"}),
            Map.entry("lang.en", new String[] {"English", "English"}));

    private HostText() {
    }

    public static String get(Locale locale, String key) {
        String[] text = TEXT.get(key);
        if (text == null) {
            throw new IllegalArgumentException("No host text " + key);
        }
        return "ja".equals(locale.getLanguage()) ? text[1] : text[0];
    }
}
