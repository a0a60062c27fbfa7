package dev.kakehashi.sandbox.pages;

import java.util.List;
import java.util.Optional;

/**
 * A page of the demo space DEMO, kept in Confluence storage format.
 */
public record DemoPage(String spaceKey, String title, String creator, String storage) {
    static final List<DemoPage> ALL = List.of(
            new DemoPage("DEMO", "Home", "admin", """
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
                    </ul>
                    """),
            new DemoPage("DEMO", "チーム紹介", "yoshida", """
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
            new DemoPage("DEMO", "ナレッジ共有のすすめ", "nakamura", """
                    <p>問い合わせ対応で分かったことは、その日のうちにページにまとめましょう。</p>
                    <ac:task-list>
                      <ac:task><ac:task-id>1</ac:task-id><ac:task-status>complete</ac:task-status><ac:task-body>よくある質問を 10 件まとめる</ac:task-body></ac:task>
                      <ac:task><ac:task-id>2</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>開発部とレビューする</ac:task-body></ac:task>
                    </ac:task-list>
                    <ac:structured-macro ac:name="tip" ac:schema-version="1">
                      <ac:rich-text-body><p>タイトルには製品名と症状を入れると検索しやすくなります。</p></ac:rich-text-body>
                    </ac:structured-macro>
                    """));

    static Optional<DemoPage> find(String spaceKey, String title) {
        return ALL.stream().filter(p -> p.spaceKey().equals(spaceKey) && p.title().equals(title)).findFirst();
    }
}
