package dev.kakehashi.sandbox.demo;

import java.util.List;
import java.util.Set;

/**
 * A page the sandbox Confluence starts with (written to its database on first start, then edited there), in
 * Confluence storage format: five in the demo space DEMO and a home page in SALES and in DEV. The creator is a user
 * name of the demo directory; a page restricted to groups is seen only by their members and administrators (and
 * only by those who may view its space).
 */
public record DemoPage(long id, String spaceKey, String title, String creator, Set<String> restrictedTo,
                       String storage) {
    private static final List<DemoPage> ALL = List.of(
            new DemoPage(65537, "DEMO", "Home", "admin", Set.of(), """
                    <h1>デモスペースへようこそ</h1>
                    <p>このスペースは Kakehashi サンドボックスのデモです。部署を越えた<strong>協力</strong>と
                    <em>ナレッジ共有</em>の例を載せています。</p>
                    <ac:structured-macro ac:name="info" ac:schema-version="1">
                      <ac:parameter ac:name="title">はじめに</ac:parameter>
                      <ac:rich-text-body><p>デモユーザーのパスワードはユーザー名と同じです。</p></ac:rich-text-body>
                    </ac:structured-macro>
                    <h2>ページ</h2>
                    <ul>
                      <li><ac:link><ri:page ri:content-title="チーム紹介"/></ac:link></li>
                      <li><ac:link><ri:page ri:content-title="ナレッジ共有のすすめ"/></ac:link></li>
                      <li><ac:link><ri:page ri:content-title="サンクスウォール"/></ac:link></li>
                    </ul>
                    """),
            new DemoPage(65538, "DEMO", "チーム紹介", "yoshida", Set.of(), """
                    <p>各部署の担当者です。困ったときは気軽に声をかけてください。</p>
                    <table><tbody>
                      <tr><th>部署</th><th>担当者</th></tr>
                      <tr><td>営業</td><td><ac:link><ri:user ri:username="tanaka"/></ac:link>、<ac:link><ri:user ri:username="sato"/></ac:link></td></tr>
                      <tr><td>開発</td><td><ac:link><ri:user ri:username="suzuki"/></ac:link>、<ac:link><ri:user ri:username="takahashi"/></ac:link></td></tr>
                      <tr><td>マーケティング</td><td><ac:link><ri:user ri:username="ito"/></ac:link>、<ac:link><ri:user ri:username="watanabe"/></ac:link></td></tr>
                      <tr><td>カスタマーサポート</td><td><ac:link><ri:user ri:username="yamamoto"/></ac:link>、<ac:link><ri:user ri:username="nakamura"/></ac:link></td></tr>
                      <tr><td>情報システム</td><td><ac:link><ri:user ri:username="kobayashi"/></ac:link></td></tr>
                      <tr><td>経理</td><td><ac:link><ri:user ri:username="kato"/></ac:link></td></tr>
                      <tr><td>総務</td><td><ac:link><ri:user ri:username="yoshida"/></ac:link>、<ac:link><ri:user ri:username="yamada"/></ac:link></td></tr>
                    </tbody></table>
                    """),
            new DemoPage(65539, "DEMO", "ナレッジ共有のすすめ", "nakamura", Set.of(), """
                    <p>問い合わせ対応で分かったことは、その日のうちにページにまとめましょう。</p>
                    <ac:task-list>
                      <ac:task><ac:task-id>1</ac:task-id><ac:task-status>complete</ac:task-status><ac:task-body>よくある質問を 10 件まとめる</ac:task-body></ac:task>
                      <ac:task><ac:task-id>2</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>開発部とレビューする</ac:task-body></ac:task>
                    </ac:task-list>
                    <ac:structured-macro ac:name="tip" ac:schema-version="1">
                      <ac:rich-text-body><p>タイトルには製品名と症状を入れると検索しやすくなります。</p></ac:rich-text-body>
                    </ac:structured-macro>
                    """),
            new DemoPage(65540, "DEMO", "開発チームの振り返り", "suzuki", Set.of("development"), """
                    <p>今スプリントの振り返りです（開発チームと管理者のみ閲覧できます）。</p>
                    <h2>よかったこと</h2>
                    <ul><li>サポートからの問い合わせ共有で、再現手順がすぐに分かった</li></ul>
                    <h2>次に試すこと</h2>
                    <ul><li>リリース前にマーケティングとデモを見せ合う</li></ul>
                    """),
            new DemoPage(65541, "DEMO", "サンクスウォール", "yoshida", Set.of(), """
                    <p>部署を越えて届いた「ありがとう」を集めたページです。</p>
                    <ac:structured-macro ac:name="thanks-wall"><ac:parameter ac:name="size">10</ac:parameter></ac:structured-macro>
                    """),
            new DemoPage(65542, "SALES", "営業部ホーム", "sato", Set.of(), """
                    <p>営業部のスペースです（営業部と管理者のみ閲覧できます）。</p>
                    <h2>今期の重点</h2>
                    <ul><li>既存顧客への定期訪問</li><li>展示会リードの早期フォロー</li></ul>
                    """),
            new DemoPage(65543, "DEV", "開発部ホーム", "suzuki", Set.of(), """
                    <p>開発部のスペースです（開発部と管理者のみ閲覧できます）。</p>
                    <h2>リンク</h2>
                    <ul><li>リリース計画</li><li>障害対応の手順</li></ul>
                    """));

    public DemoPage {
        restrictedTo = Set.copyOf(restrictedTo);
    }

    /** The pages of a fresh sandbox, in id order. */
    public static List<DemoPage> all() {
        return ALL;
    }
}
