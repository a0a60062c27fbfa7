package dev.kakehashi.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.testing.Browser;
import dev.kakehashi.testing.SandboxPair;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Demo users create each knowledge-sharing page from Confluence's Create dialog, in Japanese and in English, and get
 * a complete page with its labels in the log of its kind; a results page started from a collaboration request in
 * Jira is filled in from the request, links back to it, is listed in the space's learnings log and is recorded on
 * the request.
 */
public class KnowledgeBrowserIT {
    private static final String PLUGIN = "dev.kakehashi.kakehashi";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();
    @Rule
    public final Browser browser = new Browser();

    private String confluence() {
        return SANDBOX.confluence().baseUrl();
    }

    /** What a test types into one wizard. */
    private record Wizard(String kind, String title, List<String> departments, String summary, String request) {
    }

    /** Opens the Create dialog from the header and the wizard of one blueprint. */
    private WebElement openWizard(String kind) throws java.io.IOException {
        return openWizard(kind, null);
    }

    /** Opens the Create dialog, takes a picture of its list when named, and opens the blueprint's wizard. */
    private WebElement openWizard(String kind, String screenshot) throws java.io.IOException {
        browser.waitFor(By.id("create-page-button")).click();
        browser.waitFor(By.cssSelector("#create-dialog-items[data-ready=true]"));
        if (screenshot != null) {
            browser.screenshot(screenshot);
        }
        browser.driver().findElement(By.cssSelector("#create-dialog input[data-blueprint-key='" + PLUGIN + ":" + kind
                + "-blueprint']")).click();
        browser.driver().findElement(By.id("create-dialog-create")).click();
        return wizardForm(kind);
    }

    private WebElement wizardForm(String kind) {
        WebElement form = browser.waitFor(By.cssSelector(".kakehashi-blueprint-form[data-kind='" + kind + "']"));
        browser.waitFor(By.cssSelector(".kakehashi-blueprint-department-list[data-ready=true]"));
        return form;
    }

    private void fill(WebElement form, Wizard w) {
        WebElement title = form.findElement(By.name("title"));
        title.clear();
        title.sendKeys(w.title());
        for (String department : w.departments()) {
            WebElement box = form.findElement(By.cssSelector("input[name=kakehashiDepartment][value='" + department + "']"));
            if (!box.isSelected()) {
                box.click();
            }
        }
        if (w.summary() != null) {
            form.findElement(By.name("kakehashiSummary")).sendKeys(w.summary());
        }
        if (w.request() != null) {
            WebElement request = form.findElement(By.name("kakehashiRequest"));
            request.clear();
            request.sendKeys(w.request());
        }
    }

    /** Creates the draft from the wizard, checks the editor shows the template, publishes, lands on the page. */
    private void createAndPublish(String expectedGuidance) {
        browser.driver().findElement(By.id("create-dialog-create")).click();
        WebElement editor = browser.waitFor(By.id("wysiwygTextarea"));
        String storage = editor.getAttribute("value");
        assertTrue(storage, storage.contains("<ac:placeholder>" + expectedGuidance + "</ac:placeholder>"));
        browser.waitFor(By.cssSelector("[data-draft-id]"));
        browser.driver().findElement(By.id("rte-button-publish")).click();
        browser.waitFor(By.id("title-text"));
    }

    private List<String> headings() {
        return browser.driver().findElements(By.cssSelector("#main-content h2")).stream().map(WebElement::getText)
                .toList();
    }

    private List<String> labels() {
        return browser.driver().findElements(By.cssSelector("#labels-section .aui-label")).stream()
                .map(WebElement::getText).toList();
    }

    private String content() {
        return browser.driver().findElement(By.id("main-content")).getText();
    }

    /**
     * The community page from the Create dialog, in Japanese: without a community the wizard stays open; with 読書会
     * chosen and no title, the page is named after it and shows the community and the sections to fill.
     */
    @Test
    public void aCommunityPageIsWrittenFromTheCreateDialogInJapanese() throws Exception {
        browser.login(confluence(), "/display/DEMO/Home", "ito", "ito");
        browser.language(confluence(), "ja");
        browser.waitFor(By.id("create-page-button")).click();
        browser.waitFor(By.cssSelector("#create-dialog-items[data-ready=true]"));
        browser.driver().findElement(By.cssSelector("#create-dialog input[data-blueprint-key='" + PLUGIN
                + ":community-page-blueprint']")).click();
        browser.driver().findElement(By.id("create-dialog-create")).click();
        WebElement form = browser.waitFor(By.cssSelector(".kakehashi-blueprint-form[data-kind='community-page']"
                + "[data-ready=true]"));
        browser.driver().findElement(By.id("create-dialog-create")).click();
        assertEquals("true", form.findElement(By.name("kakehashiCommunity")).getAttribute("aria-invalid"));
        new org.openqa.selenium.support.ui.Select(form.findElement(By.name("kakehashiCommunity")))
                .selectByValue("reading-circle");
        browser.screenshot("confluence-community-wizard-ja");
        createAndPublish("参加して得られることを一、二文で書き足してください。");
        assertEquals("読書会", browser.driver().findElement(By.id("title-text")).getText());
        assertEquals(List.of("私たちが集まる理由", "テーマ", "次回の予定", "参加のしかた", "メンバーの成果"),
                headings().subList(headings().size() - 5, headings().size()));
        assertTrue(labels().toString(), labels().containsAll(List.of("kakehashi-community",
                "kakehashi-community-reading-circle")));
        browser.waitFor(By.cssSelector("#main-content .kakehashi-community"));
    }

    @Test
    public void eachBlueprintMakesACompletePageInJapanese() throws Exception {
        browser.login(confluence(), "/display/DEMO/Home", "tanaka", "tanaka");
        browser.language(confluence(), "ja");

        WebElement form = openWizard("results", "confluence-create-dialog-ja");
        assertEquals("成果と学びを共有する", browser.driver().findElement(By.id("create-dialog-heading")).getText());
        assertTrue(browser.driver().findElement(By.cssSelector(".sandbox-wizard-description")).getText()
                .contains("一度書けば、誰でも見つけられる"));
        form.findElement(By.name("title")).clear();
        form.findElement(By.name("kakehashiRequest")).sendKeys("COLLAB 1");
        browser.driver().findElement(By.id("create-dialog-create")).click();
        assertFalse("problems keep the dialog open", form.findElement(By.className("kakehashi-form-errors"))
                .getAttribute("hidden") != null);
        assertEquals("true", form.findElement(By.name("title")).getAttribute("aria-invalid"));
        assertEquals("部署を 2 つ以上選んでください。", form.findElement(By.cssSelector(
                ".error[data-field=kakehashiDepartments]")).getText());
        assertTrue(form.findElement(By.cssSelector(".error[data-field=kakehashiRequest]")).getText()
                .contains("COLLAB-12"));

        fill(form, new Wizard("results", "成果と学び: 機能要望の月次共有", List.of("sales", "development"),
                "要望 10 件を開発部と共有", "collab-1"));
        browser.screenshot("confluence-create-wizard-ja");
        createAndPublish("取り組んだ手順を数行で。");
        assertEquals("成果と学び: 機能要望の月次共有", browser.driver().findElement(By.id("title-text")).getText());
        assertEquals(List.of("目的と、つながる事業目標", "関わった人", "やったこと", "成果（数字で）",
                "うまくいかなかったことと、その理由", "学び", "次の一歩", "感謝を伝えたい人"), headings());
        assertTrue(content(), content().contains("商談で聞いた機能要望が営業の中で止まっており"));
        assertTrue(content().contains("要望 10 件を開発部と共有"));
        assertFalse("guidance is for the editor only", content().contains("取り組んだ手順を数行で。"));
        WebElement request = browser.driver().findElement(By.cssSelector("#main-content a[href$='/browse/COLLAB-1']"));
        assertEquals("COLLAB-1", request.getText());
        assertTrue(browser.driver().findElements(By.cssSelector(".kakehashi-thanks-people-button[data-username=suzuki]"))
                .size() == 1);
        assertEquals(List.of("kakehashi-dept-development", "kakehashi-dept-sales", "kakehashi-request-collab-1",
                "kakehashi-results"), labels());

        browser.driver().findElement(By.cssSelector(".kakehashi-thanks-people-button[data-username=suzuki]")).click();
        WebElement thanksForm = browser.waitFor(By.cssSelector(".kakehashi-thanks-form"));
        boolean suggested = thanksForm.findElements(By.cssSelector("input[name=suggested][value=suzuki]")).stream()
                .anyMatch(WebElement::isSelected);
        assertTrue("the thanks form names suzuki", suggested
                || thanksForm.findElement(By.name("others")).getAttribute("value").contains("suzuki"));

        form = openWizard("owwh-plan");
        fill(form, new Wizard("owwh-plan", "問い合わせ窓口を一本化する計画", List.of("support"),
                "問い合わせの一次回答を 24 時間以内にする", null));
        createAndPublish("それぞれの人に伝えること: 目的、その人の役割、その人にとっての利点。");
        assertEquals(List.of("Objective: 実現したいこと", "Who: 最初に巻き込む人", "What: 伝えること", "How: 施策"),
                headings());
        assertTrue(content().contains("問い合わせの一次回答を 24 時間以内にする"));
        assertTrue(labels().contains("kakehashi-owwh-plan"));

        form = openWizard("meeting-notes");
        assertTrue(form.findElement(By.name("title")).getAttribute("value").startsWith("部署間ミーティング "));
        form.findElement(By.name("title")).sendKeys(" 展示会");
        fill(form, new Wizard("meeting-notes", form.findElement(By.name("title")).getAttribute("value"),
                List.of("sales", "marketing"), null, null));
        createAndPublish("議題を 1 行に 1 つ、必要な時間とともに。");
        assertEquals(List.of("部署と参加者", "アジェンダ（事前共有）", "決定事項と担当者", "アクションアイテム"), headings());
        assertEquals(2, browser.driver().findElements(By.cssSelector("#main-content .inline-task-list li")).size());
        assertTrue(labels().containsAll(List.of("kakehashi-meeting-notes", "kakehashi-dept-marketing")));

        browser.open(confluence() + "/display/DEMO/" + java.net.URLEncoder.encode("成果と学び: 問い合わせ上位 10 件の再現手順",
                "UTF-8").replace("+", "%20"));
        assertTrue("the demo results page, written by its author", content().contains("開発部への確認依頼は月 24 件から 6 件に減りました。"));
        browser.screenshotAt("confluence-results-page-ja", "#main-content");

        browser.open(confluence() + "/display/DEMO/" + java.net.URLEncoder.encode("学びの記録", "UTF-8"));
        WebElement log = browser.waitFor(By.cssSelector(".kakehashi-knowledge-log[data-ready=true]"));
        assertEquals("the newest first", "成果と学び: 機能要望の月次共有",
                log.findElement(By.className("kakehashi-knowledge-title")).getText());
        int all = log.findElements(By.className("kakehashi-knowledge-row")).size();
        assertTrue("the demo results pages are there too", all >= 3);
        for (String[] filter : List.of(new String[] {"support", "カスタマーサポート"}, new String[] {"sales", "営業"})) {
            new Select(log.findElement(By.className("kakehashi-knowledge-department"))).selectByValue(filter[0]);
            browser.waitUntil(d -> log.getAttribute("aria-busy") == null
                    && log.findElements(By.className("kakehashi-knowledge-row")).size() < all);
            List<String> departments = log.findElements(By.className("kakehashi-knowledge-departments")).stream()
                    .map(WebElement::getText).toList();
            assertFalse(departments.isEmpty());
            assertTrue(departments.toString(), departments.stream().allMatch(d -> d.contains(filter[1])));
        }
        assertTrue(log.getText().contains("成果と学び: 機能要望の月次共有"));
        assertFalse("a sales page, not the support one", log.getText().contains("問い合わせ上位 10 件"));
        browser.screenshotAt("confluence-learnings-log-ja", ".kakehashi-knowledge-log");
        log.findElement(By.cssSelector(".kakehashi-knowledge-create a")).click();
        wizardForm("results");
    }

    @Test
    public void eachBlueprintMakesACompletePageInEnglish() throws Exception {
        browser.login(confluence(), "/display/DEMO/Home", "sato", "sato");
        browser.language(confluence(), "en");
        Map<String, List<String>> sections = Map.of(
                "results", List.of("Purpose and the business objective it serves", "Who was involved", "What we did",
                        "Outcome, with figures", "What did not work, and why", "Learnings", "Next step", "Who to thank"),
                "owwh-plan", List.of("Objective: what we want to achieve", "Who: the first people to involve",
                        "What: what to tell them", "How: the measures"),
                "meeting-notes", List.of("Departments and attendees", "Agenda, shared in advance",
                        "Decisions and their owners", "Action items"));
        for (String kind : List.of("results", "owwh-plan", "meeting-notes")) {
            WebElement form = openWizard(kind);
            fill(form, new Wizard(kind, "English " + kind, List.of("sales", "accounting"),
                    kind.equals("meeting-notes") ? null : "Quotes approved in one day", null));
            createAndPublish(kind.equals("results") ? "The steps we took, in a few lines."
                    : kind.equals("owwh-plan") ? "One measure per line: what, who, by when."
                    : "What was decided?");
            assertEquals(kind, sections.get(kind), headings());
            assertTrue(kind, content().contains("Sales, Accounting"));
            assertTrue(labels().containsAll(List.of("kakehashi-" + kind, "kakehashi-dept-accounting")));
            if (kind.equals("owwh-plan")) {
                browser.screenshotAt("confluence-owwh-plan-en", "#main-content");
            }
        }
        browser.open(confluence() + "/label/DEMO/kakehashi-dept-accounting");
        List<String> labelled = browser.driver().findElements(By.cssSelector("#label-pages a")).stream()
                .map(WebElement::getText).collect(Collectors.toList());
        assertTrue(labelled.toString(), labelled.containsAll(List.of("English results", "English owwh-plan",
                "English meeting-notes")));
    }

    @Test
    public void aResultsPageStartedFromARequestInJiraLinksBackIsLoggedAndIsRecordedOnTheRequest() throws Exception {
        String jira = SANDBOX.jira().baseUrl();
        browser.login(jira, "/browse/COLLAB-5", "tanaka", "tanaka");
        browser.language(jira, "ja");
        browser.waitFor(By.cssSelector(".kakehashi-request[data-ready=true]"));
        browser.driver().findElement(By.id("kakehashi-request-share-confluence")).click();
        browser.waitUntil(d -> !d.findElements(By.id("login-form-username")).isEmpty()
                || !d.findElements(By.id("kakehashi-knowledge-share-form")).isEmpty());
        if (!browser.driver().findElements(By.id("login-form-username")).isEmpty()) {
            browser.type(By.id("login-form-username"), "tanaka");
            browser.type(By.id("login-form-password"), "tanaka");
            browser.driver().findElement(By.id("login-form-submit")).click();
        }
        WebElement share = browser.waitFor(By.id("kakehashi-knowledge-share-form"));
        assertTrue(browser.driver().findElement(By.className("kakehashi-knowledge-share-request")).getText()
                .contains("COLLAB-5 請求書送付先の変更連絡を一本化する"));
        new Select(share.findElement(By.id("kakehashi-knowledge-share-space"))).selectByValue("DEMO");
        share.findElement(By.id("kakehashi-knowledge-share-continue")).click();

        WebElement form = wizardForm("results");
        assertEquals("COLLAB-5", form.findElement(By.name("kakehashiRequest")).getAttribute("value"));
        assertEquals("left empty: named after the request on the server, as from the Create dialog", "",
                form.findElement(By.name("title")).getAttribute("value"));
        assertTrue(form.findElement(By.cssSelector("input[name=kakehashiDepartment][value=accounting]")).isSelected());
        assertTrue(form.findElement(By.cssSelector("input[name=kakehashiDepartment][value=sales]")).isSelected());
        form.findElement(By.name("kakehashiSummary")).sendKeys("請求書の再発行が月 4 件から 0 件に");
        createAndPublish("取り組んだ手順を数行で。");
        String pageUrl = browser.driver().getCurrentUrl();
        assertTrue(content().contains("取引先の請求書送付先の変更が営業経由で口頭で届き"));
        browser.driver().findElement(By.cssSelector("#main-content a[href$='/browse/COLLAB-5']"));

        browser.open(confluence() + "/display/DEMO/" + java.net.URLEncoder.encode("学びの記録", "UTF-8"));
        WebElement row = browser.waitFor(By.cssSelector(".kakehashi-knowledge-log .kakehashi-knowledge-row"));
        assertEquals("成果と学び: 請求書送付先の変更連絡を一本化する",
                row.findElement(By.className("kakehashi-knowledge-title")).getText());
        assertEquals("請求書の再発行が月 4 件から 0 件に", row.findElement(By.className("kakehashi-knowledge-summary")).getText());
        assertEquals("COLLAB-5", row.findElement(By.cssSelector(".kakehashi-knowledge-request a")).getText());
        assertTrue("recorded on the request", row.findElements(By.className("kakehashi-knowledge-link-problem"))
                .isEmpty());

        browser.open(jira + "/browse/COLLAB-5");
        WebElement panel = browser.waitFor(By.cssSelector(".kakehashi-request[data-ready=true]"));
        WebElement page = panel.findElement(By.cssSelector(".kakehashi-request-result-pages a"));
        assertEquals("成果と学び: 請求書送付先の変更連絡を一本化する", page.getText());
        assertEquals(pageUrl.replaceAll("&.*", ""), page.getAttribute("href"));
        assertEquals(page.getAttribute("href"), panel.findElement(By.cssSelector(".kakehashi-request-result a"))
                .getAttribute("href"));
        assertTrue(panel.findElement(By.className("kakehashi-request-history")).getAttribute("textContent")
                .contains("成果ページ「成果と学び: 請求書送付先の変更連絡を一本化する」を共有しました"));
        browser.screenshotAt("jira-request-results-page-ja", ".kakehashi-request-result-pages");
    }
}
