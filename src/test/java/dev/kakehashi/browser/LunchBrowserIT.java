package dev.kakehashi.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.demo.DemoLunch;
import dev.kakehashi.testing.Browser;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The administrator forms three rounds of the demo programme (thirty people across seven departments) on the lunch
 * page, in Japanese in Jira and in English in Confluence: every round keeps every rule, and no pair meets twice
 * (checked on each person's own groups). A person sees their own next group with its conversation starter and joins
 * or leaves a programme on the page.
 */
public class LunchBrowserIT {
    private static final String PAGE = "/plugins/servlet/kakehashi/lunch";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();
    @Rule
    public final Browser browser = new Browser();

    private WebElement page() {
        return browser.waitFor(By.cssSelector(".kakehashi-lunch[data-ready=true]"));
    }

    private static String wednesday(int weeksAhead) {
        LocalDate day = LocalDate.now().plusDays(1);
        while (day.getDayOfWeek() != DayOfWeek.WEDNESDAY) {
            day = day.plusDays(1);
        }
        return day.plusWeeks(weeksAhead).toString();
    }

    private void threeRounds(Product product, String lang, String programmeName, String clean, String starter,
                             String ask) throws Exception {
        String base = SANDBOX.host(product).baseUrl();
        browser.openAs(base, PAGE + "?manage=true", "admin", "admin");
        browser.language(base, lang);
        page();
        for (int week = 0; week < 3; week++) {
            String day = wednesday(week);
            WebElement admin = browser.waitFor(By.cssSelector(".kakehashi-lunch[data-ready=true] "
                    + ".kakehashi-lunch-admin-programme[data-programme='" + DemoLunch.PROGRAMME + "']"));
            assertTrue(admin.getText(), admin.getText().contains(programmeName));
            WebElement date = admin.findElement(By.name("date"));
            browser.script("arguments[0].value = arguments[1];", date, day);
            admin.findElement(By.className("kakehashi-lunch-run")).click();
            int rounds = week + 1;
            browser.waitUntil(d -> d.findElements(By.cssSelector(".kakehashi-lunch[data-ready=true] "
                    + ".kakehashi-lunch-figures tbody tr")).size() == rounds);
        }
        WebElement figures = browser.waitFor(By.className("kakehashi-lunch-figures"));
        List<WebElement> rows = figures.findElements(By.cssSelector("tbody tr"));
        assertEquals(3, rows.size());
        for (WebElement row : rows) {
            assertTrue(row.getText(), row.getText().contains("30"));
            assertEquals(clean, row.findElement(By.className("kakehashi-lunch-notes")).getText());
        }
        browser.screenshotAt("lunch-admin-" + lang, ".kakehashi-lunch-figures");

        Set<String> pairs = new HashSet<>();
        for (String username : DemoLunch.PEOPLE) {
            JsonNode mine = Http.json(SANDBOX.as(product, username).get("/rest/kakehashi/1.0/lunch/mine"));
            assertEquals(3, mine.size());
            for (JsonNode round : mine) {
                for (JsonNode member : round.get("members")) {
                    String other = member.get("username").asText();
                    if (username.compareTo(other) < 0) {
                        assertTrue(product + ": " + username + " and " + other + " met twice",
                                pairs.add(username + "+" + other));
                    }
                }
            }
        }
        assertTrue("thirty people in groups of four and three make 42 pairs a round",
                pairs.size() >= 3 * 39);

        browser.logout();
        browser.openAs(base, PAGE, "tanaka", "tanaka");
        browser.language(base, lang);
        WebElement tanaka = page();
        WebElement next = tanaka.findElement(By.className("kakehashi-lunch-upcoming"));
        assertEquals(3, next.findElements(By.className("kakehashi-lunch-round")).size());
        assertTrue(next.getText(), next.getText().contains(starter));
        assertTrue("a lunch not held yet asks nothing", next.findElements(By.className("kakehashi-lunch-answer"))
                .isEmpty());
        assertFalse(tanaka.getText().contains(ask));
        assertTrue("no administration for tanaka",
                tanaka.findElements(By.className("kakehashi-lunch-admin-programme")).isEmpty());
        browser.screenshotAt("lunch-my-groups-" + lang, ".kakehashi-lunch-upcoming");
        browser.logout();
    }

    /** The administrator changes a programme's site and pauses it on the page, in Japanese. */
    @Test
    public void anAdministratorChangesAndPausesAProgrammeOnThePage() throws Exception {
        String base = SANDBOX.host(Product.JIRA).baseUrl();
        java.net.http.HttpResponse<String> created = SANDBOX.as(Product.JIRA, "admin").postJson(
                "/rest/kakehashi/1.0/lunch/programmes", "{\"key\":\"osaka-lunch\",\"nameEn\":\"Osaka lunch\","
                        + "\"nameJa\":\"大阪ランチ\",\"site\":\"大阪\",\"cadence\":\"weekly\",\"weekday\":\"thursday\","
                        + "\"startsOn\":\"" + LocalDate.now() + "\",\"groupSize\":4,\"minDepartments\":2,"
                        + "\"avoidRounds\":3,\"active\":true}");
        assertTrue(created.body(), created.statusCode() == 200 || created.statusCode() == 201);
        browser.openAs(base, PAGE + "?manage=true", "admin", "admin");
        browser.language(base, "ja");
        WebElement edit = browser.waitFor(By.cssSelector(".kakehashi-lunch[data-ready=true] "
                + ".kakehashi-lunch-admin-programme[data-programme='osaka-lunch'] .kakehashi-lunch-programme-edit"));
        assertEquals("thursday", edit.findElement(By.name("weekday")).getAttribute("value"));
        assertTrue(edit.findElement(By.name("active")).isSelected());
        WebElement site = edit.findElement(By.name("site"));
        site.clear();
        site.sendKeys("大阪支社 3F");
        edit.findElement(By.name("active")).click();
        browser.script("window.kakehashiBeforeReload = true;");
        edit.findElement(By.className("kakehashi-lunch-save")).click();
        browser.waitUntil(d -> browser.script("return window.kakehashiBeforeReload === undefined;") == Boolean.TRUE);
        WebElement section = browser.waitFor(By.cssSelector(".kakehashi-lunch[data-ready=true] "
                + ".kakehashi-lunch-admin-programme[data-programme='osaka-lunch']"));
        assertTrue(section.getText(), section.findElement(By.tagName("h3")).getText().contains("停止中"));
        JsonNode saved = Http.json(SANDBOX.as(Product.JIRA, "admin").get("/rest/kakehashi/1.0/lunch/programmes"));
        JsonNode osaka = null;
        for (JsonNode p : saved) {
            if (p.get("key").asText().equals("osaka-lunch")) {
                osaka = p;
            }
        }
        assertEquals("大阪支社 3F", osaka.get("site").asText());
        assertFalse(osaka.get("active").asBoolean());
        browser.logout();
    }

    @Test
    public void threeRoundsInJapaneseInJira() throws Exception {
        threeRounds(Product.JIRA, "ja", "東京本社シャッフルランチ", "すべての条件を満たしました。", "話のきっかけ",
                "グループで会えましたか?");
    }

    @Test
    public void threeRoundsInEnglishInConfluenceAndTheGuestJoinsAndLeaves() throws Exception {
        threeRounds(Product.CONFLUENCE, "en", "Tokyo HQ shuffle lunch", "Every rule kept.", "Conversation starter",
                "Did your group meet?");
        String base = SANDBOX.confluence().baseUrl();
        browser.openAs(base, PAGE, "guest", "guest");
        browser.language(base, "en");
        WebElement form = page().findElement(By.cssSelector(".kakehashi-lunch-participation[data-programme='"
                + DemoLunch.PROGRAMME + "']"));
        assertEquals("You do not take part.", form.findElement(By.className("kakehashi-lunch-status")).getText());
        form.findElement(By.className("kakehashi-lunch-join")).click();
        browser.waitUntil(d -> d.findElements(By.cssSelector(".kakehashi-lunch[data-ready=true] "
                + ".kakehashi-lunch-leave")).size() == 1);
        WebElement joined = page().findElement(By.className("kakehashi-lunch-participation"));
        assertEquals("You take part.", joined.findElement(By.className("kakehashi-lunch-status")).getText());
        browser.screenshotAt("lunch-join-en", ".kakehashi-lunch-participation");
        joined.findElement(By.className("kakehashi-lunch-leave")).click();
        browser.waitUntil(d -> d.findElements(By.cssSelector(".kakehashi-lunch[data-ready=true] "
                + ".kakehashi-lunch-join")).size() == 1);
    }
}
