package dev.kakehashi.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.testing.Browser;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The department map as people see it. In Jira (Japanese), over the demo's year up to yesterday (requests and thanks
 * between 営業 and 開発, thanks from 情報システム to 経理 resting on two people): the matrix shows 営業 → 開発, the network
 * draws it, the pair of 情報システム and 経理 is suppressed everywhere, a from–to period is checked before it is asked
 * for and may not end today, and the CSV behind the page's link has exactly the matrix's cells. In Confluence (English) the collaboration-map macro renders, and an
 * administrator computes the first map from its empty state.
 */
public class DepartmentMapBrowserIT {
    private static final String REST = "/rest/kakehashi/1.0";
    private static final String PAGE = "/plugins/servlet/kakehashi/department-map";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();
    @Rule
    public final Browser browser = new Browser();

    private static void created(HttpResponse<String> response) {
        assertEquals(response.body(), 201, response.statusCode());
    }

    private static void thanks(String sender, String... recipients) {
        created(SANDBOX.jira(sender).postJson(REST + "/thanks", "{\"recipients\":[\"" + String.join("\",\"", recipients)
                + "\"],\"message\":\"いつもありがとう\",\"value\":\"collaboration\",\"contextType\":\"none\","
                + "\"contextId\":\"\"}"));
    }

    /**
     * Contacts of today (a request and thanks of 営業 → 開発, thanks 情報システム → 経理), which the map counts from
     * tomorrow, and a refresh of the stored windows (an administrator in a secure session).
     */
    private static void contacts() {
        HttpResponse<String> policy = SANDBOX.jira("admin").putJson(REST + "/admin/thanks-policy",
                "{\"dailyLimit\":100}");
        assertEquals(policy.body(), 200, policy.statusCode());
        created(SANDBOX.jira("tanaka").postJson(REST + "/collaboration/requests", "{\"projectKey\":\"COLLAB\","
                + "\"summary\":\"見積もり画面の試作\",\"kind\":\"joint-task\",\"requestingDepartment\":\"sales\","
                + "\"partnerDepartment\":\"development\",\"purpose\":\"目的\",\"scope\":\"範囲\",\"helpKind\":\"\","
                + "\"partnerBenefit\":\"\",\"partnerContact\":\"suzuki\",\"decisionOwner\":\"ito\","
                + "\"dueDate\":\"" + LocalDate.now().plusDays(10) + "\"}"));
        thanks("tanaka", "suzuki", "takahashi");
        thanks("sato", "suzuki");
        thanks("kobayashi", "kato");
        HttpResponse<String> refreshed = SANDBOX.jira("admin").postJson(REST + "/insights/department-map/refresh",
                "{}");
        assertEquals(refreshed.body(), 200, refreshed.statusCode());
    }

    private WebElement loadedMap() {
        browser.waitUntil(d -> !d.findElements(By.cssSelector(".kakehashi-map[data-loaded=true]")).isEmpty());
        return browser.driver().findElement(By.cssSelector(".kakehashi-map[data-loaded=true]"));
    }

    private WebElement cell(WebElement map, String from, String to) {
        return map.findElement(By.cssSelector(".kakehashi-map-matrix td[data-from='" + from + "'][data-to='" + to
                + "']"));
    }

    /** The lines of a CSV text (quoted fields may hold commas, quotes and line breaks), its BOM removed. */
    static List<List<String>> csv(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    /** Today in the company's time zone (Asia/Tokyo in the sandbox), as the map counts days. */
    private static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
    }

    @Test
    public void tanakaSeesSalesAndDevelopmentOnTheMapTheSuppressedPairAndTheSameCellsInTheCsv() throws Exception {
        contacts();
        String base = SANDBOX.jira().baseUrl();
        browser.login(base, "/secure/Dashboard.jspa", "tanaka", "tanaka");
        browser.language(base, "ja");
        browser.waitFor(By.id("kakehashi-department-map-link")).click();
        WebElement map = loadedMap();
        assertEquals("部署マップ", map.findElement(By.tagName("h1")).getText());
        assertTrue("the standard windows end yesterday", map.findElement(By.className("kakehashi-map-period-line"))
                .getText().contains(today().minusDays(1).toString()));

        // another standard period loads as soon as it is chosen
        map.findElement(By.cssSelector("input[name=period][value='365']")).click();
        browser.waitUntil(d -> d.findElements(By.cssSelector(".kakehashi-map[data-loaded=true] "
                + ".kakehashi-map-period-line")).stream().anyMatch(e -> e.getText().contains("(365 日間)")));
        map = loadedMap();

        // a from–to period is checked in the page before it is asked for
        map.findElement(By.cssSelector("input[name=period][value=custom]")).click();
        WebElement from = map.findElement(By.name("from"));
        WebElement to = map.findElement(By.name("to"));
        browser.script("arguments[0].value = arguments[2]; arguments[1].value = arguments[3];", from, to,
                today().toString(), today().minusDays(3).toString());
        map.findElement(By.className("kakehashi-map-show")).click();
        WebElement toError = map.findElement(By.cssSelector(".error[data-field=to]"));
        browser.waitUntil(d -> !toError.getText().isEmpty());
        assertEquals("終了日は開始日と同じか後の日にしてください。", toError.getText());
        assertEquals("true", to.getAttribute("aria-invalid"));

        // a range may not end today: what was just done counts from tomorrow (the server says so)
        LocalDate yesterday = today().minusDays(1);
        browser.script("arguments[0].value = arguments[2]; arguments[1].value = arguments[3];", from, to,
                today().minusDays(29).toString(), today().toString());
        map.findElement(By.className("kakehashi-map-show")).click();
        browser.waitUntil(d -> toError.getText().contains(yesterday.toString()));
        assertEquals(yesterday + "以前に終わる期間を指定してください。マップは昨日までの日のみを数えます。",
                toError.getText());

        // the year up to yesterday holds the demo's year of contacts
        browser.script("arguments[0].value = arguments[2]; arguments[1].value = arguments[3];", from, to,
                yesterday.minusDays(364).toString(), yesterday.toString());
        map.findElement(By.className("kakehashi-map-show")).click();
        browser.waitUntil(d -> d.findElements(By.cssSelector(".kakehashi-map[data-loaded=true] "
                + ".kakehashi-map-period-line")).stream().anyMatch(e -> e.getText().contains(
                        yesterday.minusDays(364).toString())));
        map = loadedMap();
        assertTrue(toError.getText().isEmpty());

        WebElement salesToDevelopment = cell(map, "sales", "development");
        int total = Integer.parseInt(salesToDevelopment.getAttribute("data-total"));
        assertTrue("requests and thanks all year: " + total, total >= 4);
        assertTrue(salesToDevelopment.getText(), salesToDevelopment.getText().startsWith(Integer.toString(total)));
        assertTrue(salesToDevelopment.getText(), salesToDevelopment.getText().contains("感謝"));
        WebElement rowHeader = map.findElement(By.xpath("//table[contains(@class,'kakehashi-map-matrix')]"
                + "//tbody/tr[td[@data-from='sales']]/th[@scope='row']"));
        assertEquals("営業", rowHeader.getText());
        assertNotNull(map.findElement(By.xpath("//table[contains(@class,'kakehashi-map-matrix')]//thead"
                + "//th[@scope='col' and normalize-space()='開発']")));

        WebElement itToAccounting = cell(map, "it", "accounting");
        assertEquals("suppressed", itToAccounting.getAttribute("data-total"));
        assertTrue(itToAccounting.getText(), itToAccounting.getText().startsWith("\u2014"));
        assertEquals("非表示: 5 人未満", itToAccounting.findElement(By.className("kakehashi-map-suppressed"))
                .getAttribute("title"));
        assertTrue("the reason is there for screen readers", ((String) browser.script(
                "return arguments[0].textContent;", itToAccounting)).contains("非表示: 5 人未満"));

        WebElement picture = map.findElement(By.cssSelector("svg.kakehashi-map-network"));
        assertEquals("img", picture.getAttribute("role"));
        assertTrue(picture.getAttribute("aria-label"), picture.getAttribute("aria-label").contains("部署のネットワーク図"));
        assertEquals("営業 \u2192 開発: " + total, browser.script("return arguments[0].querySelector("
                + "\"path[data-from='sales'][data-to='development'] title\").textContent;", picture));
        assertEquals("the suppressed pair is not drawn", 0L, browser.script("return arguments[0].querySelectorAll("
                + "\"path[data-from='it'][data-to='accounting']\").length;", picture));
        assertTrue("every label stays inside the picture", (Boolean) browser.script(
                "var box = arguments[0].getBoundingClientRect();"
                        + "return Array.prototype.every.call(arguments[0].querySelectorAll('text'), function (t) {"
                        + "  var r = t.getBoundingClientRect();"
                        + "  return r.left >= box.left - 0.5 && r.right <= box.right + 0.5"
                        + "      && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5; });", picture));

        WebElement pair = map.findElement(By.cssSelector(".kakehashi-map-pair[data-a='sales'][data-b='development']"));
        assertEquals(1, pair.findElements(By.cssSelector(".kakehashi-map-stages li[aria-current=step]")).size());
        String pairText = (String) browser.script("return arguments[0].textContent;", pair);
        assertTrue("six requests done over the demo's year: " + pairText, pairText.contains("現在: 継続"));
        assertTrue("a pair not yet continuing is offered its next step", (Boolean) browser.script(
                "return Array.prototype.some.call(arguments[0].querySelectorAll('.kakehashi-map-pair'),"
                        + " function (p) { return p.textContent.indexOf('次の一歩:') >= 0; });", map));
        WebElement hiddenPair = map.findElement(By.cssSelector(".kakehashi-map-pair[data-a='it'][data-b='accounting']"));
        assertEquals("非表示: この組み合わせは 5 人未満にもとづきます。",
                hiddenPair.findElement(By.className("kakehashi-map-stage-now")).getText());
        assertTrue(hiddenPair.findElements(By.className("kakehashi-map-stages")).isEmpty());

        // comparing shows the previous period's figure and the change in words, not colour alone
        map.findElement(By.name("compare")).click();
        WebElement compared = cell(loadedMap(), "sales", "development");
        assertTrue(compared.getText(), compared.getText().matches("(?s).*[\u2191\u2193\u2192] .*\u524d\u306e\u671f\u9593.*"));
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1400, 2200));
        browser.screenshotAt("department-map-jira-ja", ".kakehashi-map");

        // the CSV behind the page's link, fetched in this session, has exactly the matrix's cells
        WebElement link = map.findElement(By.className("kakehashi-map-csv"));
        assertTrue(link.getAttribute("href"), link.getAttribute("href").contains("department-map.csv?from="));
        String text = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) { return r.arrayBuffer(); })"
                        + ".then(function (b) { return new TextDecoder('utf-8', {ignoreBOM: true}).decode(b); })"
                        + ".then(done, function (e) { done('failed: ' + e); });", link.getAttribute("href"));
        assertTrue("a byte order mark for spreadsheets", text.startsWith("\uFEFF"));
        List<List<String>> rows = csv(text);
        assertEquals(List.of("from", "to", "from_name", "to_name", "requests", "requests_done", "thanks", "goals",
                "knowledge", "events", "total", "previous_total"), rows.get(0));
        Map<String, String> fromCsv = new LinkedHashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            fromCsv.put(row.get(0) + "->" + row.get(1), row.get(10));
        }
        Map<String, String> fromMatrix = new LinkedHashMap<>();
        for (WebElement td : map.findElements(By.cssSelector(".kakehashi-map-matrix td[data-total]"
                + ".kakehashi-map-cell"))) {
            if (!"0".equals(td.getAttribute("data-total"))) {
                fromMatrix.put(td.getAttribute("data-from") + "->" + td.getAttribute("data-to"),
                        td.getAttribute("data-total"));
            }
        }
        assertEquals(new java.util.TreeMap<>(fromMatrix), new java.util.TreeMap<>(fromCsv));
        assertEquals("suppressed", fromCsv.get("it->accounting"));
        assertEquals(Integer.toString(total), fromCsv.get("sales->development"));
    }

    @Test
    public void theCollaborationMapMacroRendersInConfluenceAndAnAdministratorComputesTheFirstMap() throws Exception {
        String base = SANDBOX.confluence().baseUrl();
        browser.login(base, "/pages/createpage.action?spaceKey=DEMO", "admin", "admin");
        browser.language(base, "en");
        browser.type(By.id("content-title"), "Collaboration map");
        browser.script("document.getElementById('wysiwygTextarea').value = arguments[0];",
                "<p>How our departments work together.</p><ac:structured-macro ac:name=\"collaboration-map\">"
                        + "<ac:parameter ac:name=\"days\">365</ac:parameter></ac:structured-macro>");
        browser.driver().findElement(By.id("rte-button-publish")).click();
        WebElement map = loadedMap();
        assertEquals("Department map", map.findElement(By.tagName("h2")).getText());
        assertTrue(map.findElement(By.cssSelector("input[name=period][value='365']")).isSelected());
        WebElement empty = map.findElement(By.className("kakehashi-map-empty"));
        assertTrue(empty.getText(), empty.getText().contains("has not been computed yet"));
        assertTrue(map.findElements(By.className("kakehashi-map-matrix")).isEmpty());

        // a refresh needs a secure administrator session: refused until the password is confirmed
        empty.findElement(By.className("kakehashi-map-compute")).click();
        WebElement summary = map.findElement(By.className("kakehashi-form-errors"));
        browser.waitUntil(d -> !summary.getText().isEmpty());
        assertTrue(map.findElements(By.className("kakehashi-map-matrix")).isEmpty());
        String page = browser.driver().getCurrentUrl();
        browser.openAs(base, "/plugins/servlet/kakehashi/admin", "admin", "admin");
        browser.driver().get(page);
        map = loadedMap();
        map.findElement(By.className("kakehashi-map-compute")).click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector(".kakehashi-map[data-loaded=true] "
                + ".kakehashi-map-matrix")).isEmpty());
        map = loadedMap();
        assertFalse(map.findElement(By.className("kakehashi-map-computed")).getText().isEmpty());
        assertNotNull(map.findElement(By.xpath("//table[contains(@class,'kakehashi-map-matrix')]//thead"
                + "//th[@scope='col' and normalize-space()='Sales']")));
        assertTrue(map.findElement(By.className("kakehashi-map-period-line")).getText().contains("(365 days)"));
        assertEquals("img", map.findElement(By.cssSelector("svg.kakehashi-map-network")).getAttribute("role"));
        List<WebElement> pairs = map.findElements(By.className("kakehashi-map-pair"));
        assertEquals("every pair of the seven departments", 21, pairs.size());
        for (WebElement pair : pairs) {
            assertEquals(pair.getText(), "suppressed".equals(pair.getAttribute("data-stage")) ? 0 : 5,
                    pair.findElements(By.cssSelector(".kakehashi-map-stages li")).size());
        }
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1400, 2200));
        browser.screenshotAt("collaboration-map-confluence-en", ".kakehashi-map");
    }

    @Test
    public void theMacroBrowserOffersThePeriodsByName() {
        String confluence = SANDBOX.confluence().baseUrl();
        browser.login(confluence, "/pages/createpage.action?spaceKey=DEMO", "tanaka", "tanaka");
        browser.language(confluence, "ja");
        browser.type(By.id("content-title"), "部署のつながり");
        browser.waitFor(By.id("rte-button-insert-macro")).click();
        browser.waitFor(By.cssSelector("[data-macro-name='collaboration-map']")).click();
        WebElement days = browser.waitFor(By.id("macro-param-days"));
        assertEquals("select", days.getTagName());
        Select periods = new Select(days);
        assertEquals(List.of("過去 30 日間", "過去 90 日間", "過去 365 日間"),
                periods.getOptions().stream().map(WebElement::getText).toList());
        assertEquals("the default", "90", periods.getFirstSelectedOption().getAttribute("value"));
        periods.selectByVisibleText("過去 365 日間");
        browser.waitFor(By.id("macro-browser-insert")).click();
        String storage = (String) browser.script("return document.getElementById('wysiwygTextarea').value;");
        assertTrue(storage, storage.contains("<ac:structured-macro ac:name=\"collaboration-map\">"
                + "<ac:parameter ac:name=\"days\">365</ac:parameter></ac:structured-macro>"));
    }

    @Test
    public void csvLinesAreReadAsSpreadsheetsWriteThem() {
        assertEquals(List.of(List.of("a", "b,c", "d\"e"), List.of("f", "")),
                csv("\uFEFFa,\"b,c\",\"d\"\"e\"\r\nf,\r\n"));
    }
}
