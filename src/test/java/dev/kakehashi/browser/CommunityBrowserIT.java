package dev.kakehashi.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.testing.Browser;
import dev.kakehashi.testing.SandboxPair;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * tanaka (営業) starts a pilot community in Jira with takahashi (開発) as the other leader and yoshida as sponsor, and
 * asks for official recognition; the sponsor, 営業's head (its other contact, sato) and 開発's head (suzuki) approve it
 * on the page, and the "counts as work" note appears. ito (マーケティング) never sees the pilot. In Japanese and in
 * English; screenshots to target/screenshots/community-*.png.
 */
public class CommunityBrowserIT {
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();
    @Rule
    public final Browser browser = new Browser();

    private static final String LIST = "/plugins/servlet/kakehashi/communities";

    private WebElement community() {
        return browser.waitFor(By.cssSelector(".kakehashi-community[data-ready=true]"));
    }

    private void as(String user, String path, String lang) {
        String base = SANDBOX.jira().baseUrl();
        browser.logout();
        browser.login(base, path, user, user);
        browser.language(base, lang);
    }

    private void approveAs(String user, String path, String lang) {
        as(user, path, lang);
        community().findElement(By.cssSelector("[data-action='recognition/approval']")).click();
        browser.waitUntil(d -> {
            try {
                return community().findElements(By.cssSelector("[data-action='recognition/approval']")).isEmpty();
            } catch (RuntimeException stale) {
                return false;
            }
        });
    }

    private void startsAndRecognises(String lang, String key, String name, String pilotState, String note)
            throws Exception {
        String base = SANDBOX.jira().baseUrl();
        browser.login(base, "/secure/Dashboard.jspa", "tanaka", "tanaka");
        browser.language(base, lang);
        browser.waitFor(By.id("kakehashi-communities-link")).click();
        WebElement form = browser.waitFor(By.cssSelector(".kakehashi-community-list[data-ready=true] form"));
        form.findElement(By.name("key")).sendKeys(key);
        form.findElement(By.name("nameJa")).sendKeys("英会話部 <b>x</b>");
        form.findElement(By.name("nameEn")).sendKeys("English club");
        form.findElement(By.name("purpose")).sendKeys("部署を越えて英語で話す機会をつくる");
        form.findElement(By.name("rules")).sendKeys("相手を尊重する。業務の秘密は話さない。");
        form.findElement(By.name("logo")).sendKeys("🗣");
        form.findElement(By.name("themes")).sendKeys("英会話, ランチ会");
        browser.script("arguments[0].value = 'yoshida';", form.findElement(By.name("sponsor")));
        WebElement leaders = form.findElement(By.name("leaders"));
        leaders.sendKeys("高橋");
        browser.waitUntil(d -> d.findElements(By.cssSelector("[role=option]")).stream()
                .anyMatch(o -> o.getText().contains("高橋")));
        browser.driver().findElements(By.cssSelector("[role=option]")).stream()
                .filter(o -> o.getText().contains("高橋")).findFirst().orElseThrow().click();
        browser.screenshotAt("community-create-" + lang, ".kakehashi-community-create");
        form.findElement(By.className("kakehashi-community-create-button")).click();

        browser.waitUntil(d -> d.getCurrentUrl().endsWith(LIST + "/" + key));
        WebElement c = community();
        assertEquals(name, c.findElement(By.tagName("h2")).getText());
        assertTrue("the name is text, not markup", c.findElements(By.cssSelector("h2 b")).isEmpty());
        assertEquals(pilotState, c.findElement(By.className("kakehashi-community-state")).getAttribute("textContent"));
        assertTrue(c.getText(), c.getText().contains("高橋 さくら"));
        c.findElement(By.cssSelector("[data-action='recognition']")).click();
        browser.waitUntil(d -> {
            try {
                return !community().findElements(By.className("kakehashi-community-parts")).isEmpty();
            } catch (RuntimeException stale) {
                return false;
            }
        });
        assertEquals(3, community().findElements(By.cssSelector(".kakehashi-community-parts li")).size());
        assertTrue("a leader does not approve",
                community().findElements(By.cssSelector("[data-action='recognition/approval']")).isEmpty());

        String path = LIST + "/" + key;
        as("ito", path, lang);
        assertTrue(browser.waitFor(By.className("kakehashi-community")).getText().length() > 0);
        assertTrue("an outsider does not see the pilot",
                browser.driver().findElements(By.cssSelector(".kakehashi-community h2")).isEmpty());

        approveAs("yoshida", path, lang);
        approveAs("sato", path, lang);
        approveAs("suzuki", path, lang);
        WebElement recognised = community();
        assertEquals(3, recognised.findElements(By.cssSelector(".kakehashi-community-parts li[data-approved=true]"))
                .size());
        assertEquals(note, recognised.findElement(By.className("kakehashi-community-counts-as-work")).getText());
        browser.screenshotAt("community-recognised-" + lang, ".kakehashi-community");
    }

    @Test
    public void tanakaStartsAPilotAndTheSponsorAndBothHeadsRecogniseItInJapanese() throws Exception {
        startsAndRecognises("ja", "eikaiwa-ja", "英会話部 <b>x</b>", "パイロット (クローズド)",
                "業務として認められた活動です (公認コミュニティ)。");
    }

    @Test
    public void tanakaStartsAPilotAndTheSponsorAndBothHeadsRecogniseItInEnglish() throws Exception {
        startsAndRecognises("en", "eikaiwa-en", "English club", "Pilot (closed)",
                "Officially recognised: taking part counts as work.");
    }

    @Test
    public void theSponsorAloneSeesTheFirstPinFinderAndAMemberJoinsWithTheRules() throws Exception {
        String path = LIST + "/reading-circle";
        as("yamada", path, "en");
        WebElement finder = community().findElement(By.className("kakehashi-community-pin-finder"));
        assertTrue(finder.getText(), finder.getText().contains("only you see this"));
        finder.findElements(By.className("kakehashi-community-candidates")).forEach(list ->
                assertTrue("at most two per department", list.findElements(By.tagName("li")).size() <= 2));
        browser.screenshotAt("community-pins-en", ".kakehashi-community-pin-finder");

        as("kobayashi", path, "ja");
        WebElement c = community();
        assertTrue("only the sponsor sees the finder",
                c.findElements(By.className("kakehashi-community-pin-finder")).isEmpty());
        c.findElement(By.className("kakehashi-community-join-button")).click();
        browser.waitUntil(d -> {
            try {
                return !community().findElement(By.className("kakehashi-form-errors")).getText().isEmpty();
            } catch (RuntimeException stale) {
                return false;
            }
        });
        assertEquals("現在のルールに同意しないと参加できません", "参加するには現在のルールに同意してください。",
                community().findElement(By.className("kakehashi-form-errors")).getText());
        community().findElement(By.name("acknowledge")).click();
        community().findElement(By.className("kakehashi-community-join-button")).click();
        browser.waitUntil(d -> {
            try {
                return !community().findElements(By.className("kakehashi-community-board-form")).isEmpty();
            } catch (RuntimeException stale) {
                return false;
            }
        });
        assertEquals("メンバー 5 人", community().findElement(By.className("kakehashi-community-members")).getText());
    }
}
