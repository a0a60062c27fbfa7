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
            Map.entry("issue.watchers", new String[] {"Watchers", "ウォッチャー"}),
            Map.entry("issue.assignee", new String[] {"Assignee", "担当者"}),
            Map.entry("issue.status", new String[] {"Status", "ステータス"}),
            Map.entry("issue.type", new String[] {"Type", "タイプ"}),
            Map.entry("issue.resolution", new String[] {"Resolution", "解決状況"}),
            Map.entry("issue.resolved", new String[] {"Resolved", "解決済み"}),
            Map.entry("issue.unresolved", new String[] {"Unresolved", "未解決"}),
            Map.entry("issue.resolve", new String[] {"Resolve", "解決"}),
            Map.entry("issue.refresh", new String[] {"Refresh", "再表示"}),
            Map.entry("issue.refreshFailed", new String[] {"The issue could not be shown again. Reload the page.",
                    "課題を再表示できませんでした。ページを再読み込みしてください。"}),
            Map.entry("navigator.link", new String[] {"Issues", "課題"}),
            Map.entry("board.link", new String[] {"Boards", "ボード"}),
            Map.entry("board.quickFilters", new String[] {"Quick filters", "クイックフィルター"}),
            Map.entry("navigator.title", new String[] {"Search issues", "課題の検索"}),
            Map.entry("navigator.search", new String[] {"Search", "検索"}),
            Map.entry("navigator.key", new String[] {"Key", "キー"}),
            Map.entry("navigator.summary", new String[] {"Summary", "要約"}),
            Map.entry("navigator.none", new String[] {"No issues were found to match your search.",
                    "検索条件に一致する課題はありません。"}),
            Map.entry("page.pages", new String[] {"Pages", "ページ"}),
            Map.entry("page.createdBy", new String[] {"Created by", "作成者"}),
            Map.entry("page.lastUpdatedBy", new String[] {"last updated by", "最終更新者"}),
            Map.entry("page.version", new String[] {"version", "バージョン"}),
            Map.entry("page.edit", new String[] {"Edit", "編集"}),
            Map.entry("page.create", new String[] {"Create", "作成"}),
            Map.entry("page.createFrom", new String[] {"Create from template", "テンプレートから作成"}),
            Map.entry("page.labels", new String[] {"Labels", "ラベル"}),
            Map.entry("page.children", new String[] {"Child pages", "子ページ"}),
            Map.entry("label.title", new String[] {"Pages with the label", "ラベルが付いたページ"}),
            Map.entry("label.none", new String[] {"No pages have this label.", "このラベルが付いたページはありません。"}),
            Map.entry("dashboard.confluence", new String[] {"Dashboard", "ダッシュボード"}),
            Map.entry("dashboard.recent", new String[] {"Recently updated", "最近の更新"}),
            Map.entry("create.title", new String[] {"Create", "作成"}),
            Map.entry("create.space", new String[] {"Space", "スペース"}),
            Map.entry("create.create", new String[] {"Create", "作成"}),
            Map.entry("create.next", new String[] {"Next", "次へ"}),
            Map.entry("create.back", new String[] {"Back", "戻る"}),
            Map.entry("create.cancel", new String[] {"Close", "閉じる"}),
            Map.entry("create.blank", new String[] {"Blank page", "空白のページ"}),
            Map.entry("create.blankDescription", new String[] {"Start with an empty page.", "空のページから始めます。"}),
            Map.entry("applinks.title", new String[] {"Allow access", "アクセスの許可"}),
            Map.entry("applinks.text", new String[] {"Allow this application to act for you in the linked application?",
                    "リンクされたアプリケーションで、このアプリケーションがあなたとして操作することを許可しますか?"}),
            Map.entry("applinks.allow", new String[] {"Allow", "許可"}),
            Map.entry("spaces.title", new String[] {"Spaces", "スペース"}),
            Map.entry("spaces.empty", new String[] {"No spaces you may view.", "閲覧できるスペースはありません。"}),
            Map.entry("editor.editing", new String[] {"Edit page", "ページの編集"}),
            Map.entry("editor.creating", new String[] {"Create page", "ページの作成"}),
            Map.entry("editor.space", new String[] {"Space", "スペース"}),
            Map.entry("editor.title", new String[] {"Title", "タイトル"}),
            Map.entry("editor.content", new String[] {"Content (storage format)", "本文（ストレージ形式）"}),
            Map.entry("editor.hint", new String[] {"The sandbox edits Confluence storage format directly; "
                    + "Insert macro adds a macro at the cursor.", "サンドボックスではストレージ形式を直接編集します。"
                    + "「マクロの挿入」でカーソル位置にマクロを追加できます。"}),
            Map.entry("editor.insertMacro", new String[] {"Insert macro", "マクロの挿入"}),
            Map.entry("editor.save", new String[] {"Save", "保存"}),
            Map.entry("editor.publish", new String[] {"Publish", "公開"}),
            Map.entry("editor.cancel", new String[] {"Cancel", "キャンセル"}),
            Map.entry("editor.forbidden", new String[] {"You are not permitted to edit this page or to add pages "
                    + "in this space.", "このページを編集する権限、またはこのスペースにページを追加する権限がありません。"}),
            Map.entry("editor.error.space", new String[] {"There is no such space.", "スペースが存在しません。"}),
            Map.entry("editor.error.page", new String[] {"There is no such page.", "ページが存在しません。"}),
            Map.entry("editor.error.title.blank", new String[] {"Enter a title for this page.",
                    "ページのタイトルを入力してください。"}),
            Map.entry("editor.error.title.long", new String[] {"The title must not be longer than 255 characters.",
                    "タイトルは 255 文字以内で入力してください。"}),
            Map.entry("editor.error.title.taken", new String[] {"A page with this name already exists in this space.",
                    "この名前のページはすでにこのスペースにあります。"}),
            Map.entry("editor.error.version", new String[] {"Someone else saved this page while you were editing "
                    + "it. Reload the editor to see their changes.", "編集中に他の人がこのページを保存しました。"
                    + "編集画面を開き直して変更を確認してください。"}),
            Map.entry("editor.error.content.long", new String[] {"The page is too long.", "ページが長すぎます。"}),
            Map.entry("editor.error.storage", new String[] {"The content is not valid storage format:",
                    "本文がストレージ形式として正しくありません:"}),
            Map.entry("macro.title", new String[] {"Select macro", "マクロの選択"}),
            Map.entry("macro.insert", new String[] {"Insert", "挿入"}),
            Map.entry("macro.back", new String[] {"Back", "戻る"}),
            Map.entry("macro.cancel", new String[] {"Cancel", "キャンセル"}),
            Map.entry("error.title", new String[] {"Error", "エラー"}),
            Map.entry("error.notVisible", new String[] {
                    "It does not exist, or you do not have permission to view it.",
                    "存在しないか、閲覧する権限がありません。"}),
            Map.entry("issue.notVisible", new String[] {"Issue {0} does not exist or you do not have permission to see it.",
                    "課題 {0} は存在しないか、閲覧する権限がありません。"}),
            Map.entry("marker", new String[] {"sandbox", "サンドボックス"}),
            Map.entry("footer", new String[] {"Kakehashi sandbox — a stand-in for ", "Kakehashi サンドボックス — 代役: "}),
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
