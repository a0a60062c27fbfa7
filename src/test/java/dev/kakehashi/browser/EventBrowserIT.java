package dev.kakehashi.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.sandbox.Product;
import dev.kakehashi.testing.Browser;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * ito (マーケティング) creates a ランチ会 with suzuki (開発) as second organiser, invites five people personally (a
 * copy-pasted sixth is refused), opens the broadcast; tanaka says yes on the page and takahashi over REST, both appear
 * as going; yamamoto declines with a note and is thanked lightly; ito checks tanaka in and the funnel shows it. In
 * Japanese in Jira and in English in Confluence; screenshots to target/screenshots/events-*.png.
 */
public class EventBrowserIT {
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();
    @Rule
    public final Browser browser = new Browser();

    private static final String EVENTS = "/plugins/servlet/kakehashi/events";
    private static final String[] INVITEES = {"tanaka", "takahashi", "yamamoto", "kobayashi", "yoshida"};
    private static final String[] MESSAGES = {
        "田中さん、先月の展示会で営業資料を一緒に直してくれて本当に助かりました。ランチでお礼を言わせてください。",
        "Takahashi-san, your talk on the deployment pipeline was the clearest I have heard. Would you join us?",
        "山本さんのサポート窓口の工夫をもっと聞きたいです。ランチ会にいらっしゃいませんか。",
        "Kobayashi-san — the new laptop setup guide saved my team a whole day. Come and tell us how you wrote it!",
        "吉田さん、総務の引っ越し段取り、見事でした。その裏話をランチで聞かせてもらえませんか？",
    };

    private WebElement event() {
        return browser.waitFor(By.cssSelector(".kakehashi-event[data-ready=true]"));
    }

    /** Fills a field with the script (the pickers and datetime inputs take typed text differently by browser). */
    private void set(WebElement form, String name, String value) {
        browser.script("arguments[0].elements[arguments[1]].value = arguments[2];", form, name, value);
    }

    /** Submits a form that reloads the page once saved, and waits for the new page. */
    private void submitAndReload(WebElement form) {
        browser.script("window.kakehashiBeforeReload = true;");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUntil(d -> browser.script("return window.kakehashiBeforeReload === undefined;") == Boolean.TRUE);
    }

    private void lunch(Product product, String lang, String title, String refused, String going, String declined,
                       String attendees) throws Exception {
        String base = SANDBOX.host(product).baseUrl();
        browser.login(base, EVENTS, "ito", "ito");
        browser.language(base, lang);
        WebElement create = browser.waitFor(By.cssSelector(".kakehashi-events[data-ready=true] form"));
        create.findElement(By.name("title")).sendKeys(title);
        create.findElement(By.name("place")).sendKeys("本社 5F カフェ");
        set(create, "start", "2030-06-10T12:00");
        set(create, "end", "2030-06-10T13:00");
        create.findElement(By.name("gain")).sendKeys("他部署の仕事と人を知る / meet the people behind other teams");
        set(create, "organisers", "suzuki");
        browser.screenshotAt("events-create-" + lang, ".kakehashi-events-create");
        create.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/kakehashi/events/\\d+$"));
        String url = browser.driver().getCurrentUrl();
        String id = url.substring(url.lastIndexOf('/') + 1);

        for (int i = 0; i < INVITEES.length; i++) {
            WebElement invite = event().findElement(By.className("kakehashi-event-invite-form"));
            set(invite, "username", INVITEES[i]);
            invite.findElement(By.name("message")).sendKeys(MESSAGES[i]);
            submitAndReload(invite);
        }
        WebElement invite = event().findElement(By.className("kakehashi-event-invite-form"));
        set(invite, "username", "sato");
        set(invite, "message", MESSAGES[0].replace("田中", "佐藤"));
        invite.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement error = browser.waitFor(By.cssSelector(".kakehashi-event-invite-form .error[data-field=message]"));
        browser.waitUntil(d -> !error.getText().isEmpty());
        assertTrue(error.getText(), error.getText().contains(refused));
        browser.screenshotAt("events-refused-" + lang, ".kakehashi-event-invite-form");
        assertEquals(5, event().findElements(By.cssSelector(".kakehashi-event-invitations tbody tr")).size());

        WebElement announce = event().findElement(By.className("kakehashi-event-announce"));
        browser.script("window.kakehashiBeforeReload = true;");
        announce.click();
        browser.waitUntil(d -> browser.script("return window.kakehashiBeforeReload === undefined;") == Boolean.TRUE);
        assertTrue(event().findElements(By.className("kakehashi-event-announced")).size() == 1);

        browser.logout();
        browser.login(base, EVENTS + "/" + id, "tanaka", "tanaka");
        browser.language(base, lang);
        WebElement reply = event().findElement(By.className("kakehashi-event-invitation-form"));
        assertTrue(event().findElement(By.className("kakehashi-event-invitation-message")).getText()
                .contains("展示会"));
        reply.findElement(By.cssSelector("input[name=answer][value=yes]")).click();
        reply.findElement(By.name("note")).sendKeys("楽しみにしています");
        browser.screenshotAt("events-invitation-" + lang, ".kakehashi-event-invitation");
        submitAndReload(reply);
        HttpResponse<String> takahashi = SANDBOX.as(product, "takahashi").putJson("/rest/kakehashi/1.0/events/" + id
                + "/invitation", "{\"answer\":\"yes\",\"note\":\"\",\"showGoing\":true}");
        assertEquals(takahashi.body(), 200, takahashi.statusCode());

        browser.logout();
        browser.login(base, EVENTS + "/" + id, "yamamoto", "yamamoto");
        browser.language(base, lang);
        WebElement no = event().findElement(By.className("kakehashi-event-invitation-form"));
        no.findElement(By.cssSelector("input[name=answer][value=no]")).click();
        no.findElement(By.name("note")).sendKeys("その日は出張です");
        no.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement thanks = no.findElement(By.className("kakehashi-event-status"));
        browser.waitUntil(d -> thanks.getText().contains(declined));

        browser.logout();
        browser.login(base, EVENTS + "/" + id, "nakamura", "nakamura");
        browser.language(base, lang);
        WebElement readers = event();
        assertTrue(readers.getText(), readers.getText().contains(going));
        assertEquals(List.of("田中 美咲", "高橋 さくら"), readers.findElements(By.cssSelector(".kakehashi-event-going li"))
                .stream().map(WebElement::getText).toList());
        assertTrue("readers see no organisers' tools",
                readers.findElements(By.className("kakehashi-event-organise")).isEmpty());
        browser.screenshotAt("events-going-" + lang, ".kakehashi-event");

        browser.logout();
        browser.login(base, EVENTS + "/" + id, "ito", "ito");
        browser.language(base, lang);
        WebElement box = event().findElement(By.cssSelector(".kakehashi-event-checkin[value=tanaka]"));
        browser.script("window.kakehashiBeforeReload = true;");
        box.click();
        browser.waitUntil(d -> browser.script("return window.kakehashiBeforeReload === undefined;") == Boolean.TRUE);
        WebElement organiser = event();
        assertEquals(attendees, organiser.findElement(By.className("kakehashi-event-attendees")).getText());
        List<String> counts = organiser.findElements(By.cssSelector(".kakehashi-event-funnel .kakehashi-funnel-count"))
                .stream().map(WebElement::getText).toList();
        assertEquals("invited, replied, yes, attended", List.of("5", "3", "2", "1"), counts);
        assertTrue(organiser.findElement(By.className("kakehashi-event-invitations")).getText()
                .contains("その日は出張です"));
        browser.screenshotAt("events-funnel-" + lang, ".kakehashi-event-organise");
        browser.logout();
    }

    /**
     * A ランチ会 held two days ago (set up over REST: five invitees checked in, k - 1 of them answered the survey);
     * tanaka answers the survey on the page, which then shows the results, asks for a topic for next time, and sends
     * the suggested thanks to the organisers herself.
     */
    private void afterTheEvent(Product product, String lang, String thanked) throws Exception {
        String base = SANDBOX.host(product).baseUrl();
        String rest = "/rest/kakehashi/1.0/events";
        String day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).minusDays(2).toString();
        Http ito = SANDBOX.as(product, "ito");
        HttpResponse<String> created = ito.postJson(rest, "{\"title\":\"先週のランチ会 / Last week's lunch\","
                + "\"format\":\"lunch\",\"mode\":\"offline\",\"place\":\"本社 5F\",\"start\":\"" + day
                + "T12:00\",\"end\":\"" + day + "T13:00\",\"gain\":\"g\",\"organisers\":[\"suzuki\"]}");
        assertEquals(created.body(), 200, created.statusCode());
        String id = Http.json(created).get("id").asText();
        for (int i = 0; i < INVITEES.length; i++) {
            assertEquals(200, ito.postJson(rest + "/" + id + "/invitations", "{\"username\":\"" + INVITEES[i]
                    + "\",\"message\":\"" + MESSAGES[i] + "\"}").statusCode());
            assertEquals(200, ito.putJson(rest + "/" + id + "/attendance", "{\"username\":\"" + INVITEES[i]
                    + "\",\"attended\":true}").statusCode());
        }
        assertEquals(200, ito.postJson(rest + "/" + id + "/announce", "{}").statusCode());
        int k = Http.json(ito.get(rest + "/" + id + "/follow-up")).get("survey").get("minimum").asInt();
        assertTrue(k <= INVITEES.length);
        for (int i = 1; i < k; i++) {
            assertEquals(200, SANDBOX.as(product, INVITEES[i]).putJson(rest + "/" + id + "/survey",
                    "{\"worth\":4,\"connected\":5,\"again\":4}").statusCode());
        }

        browser.login(base, EVENTS + "/" + id, "tanaka", "tanaka");
        browser.language(base, lang);
        assertTrue("below k no results", event().findElements(By.className("kakehashi-event-survey-results"))
                .isEmpty());
        WebElement survey = event().findElement(By.className("kakehashi-event-survey-form"));
        for (String question : List.of("worth", "connected", "again")) {
            survey.findElement(By.cssSelector("input[name=" + question + "][value=\"5\"]")).click();
        }
        browser.screenshotAt("events-survey-" + lang, ".kakehashi-event-after");
        submitAndReload(survey);
        List<String> means = event().findElements(By.cssSelector(".kakehashi-event-survey-results .kakehashi-survey-mean"))
                .stream().map(WebElement::getText).toList();
        String connected = String.format(java.util.Locale.ROOT, "%.1f", 5.0);
        assertEquals(3, means.size());
        assertEquals(connected, means.get(1));

        WebElement topic = event().findElement(By.className("kakehashi-event-topic-form"));
        topic.findElement(By.name("text")).sendKeys("次回はオンラインでも / online next time too");
        submitAndReload(topic);
        WebElement topics = event().findElement(By.className("kakehashi-event-topics"));
        assertTrue(topics.getText(), topics.getText().contains("次回はオンラインでも"));
        assertEquals("true", topics.findElement(By.className("kakehashi-topic-vote")).getAttribute("aria-pressed"));

        WebElement thank = event().findElement(By.className("kakehashi-event-thank-form"));
        assertTrue(thank.findElement(By.name("message")).getAttribute("value").contains("先週のランチ会"));
        thank.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement sent = thank.findElement(By.className("kakehashi-event-status"));
        browser.waitUntil(d -> sent.getText().contains(thanked));
        browser.screenshotAt("events-after-" + lang, ".kakehashi-event-after");
        browser.logout();
    }

    /**
     * ito moves a lunch to another room on its page, adds tanaka (invited) to the organisers, then cancels it
     * (confirming); tanaka then sees it cancelled without a reply form.
     */
    @Test
    public void anOrganiserChangesThenCancelsTheEventOnItsPageInJapaneseInJira() throws Exception {
        String base = SANDBOX.host(Product.JIRA).baseUrl();
        Http ito = SANDBOX.as(Product.JIRA, "ito");
        HttpResponse<String> created = ito.postJson("/rest/kakehashi/1.0/events", "{\"title\":\"中止するランチ会\","
                + "\"format\":\"lunch\",\"mode\":\"offline\",\"place\":\"本社 5F\",\"start\":\"2030-07-01T12:00\","
                + "\"end\":\"2030-07-01T13:00\",\"gain\":\"g\",\"organisers\":[\"suzuki\"]}");
        assertEquals(created.body(), 200, created.statusCode());
        String id = Http.json(created).get("id").asText();
        assertEquals(200, ito.postJson("/rest/kakehashi/1.0/events/" + id + "/invitations",
                "{\"username\":\"tanaka\",\"message\":\"" + MESSAGES[0] + "\"}").statusCode());

        browser.login(base, EVENTS + "/" + id, "ito", "ito");
        browser.language(base, "ja");
        WebElement edit = event().findElement(By.className("kakehashi-event-edit-form"));
        assertEquals("本社 5F", edit.findElement(By.name("place")).getAttribute("value"));
        assertEquals("2030-07-01T12:00", edit.findElement(By.name("start")).getAttribute("value"));
        set(edit, "place", "本社 7F 会議室");
        submitAndReload(edit);
        assertEquals("本社 7F 会議室", event().findElement(By.className("kakehashi-event-place")).getText());
        WebElement organisers = event().findElement(By.className("kakehashi-event-organisers-form"));
        assertEquals("ito,suzuki", organisers.findElement(By.name("organisers")).getAttribute("value"));
        set(organisers, "organisers", "ito,suzuki,tanaka");
        submitAndReload(organisers);
        assertTrue(event().findElement(By.className("kakehashi-event-organisers")).getText().contains("田中 美咲"));
        WebElement cancel = event().findElement(By.className("kakehashi-event-cancel-form"));
        cancel.findElement(By.name("note")).sendKeys("会場が使えなくなりました");
        browser.script("window.confirm = function () { return true; };");
        submitAndReload(cancel);
        assertEquals("中止", event().findElement(By.className("kakehashi-event-cancelled-lozenge")).getText());
        assertTrue(event().findElements(By.className("kakehashi-event-cancel-form")).isEmpty());
        browser.logout();

        browser.login(base, EVENTS + "/" + id, "tanaka", "tanaka");
        browser.language(base, "ja");
        WebElement shown = event();
        assertTrue(shown.findElement(By.className("kakehashi-event-cancelled")).getText()
                .contains("会場が使えなくなりました"));
        assertTrue("no reply to a cancelled event",
                shown.findElements(By.className("kakehashi-event-invitation-form")).isEmpty());
        browser.screenshotAt("events-cancelled-ja", ".kakehashi-event");
        browser.logout();
    }

    /**
     * The administrator (English, Confluence) maps the cohort 新入社員 to the group joined-2025 on the admin page, a
     * hostile name staying text; ito (Japanese) means a private lunch for that cohort alone; after the broadcast,
     * inoue (in the cohort) finds it on the events page and sato (営業, not in it) does not.
     */
    @Test
    public void anAdministratorMapsACohortAndAPrivateEventIsMeantForItInConfluence() throws Exception {
        String base = SANDBOX.host(Product.CONFLUENCE).baseUrl();
        browser.openAs(base, "/plugins/servlet/kakehashi/admin", "admin", "admin");
        browser.language(base, "en");
        WebElement admin = browser.waitFor(By.cssSelector("#kakehashi-events-admin[data-loaded=true]"));
        assertEquals("the demo's sites and cohort", 3, admin.findElements(By.cssSelector(
                "#kakehashi-audiences tbody tr[data-audience]")).size());
        browser.waitUntil(d -> "5".equals(d.findElement(By.id("kakehashi-events-invitations"))
                .getAttribute("value")));
        WebElement form = browser.driver().findElement(By.id("kakehashi-audience-form"));
        form.findElement(By.id("kakehashi-audience-kind-cohort")).click();
        form.findElement(By.name("key")).sendKeys("new-hires");
        form.findElement(By.name("nameJa")).sendKeys("新入社員");
        form.findElement(By.name("nameEn")).sendKeys("<b>New</b> hires");
        form.findElement(By.name("hostGroup")).sendKeys("no-such-group");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement groupError = browser.waitFor(By.id("kakehashi-audience-hostGroup-error"));
        browser.waitUntil(d -> !groupError.getText().isEmpty());
        assertEquals("There is no group named no-such-group.", groupError.getText());
        form.findElement(By.name("hostGroup")).clear();
        form.findElement(By.name("hostGroup")).sendKeys("joined-2025");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        By row = By.cssSelector("#kakehashi-audiences tr[data-audience='cohort:new-hires'] td");
        browser.waitUntil(d -> !d.findElements(row).isEmpty());
        List<String> cells = browser.driver().findElements(row).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Cohort", "new-hires", "新入社員", "<b>New</b> hires", "joined-2025"), cells.subList(0, 5));
        browser.screenshotAt("events-admin-audiences-en", "#kakehashi-events-admin");
        browser.logout();

        browser.login(base, EVENTS, "ito", "ito");
        browser.language(base, "ja");
        WebElement create = browser.waitFor(By.cssSelector(".kakehashi-events[data-ready=true] form"));
        create.findElement(By.name("title")).sendKeys("新入社員ランチ");
        create.findElement(By.name("place")).sendKeys("本社 5F カフェ");
        set(create, "start", "2030-06-12T12:00");
        set(create, "end", "2030-06-12T13:00");
        create.findElement(By.name("gain")).sendKeys("ほかの部署の同期と知り合える");
        set(create, "organisers", "suzuki");
        create.findElement(By.cssSelector("input[name=audience-cohorts][value=new-hires]")).click();
        create.findElement(By.name("privateEvent")).click();
        create.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/kakehashi/events/\\d+$"));
        String url = browser.driver().getCurrentUrl();
        String id = url.substring(url.lastIndexOf('/') + 1);
        assertEquals("新入社員", event().findElement(By.className("kakehashi-event-audience")).getText());
        WebElement edit = event().findElement(By.className("kakehashi-event-edit-form"));
        assertTrue("the change form keeps the cohort ticked", edit.findElement(By.cssSelector(
                "input[name=audience-cohorts][value=new-hires]")).isSelected());
        browser.logout();
        Http ito = SANDBOX.as(Product.CONFLUENCE, "ito");
        for (int i = 0; i < INVITEES.length; i++) {
            assertEquals(200, ito.postJson("/rest/kakehashi/1.0/events/" + id + "/invitations",
                    "{\"username\":\"" + INVITEES[i] + "\",\"message\":\"" + MESSAGES[i] + "\"}").statusCode());
        }
        assertEquals(200, ito.postJson("/rest/kakehashi/1.0/events/" + id + "/announce", "{}").statusCode());

        browser.login(base, EVENTS, "inoue", "inoue");
        browser.language(base, "ja");
        browser.waitFor(By.cssSelector(".kakehashi-events[data-ready=true]"));
        assertTrue(browser.driver().findElement(By.className("kakehashi-events")).getText().contains("新入社員ランチ"));
        browser.logout();
        browser.login(base, EVENTS, "sato", "sato");
        browser.language(base, "ja");
        browser.waitFor(By.cssSelector(".kakehashi-events[data-ready=true]"));
        assertTrue(!browser.driver().findElement(By.className("kakehashi-events")).getText().contains("新入社員ランチ"));
        browser.logout();
    }

    /**
     * In Confluence, in Japanese: ito prepares the lunch with suzuki as a request in Jira from the event's page (a
     * project Jira does not have is refused on the field); the request's key and step appear, and suzuki sees them.
     */
    @Test
    public void theOrganisersPrepareTheEventInJiraFromItsPageInConfluence() throws Exception {
        String base = SANDBOX.host(Product.CONFLUENCE).baseUrl();
        HttpResponse<String> created = SANDBOX.as(Product.CONFLUENCE, "ito").postJson("/rest/kakehashi/1.0/events",
                "{\"title\":\"準備から一緒のランチ会\",\"format\":\"lunch\",\"mode\":\"offline\","
                + "\"place\":\"本社 5F\",\"start\":\"2030-07-02T12:00\",\"end\":\"2030-07-02T13:00\","
                + "\"gain\":\"g\",\"organisers\":[\"suzuki\"]}");
        assertEquals(created.body(), 200, created.statusCode());
        String id = Http.json(created).get("id").asText();

        browser.login(base, EVENTS + "/" + id, "ito", "ito");
        browser.language(base, "ja");
        WebElement section = browser.waitFor(By.cssSelector(".kakehashi-event-preparation[data-ready=true]"));
        assertEquals("一緒に準備する", section.findElement(By.tagName("h3")).getText());
        WebElement form = section.findElement(By.className("kakehashi-event-preparation-form"));
        form.findElement(By.name("projectKey")).sendKeys("NOPE");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement error = form.findElement(By.cssSelector(".error[data-field=projectKey]"));
        browser.waitUntil(d -> !error.getText().isEmpty());
        assertEquals("true", form.findElement(By.name("projectKey")).getAttribute("aria-invalid"));
        form.findElement(By.name("projectKey")).clear();
        form.findElement(By.name("projectKey")).sendKeys("COLLAB");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement link = section.findElement(By.className("kakehashi-event-preparation-link"));
        browser.waitUntil(d -> link.getText().startsWith("COLLAB-"));
        assertTrue(link.getAttribute("href"), link.getAttribute("href").endsWith("/browse/" + link.getText()));
        assertEquals("ステップ 1：依頼を定義",
                section.findElement(By.className("kakehashi-event-preparation-state")).getText());
        assertTrue("the form is gone once made", !form.isDisplayed());
        browser.screenshotAt("events-preparation-ja", ".kakehashi-event-preparation");
        String key = link.getText();
        browser.logout();

        browser.login(base, EVENTS + "/" + id, "suzuki", "suzuki");
        browser.language(base, "ja");
        WebElement seen = browser.waitFor(By.cssSelector(".kakehashi-event-preparation[data-ready=true]"));
        assertEquals(key, seen.findElement(By.className("kakehashi-event-preparation-link")).getText());
        browser.logout();
    }

    @Test
    public void afterTheEventInJapaneseInJira() throws Exception {
        afterTheEvent(Product.JIRA, "ja", "ありがとうを送りました");
    }

    @Test
    public void afterTheEventInEnglishInConfluence() throws Exception {
        afterTheEvent(Product.CONFLUENCE, "en", "Thanks sent");
    }

    @Test
    public void itoInvitesPersonallyThenAnnouncesInJapaneseInJira() throws Exception {
        lunch(Product.JIRA, "ja", "部署をこえたランチ会", "% 同じです", "参加予定", "お知らせありがとうございます", "参加者：1 人");
    }

    @Test
    public void itoInvitesPersonallyThenAnnouncesInEnglishInConfluence() throws Exception {
        lunch(Product.CONFLUENCE, "en", "Cross-team lunch", "% the same as an earlier invitation", "Going",
                "Thank you for letting us know", "Attendees: 1");
    }
}
