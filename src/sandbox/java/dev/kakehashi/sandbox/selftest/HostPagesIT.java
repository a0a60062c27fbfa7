package dev.kakehashi.sandbox.selftest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.event.api.EventListener;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.user.ApplicationUser;
import dev.kakehashi.goals.Goal;
import dev.kakehashi.goals.GoalQuery;
import dev.kakehashi.goals.GoalStatus;
import dev.kakehashi.goals.GoalStore;
import dev.kakehashi.sandbox.demo.DemoSpace;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.SandboxHost;
import dev.kakehashi.sandbox.host.ConfluencePage;
import dev.kakehashi.sandbox.host.ConfluencePages;
import dev.kakehashi.sandbox.host.JiraInstance;
import dev.kakehashi.sandbox.host.JiraIssue;
import dev.kakehashi.sandbox.host.JiraIssueTypes;
import dev.kakehashi.sandbox.host.JiraProjects;
import dev.kakehashi.sandbox.host.WebResources;
import dev.kakehashi.sandbox.pages.ConfluencePagesServlet;
import dev.kakehashi.sandbox.pages.JiraPagesServlet;
import dev.kakehashi.sandbox.pages.PageEditor;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The sandbox's own host pages over HTTP with the real plugin: the issue view and the page view show only what the
 * user may see, answer 404 otherwise, and send anonymous users to the login page; the Resolve button publishes
 * Jira's event; Jira's pages load jQuery and the event API, and the issue view's content is served alone for its
 * refresh; the issue navigator runs JQL and lists only browsable issues.
 */
public class HostPagesIT {
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static SandboxHost jira;
    private static SandboxHost confluence;
    private static Path home;

    @BeforeClass
    public static void start() throws IOException {
        home = Files.createTempDirectory("kakehashi-host-pages-it");
        jira = SandboxHost.start(Product.JIRA, home, 0);
        confluence = SandboxHost.start(Product.CONFLUENCE, home, 0);
    }

    @AfterClass
    public static void stop() {
        if (jira != null) {
            jira.close();
        }
        if (confluence != null) {
            confluence.close();
        }
    }

    private static HttpResponse<String> post(SandboxHost host, String path, String user, String form,
                                             String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(host.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return CLIENT.send(request.POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static HttpResponse<String> get(SandboxHost host, String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(host.baseUrl() + path))
                .timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    public void theConfidentialIssueIsShownToAccountingAndAdministratorsAndIsNotFoundForOthers() {
        assertEquals(404, get(jira, "/browse/DEMO-4", "tanaka").statusCode());
        HttpResponse<String> kato = get(jira, "/browse/DEMO-4", "kato");
        assertEquals(200, kato.statusCode());
        assertTrue(kato.body().contains("経理システム刷新の予算 (confidential)"));
        assertTrue(kato.body().contains("data-location=\"atl.jira.view.issue.right.context\""));
        assertEquals(200, get(jira, "/browse/DEMO-4", "admin").statusCode());
        assertEquals(200, get(jira, "/browse/DEMO-1", "guest").statusCode());
        assertEquals(404, get(jira, "/browse/DEMO-99", "admin").statusCode());
        assertFalse(get(jira, "/secure/Dashboard.jspa", "tanaka").body().contains("DEMO-4"));
        assertTrue(get(jira, "/secure/Dashboard.jspa", "kato").body().contains("DEMO-4"));
    }

    @Test
    public void anonymousUsersAreSentToTheLoginPage() {
        HttpResponse<String> issue = get(jira, "/browse/DEMO-1", null);
        assertEquals(302, issue.statusCode());
        assertTrue(issue.headers().firstValue("Location").orElse(""), issue.headers().firstValue("Location")
                .orElse("").contains(Product.JIRA.loginPath()));
        HttpResponse<String> page = get(confluence, "/pages/viewpage.action?pageId=65537", null);
        assertEquals(302, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElse("").contains(Product.CONFLUENCE.loginPath()));
    }

    @Test
    public void theRetrospectiveIsShownToDevelopmentAndAdministratorsAndIsNotFoundForOthers() {
        String byTitle = "/display/DEMO/" + URLEncoder.encode("開発チームの振り返り", StandardCharsets.UTF_8);
        assertEquals(404, get(confluence, byTitle, "tanaka").statusCode());
        assertEquals(404, get(confluence, "/pages/viewpage.action?pageId=65540", "tanaka").statusCode());
        HttpResponse<String> suzuki = get(confluence, "/pages/viewpage.action?pageId=65540", "suzuki");
        assertEquals(200, suzuki.statusCode());
        assertTrue(suzuki.body().contains("data-location=\"atl.general\""));
        assertEquals(200, get(confluence, byTitle, "admin").statusCode());
        assertFalse(get(confluence, "/display/DEMO/Home", "tanaka").body().contains("開発チームの振り返り"));
        assertTrue(get(confluence, "/display/DEMO/Home", "suzuki").body().contains("開発チームの振り返り"));
        assertEquals(404, get(confluence, "/pages/viewpage.action?pageId=1", "admin").statusCode());
        assertEquals(404, get(confluence, "/pages/viewpage.action?pageId=x", "admin").statusCode());
    }

    @Test
    public void theThanksWallPageRenders() {
        HttpResponse<String> wall = get(confluence, "/pages/viewpage.action?pageId=65541", "tanaka");
        assertEquals(200, wall.statusCode());
        assertTrue(wall.body().contains("サンクスウォール"));
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The issue keys listed by the navigator for this JQL, in order. */
    private static List<String> found(String jql, String user) {
        HttpResponse<String> page = get(jira, "/issues/?jql=" + query(jql), user);
        assertEquals(200, page.statusCode());
        assertTrue(page.body(), page.body().contains("<table class=\"aui\" id=\"issuetable\">"));
        assertFalse(page.body(), page.body().contains("id=\"jql-errors\""));
        List<String> keys = new ArrayList<>();
        Matcher rows = Pattern.compile("<tr class=\"issuerow\" data-issuekey=\"([^\"]+)\"").matcher(page.body());
        while (rows.find()) {
            keys.add(rows.group(1));
        }
        return keys;
    }

    private static JiraIssue createIssue(String username, Long projectId, String typeId, String summary) {
        JiraInstance host = jira.services().jira();
        ApplicationUser user = host.users().getUserByKey(jira.services().directory().byUsername(username)
                .orElseThrow().key());
        IssueService.CreateValidationResult validation = host.issueService().validateCreate(user, host.issueService()
                .newIssueInputParameters().setProjectId(projectId).setIssueTypeId(typeId).setSummary(summary));
        assertTrue(String.valueOf(validation.getErrorCollection().getErrors()), validation.isValid());
        return (JiraIssue) host.issueService().create(user, validation).getIssue();
    }

    @Test
    public void theResolveButtonResolvesTheIssueAndPublishesIssueResolved() {
        JiraIssue issue = createIssue("tanaka", JiraProjects.DEMO.id(), JiraIssueTypes.STORY, "解決ボタンを <b>試す</b>");
        List<IssueEvent> events = new CopyOnWriteArrayList<>();
        Object listener = new Object() {
            @EventListener
            public void onIssueEvent(IssueEvent event) {
                events.add(event);
            }
        };
        jira.services().eventPublisher().register(listener);
        try {
            HttpResponse<String> view = get(jira, "/browse/" + issue.getKey(), "suzuki");
            assertEquals(200, view.statusCode());
            assertTrue(view.body(), view.body().contains("解決ボタンを &lt;b&gt;試す&lt;/b&gt;"));
            assertTrue(view.body(), view.body().contains(">ストーリー</dd>"));
            assertTrue(view.body(), view.body().contains("id=\"sandbox-resolve\""));
            assertTrue(view.body(), view.body().contains("id=\"resolution-val\">未解決<"));
            assertTrue(view.body(), view.body().contains("data-location=\"atl.jira.view.issue.left.context\""));
            Matcher token = Pattern.compile("name=\"atl_token\" value=\"([0-9a-f]+)\"").matcher(view.body());
            assertTrue(token.find());
            String form = "key=" + query(issue.getKey());
            assertEquals(403, post(jira, JiraPagesServlet.RESOLVE_PATH, "suzuki", form).statusCode());
            assertEquals(404, post(jira, JiraPagesServlet.RESOLVE_PATH, "suzuki",
                    "key=DEMO-999&atl_token=" + token.group(1)).statusCode());
            assertEquals(List.of(), events);
            HttpResponse<String> resolved = post(jira, JiraPagesServlet.RESOLVE_PATH, "suzuki",
                    form + "&atl_token=" + token.group(1));
            assertEquals(302, resolved.statusCode());
            assertTrue(resolved.headers().firstValue("Location").orElse("").endsWith("/browse/" + issue.getKey()));
            assertEquals(1, events.size());
            assertEquals(EventType.ISSUE_RESOLVED_ID, events.get(0).getEventTypeId());
            assertEquals(issue.getId(), events.get(0).getIssue().getId());
            assertNotNull(events.get(0).getIssue().getResolutionDate());
            assertEquals("suzuki", events.get(0).getUser().getUsername());
            String after = get(jira, "/browse/" + issue.getKey(), "suzuki").body();
            assertTrue(after, after.contains("id=\"resolution-val\">解決済み<"));
            assertTrue(after, after.contains(">完了</span>"));
            assertFalse(after, after.contains("id=\"sandbox-resolve\""));
        } finally {
            jira.services().eventPublisher().unregister(listener);
        }
    }

    @Test
    public void jiraPagesLoadJqueryAndTheEventApiBeforeThePluginAndTheIssueContentIsServedAlone() {
        String view = get(jira, "/browse/COLLAB-1", "tanaka").body();
        int jquery = view.indexOf("/download/resources/" + WebResources.JIRA_GLOBAL + "/jquery.js");
        int events = view.indexOf("/download/resources/" + WebResources.JIRA_GLOBAL + "/jira-sandbox.js");
        int plugin = view.indexOf("/download/resources/" + jira.descriptor().pluginKey() + ":");
        assertTrue(view, jquery > 0 && events > jquery && plugin > events);
        assertTrue(view, view.contains("id=\"sandbox-refresh\""));
        HttpResponse<String> script = get(jira, "/download/resources/" + WebResources.JIRA_GLOBAL + "/jquery.js",
                "tanaka");
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("jQuery"));
        assertFalse("Confluence has no JIRA global", get(confluence, "/pages/viewpage.action?pageId=65537", "tanaka")
                .body().contains(WebResources.JIRA_GLOBAL));

        HttpResponse<String> content = get(jira, JiraPagesServlet.ISSUE_CONTENT_PATH + "?key=COLLAB-1", "tanaka");
        assertEquals(200, content.statusCode());
        String id = String.valueOf(jira.services().issues().byKey("COLLAB-1").getId());
        assertTrue(content.body(), content.body().startsWith("<div id=\"issue-content\" class=\"issue-view\" "
                + "data-issue-id=\"" + id + "\" data-issue-key=\"COLLAB-1\""));
        assertTrue(content.body(), content.body().contains("data-location=\"atl.jira.view.issue.left.context\""));
        assertTrue(content.body(), content.body().contains("class=\"kakehashi-request\""));
        assertTrue(content.body(), content.body().contains("class=\"kakehashi-thanks\""));
        assertFalse("no page, no web resources", content.body().contains("<script"));
        assertEquals(404, get(jira, JiraPagesServlet.ISSUE_CONTENT_PATH + "?key=COLLAB-9", "tanaka").statusCode());
        assertEquals(404, get(jira, JiraPagesServlet.ISSUE_CONTENT_PATH, "tanaka").statusCode());
        assertEquals(302, get(jira, JiraPagesServlet.ISSUE_CONTENT_PATH + "?key=COLLAB-1", null).statusCode());
    }

    @Test
    public void theConfidentialIssueCannotBeResolvedByThoseWhoCannotSeeIt() {
        assertEquals(404, post(jira, JiraPagesServlet.RESOLVE_PATH, "tanaka", "key=DEMO-4",
                "X-Atlassian-Token", "no-check").statusCode());
        assertNull(jira.services().issues().byKey("DEMO-4").getResolutionDate());
    }

    @Test
    public void theNavigatorRunsJqlAndListsOnlyIssuesTheUserMayBrowse() {
        assertEquals(List.of("DEMO-1", "DEMO-2", "DEMO-3", "DEMO-5"), found("project = DEMO", "tanaka").subList(0, 4));
        assertFalse(found("project = DEMO", "tanaka").contains("DEMO-4"));
        assertTrue(found("project = DEMO", "kato").contains("DEMO-4"));
        assertEquals(List.of("DEMO-2"), found("issuetype = Bug", "tanaka"));
        assertEquals(List.of("DEMO-2"), found("project = demo and issuetype = \"バグ\"", "admin"));
        assertTrue(found("", "tanaka").containsAll(List.of("DEMO-1", "DEMO-5")));
        assertFalse(found("", "tanaka").contains("DEMO-4"));
        HttpResponse<String> en = get(jira, "/issues/?jql=" + query("issuetype = Bug"), "admin");
        assertTrue(en.body(), en.body().contains("<td class=\"issuetype\">Bug</td>"));
        assertTrue(en.body(), en.body().contains("id=\"jql\" name=\"jql\" value=\"issuetype = Bug\""));
        assertTrue(en.body(), en.body().contains("id=\"jql-submit\""));
        assertTrue(en.body(), en.body().contains("href=\"/jira/browse/DEMO-2\""));
        HttpResponse<String> wrong = get(jira, "/issues/?jql=" + query("project = = \"<b>\""), "tanaka");
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body(), wrong.body()
                .contains("<div class=\"aui-message aui-message-error\" id=\"jql-errors\">"));
        assertFalse(wrong.body(), wrong.body().contains("<b>"));
        HttpResponse<String> unknown = get(jira, "/issues/?jql=" + query("issue in noSuchFunction(\"a, b\")"),
                "tanaka");
        assertTrue(unknown.body(), unknown.body().contains("noSuchFunction"));
        assertTrue(unknown.body(), unknown.body().contains("id=\"jql-errors\""));
        assertEquals(302, get(jira, "/issues/", null).statusCode());
        assertTrue(get(jira, "/secure/Dashboard.jspa", "tanaka").body().contains("href=\"/jira/issues/\""));
    }

    @Test
    public void thePluginStartedThroughSalAndRegisteredItsListeners() {
        assertTrue(jira.services().eventPublisher().listenerCount() >= 1);
        assertTrue(jira.services().jira().issueTypes().all().size() > 3);
        assertEquals("the knowledge pages' listener", 1, confluence.services().eventPublisher().listenerCount());
    }

    @Test
    public void theDemoCollaborationRequestsAreCreatedInCollab() {
        List<String> collab = found("project = COLLAB", "admin");
        assertTrue(collab.toString(), collab.containsAll(List.of("COLLAB-1", "COLLAB-2", "COLLAB-3", "COLLAB-4",
                "COLLAB-5", "COLLAB-6", "COLLAB-7", "COLLAB-8", "COLLAB-9")));
        assertFalse("the confidential request is kept from others", found("project = COLLAB", "tanaka")
                .contains("COLLAB-9"));
        assertTrue(found("project = COLLAB", "kato").contains("COLLAB-9"));
        // nine requests, then the twelve of the past year's story
        assertEquals(21, jira.services().issues().all().stream().filter(i -> i.getKey().startsWith("COLLAB-")
                && !i.getSummary().equals("再起動の確認")).count());
        assertEquals(1, jira.services().issues().all().stream().filter(i -> i.getKey().startsWith("COLLAB-")
                && i.isResolved()).count());
        HttpResponse<String> view = get(jira, "/browse/COLLAB-1", "tanaka");
        assertEquals(200, view.statusCode());
        assertTrue(view.body(), view.body().contains("id=\"project-name-val\" data-project-key=\"COLLAB\">部署間連携"));
    }

    @Test
    public void aRestartKeepsCreatedIssuesAndTypesAndDoesNotRepeatTheDemoRequests() {
        JiraIssue created = createIssue("kato", JiraProjects.COLLAB.id(), JiraIssueTypes.TASK, "再起動の確認");
        int types = jira.services().jira().issueTypes().all().size();
        long inCollab = jira.services().issues().countIn(JiraProjects.COLLAB);
        jira.close();
        jira = SandboxHost.start(Product.JIRA, home, 0);
        JiraIssue found = jira.services().issues().byKey(created.getKey());
        assertEquals(created.getId(), found.getId());
        assertEquals("再起動の確認", found.getSummary());
        assertEquals(types, jira.services().jira().issueTypes().all().size());
        assertEquals(inCollab, jira.services().issues().countIn(JiraProjects.COLLAB));
        assertEquals(200, get(jira, "/browse/" + created.getKey(), "kato").statusCode());
    }

    /** The editor's {@code atl_token} of this screen. */
    private static String token(HttpResponse<String> editor) {
        Matcher token = Pattern.compile("name=\"atl_token\" value=\"([0-9a-f]+)\"").matcher(editor.body());
        assertTrue(editor.body(), token.find());
        return token.group(1);
    }

    private static long pageIdOf(HttpResponse<String> redirect) {
        assertEquals(redirect.body(), 302, redirect.statusCode());
        String location = redirect.headers().firstValue("Location").orElse("");
        Matcher id = Pattern.compile("/pages/viewpage\\.action\\?pageId=([0-9]+)$").matcher(location);
        assertTrue(location, id.find());
        return Long.parseLong(id.group(1));
    }

    @Test
    public void pagesAreCreatedAndEditedWithTheTokenAndShownEscaped() {
        HttpResponse<String> create = get(confluence, PageEditor.CREATE_PATH + "?spaceKey=DEMO", "tanaka");
        assertEquals(200, create.statusCode());
        assertTrue(create.body(), create.body().contains("id=\"content-title\" name=\"title\""));
        assertTrue(create.body(), create.body().contains("<textarea id=\"wysiwygTextarea\" name=\"wysiwygContent\""));
        String token = token(create);
        String form = "spaceKey=DEMO&title=" + query("編集 <b>テスト</b>") + "&wysiwygContent="
                + query("<p>最初の版 &amp; <strong>太字</strong></p>");
        assertEquals(403, post(confluence, PageEditor.SAVE_CREATE_PATH, "tanaka", form).statusCode());
        assertEquals(403, post(confluence, PageEditor.SAVE_CREATE_PATH, "tanaka", form + "&atl_token=0").statusCode());
        long id = pageIdOf(post(confluence, PageEditor.SAVE_CREATE_PATH, "tanaka", form + "&atl_token=" + token));

        HttpResponse<String> view = get(confluence, "/pages/viewpage.action?pageId=" + id, "guest");
        assertEquals(200, view.statusCode());
        assertTrue(view.body(), view.body().contains("<h1 id=\"title-text\">編集 &lt;b&gt;テスト&lt;/b&gt;</h1>"));
        assertTrue(view.body(), view.body().contains("<p>最初の版 &amp; <strong>太字</strong></p>"));
        assertTrue(view.body(), view.body().contains("<span id=\"page-version\">1</span>"));
        assertFalse("guest may not add pages", view.body().contains("id=\"editPageLink\""));
        assertEquals(403, get(confluence, PageEditor.EDIT_PATH + "?pageId=" + id, "guest").statusCode());
        assertEquals(403, post(confluence, PageEditor.SAVE_EDIT_PATH, "guest", "pageId=" + id
                + "&originalVersion=1&title=x&wysiwygContent=", "X-Atlassian-Token", "no-check").statusCode());

        String sato = get(confluence, "/pages/viewpage.action?pageId=" + id, "sato").body();
        assertTrue(sato, sato.contains("id=\"editPageLink\" href=\"/confluence/pages/editpage.action?pageId=" + id
                + "\""));
        HttpResponse<String> edit = get(confluence, PageEditor.EDIT_PATH + "?pageId=" + id, "sato");
        assertEquals(200, edit.statusCode());
        assertTrue(edit.body(), edit.body().contains("value=\"編集 &lt;b&gt;テスト&lt;/b&gt;\""));
        assertTrue(edit.body(), edit.body().contains("&lt;p&gt;最初の版 &amp;amp; &lt;strong&gt;"));
        assertTrue(edit.body(), edit.body().contains("name=\"originalVersion\" value=\"1\""));
        String editForm = "pageId=" + id + "&atl_token=" + token(edit) + "&originalVersion=1&title="
                + query("編集テスト") + "&wysiwygContent=";
        HttpResponse<String> broken = post(confluence, PageEditor.SAVE_EDIT_PATH, "sato",
                editForm + query("<p>閉じていない <b>"));
        assertEquals(200, broken.statusCode());
        assertTrue(broken.body(), broken.body().contains("id=\"editor-errors\""));
        assertTrue(broken.body(), broken.body().contains("&lt;p&gt;閉じていない &lt;b&gt;</textarea>"));
        assertEquals(id, pageIdOf(post(confluence, PageEditor.SAVE_EDIT_PATH, "sato",
                editForm + query("<p>第二版</p>"))));
        HttpResponse<String> stale = post(confluence, PageEditor.SAVE_EDIT_PATH, "sato",
                editForm + query("<p>古い版から</p>"));
        assertTrue(stale.body(), stale.body().contains("id=\"editor-errors\""));
        HttpResponse<String> taken = post(confluence, PageEditor.SAVE_CREATE_PATH, "tanaka", "spaceKey=DEMO&title="
                + query("編集テスト") + "&wysiwygContent=&atl_token=" + token);
        assertTrue(taken.body(), taken.body().contains("id=\"editor-errors\""));

        String after = get(confluence, "/pages/viewpage.action?pageId=" + id, "tanaka").body();
        assertTrue(after, after.contains("<h1 id=\"title-text\">編集テスト</h1>"));
        assertTrue(after, after.contains("<p>第二版</p>"));
        assertTrue(after, after.contains("<span id=\"page-version\">2</span>"));
        assertTrue(after, after.contains("<span id=\"page-last-modifier\">佐藤 健太</span>"));
        assertEquals(404, get(confluence, PageEditor.EDIT_PATH + "?pageId=65540", "tanaka").statusCode());
        assertEquals(404, get(confluence, PageEditor.EDIT_PATH + "?pageId=x", "tanaka").statusCode());
        assertEquals(302, get(confluence, PageEditor.EDIT_PATH + "?pageId=" + id, null).statusCode());
        assertEquals(401, post(confluence, PageEditor.SAVE_EDIT_PATH, null, editForm).statusCode());
    }

    @Test
    public void pagesAreCreatedOnlyWhereTheSpaceLetsTheUserAddPagesAndSeenOnlyByItsReaders() {
        assertEquals(404, get(confluence, PageEditor.CREATE_PATH + "?spaceKey=DEV", "tanaka").statusCode());
        assertEquals(404, get(confluence, PageEditor.CREATE_PATH + "?spaceKey=NOPE", "tanaka").statusCode());
        assertEquals(403, get(confluence, PageEditor.CREATE_PATH + "?spaceKey=DEMO", "guest").statusCode());
        HttpResponse<String> create = get(confluence, PageEditor.CREATE_PATH + "?spaceKey=SALES", "tanaka");
        assertEquals(200, create.statusCode());
        assertTrue(create.body(), create.body().contains("id=\"quick-create-page-button\" href=\""
                + "/confluence/pages/createpage.action?spaceKey=SALES\""));
        assertTrue(create.body(), create.body().contains("id=\"create-page-button\" aria-haspopup=\"dialog\" "
                + "data-space-key=\"SALES\""));
        long id = pageIdOf(post(confluence, PageEditor.SAVE_CREATE_PATH, "tanaka", "spaceKey=SALES&title="
                + query("営業だけのページ") + "&wysiwygContent=" + query("<p>内部資料</p>") + "&atl_token="
                + token(create)));
        assertEquals(200, get(confluence, "/pages/viewpage.action?pageId=" + id, "sato").statusCode());
        assertEquals(404, get(confluence, "/pages/viewpage.action?pageId=" + id, "suzuki").statusCode());
        assertEquals(200, get(confluence, "/display/SALES/" + query("営業だけのページ"), "admin").statusCode());
        assertEquals(404, post(confluence, PageEditor.SAVE_CREATE_PATH, "suzuki", "spaceKey=SALES&title=x"
                + "&wysiwygContent=", "X-Atlassian-Token", "no-check").statusCode());
        assertEquals(403, post(confluence, PageEditor.SAVE_CREATE_PATH, "guest", "spaceKey=DEMO&title=x"
                + "&wysiwygContent=", "X-Atlassian-Token", "no-check").statusCode());
        assertEquals(404, get(confluence, "/display/SALES", "suzuki").statusCode());
        HttpResponse<String> salesHome = get(confluence, "/display/SALES", "tanaka");
        assertEquals(302, salesHome.statusCode());
        assertTrue(salesHome.headers().firstValue("Location").orElse("").endsWith("/display/SALES/"
                + query("営業部ホーム")));
        String directory = get(confluence, ConfluencePagesServlet.SPACES_PATH, "tanaka").body();
        assertTrue(directory, directory.contains("data-space-key=\"SALES\""));
        assertFalse(directory, directory.contains("data-space-key=\"DEV\""));
        assertTrue(get(confluence, ConfluencePagesServlet.SPACES_PATH, "admin").body()
                .contains("data-space-key=\"DEV\""));
    }

    @Test
    public void theEditorOffersThePluginsMacrosInTheMacroBrowserAndLoadsTheEditorResources() {
        HttpResponse<String> edit = get(confluence, PageEditor.EDIT_PATH + "?pageId=65537", "tanaka");
        assertEquals(200, edit.statusCode());
        String body = edit.body();
        assertTrue(body, body.contains("id=\"rte-button-insert-macro\""));
        assertTrue(body, body.contains("id=\"rte-button-publish\""));
        assertTrue(body, body.contains("<section id=\"macro-browser-dialog\""));
        assertTrue(body, body.contains("id=\"macro-browser-insert\""));
        for (String macro : confluence.descriptor().macros().stream().filter(m -> m.browsable())
                .map(m -> m.name()).toList()) {
            assertTrue(macro, body.contains("data-macro-name=\"" + macro + "\""));
        }
        int script = body.indexOf("/download/resources/" + WebResources.MACRO_BROWSER + "/macro-browser-sandbox.js");
        assertTrue(body, script > 0);
        for (String key : WebResources.inContexts(confluence.descriptor(), PageEditor.CONTEXTS)) {
            int plugin = body.indexOf("/download/resources/" + key + "/");
            assertTrue(key, plugin > script);
        }
        assertEquals(200, get(confluence, "/download/resources/" + WebResources.MACRO_BROWSER
                + "/macro-browser-sandbox.js", "tanaka").statusCode());
        assertFalse("the page view does not load the editor's scripts",
                get(confluence, "/pages/viewpage.action?pageId=65537", "tanaka").body()
                        .contains("macro-browser-sandbox.js"));
    }

    @Test
    public void theDemoGoalsAndTheirPagesExist() {
        GoalStore store = confluence.bean(GoalStore.class);
        List<Goal> goals = store.page(new GoalQuery(null, null, null, null, GoalQuery.Sort.DUE, 0, 50),
                DemoSpace.all().stream().map(DemoSpace::key).toList()).goals();
        // four in DEMO (three of four months and the year-long one of sales and development), one in SALES
        assertEquals(5, goals.size());
        assertEquals(1, goals.stream().filter(g -> g.spaceKey().equals("SALES")).count());
        for (Goal listed : goals) {
            assertTrue(store.history(listed.id(), 100).size() >= 5);
        }
        assertTrue(goals.stream().anyMatch(g -> store.history(g.id(), 100).stream()
                .anyMatch(u -> u.status() == GoalStatus.AT_RISK)));
        ConfluencePage overview = confluence.services().pages().find("DEMO", "部署横断の目標").orElseThrow();
        assertTrue(overview.storage(), overview.storage().contains("<ac:structured-macro ac:name=\"shared-goals\">"));
        HttpResponse<String> view = get(confluence, "/pages/viewpage.action?pageId=" + overview.getId(), "tanaka");
        assertEquals(200, view.statusCode());
        assertFalse(view.body(), view.body().contains("sandbox-macro-error"));
        assertFalse(view.body(), view.body().contains("sandbox-unknown-macro"));
        assertTrue(confluence.services().pages().find("DEMO", "目標を追加する").isPresent());
        long sales = confluence.services().pages().find("SALES", "営業部の目標").orElseThrow().getId();
        assertEquals(404, get(confluence, "/pages/viewpage.action?pageId=" + sales, "suzuki").statusCode());
        assertEquals(200, get(confluence, "/pages/viewpage.action?pageId=" + sales, "sato").statusCode());
    }

    @Test
    public void aConfluenceRestartKeepsEditedPagesAndDoesNotRepeatTheDemoGoals() {
        ConfluencePages pages = confluence.services().pages();
        String kato = confluence.services().directory().byUsername("kato").orElseThrow().key();
        ConfluencePage created = pages.create("DEMO", "再起動の確認", "<p>残る</p>", kato);
        List<String> spaces = DemoSpace.all().stream().map(DemoSpace::key).toList();
        int goals = confluence.bean(GoalStore.class).page(new GoalQuery(null, null, null, null,
                GoalQuery.Sort.DUE, 0, 50), spaces).total();
        int count = pages.all().size();
        confluence.close();
        confluence = SandboxHost.start(Product.CONFLUENCE, home, 0);
        ConfluencePage found = confluence.services().pages().byId(created.getId()).orElseThrow();
        assertEquals("再起動の確認", found.getTitle());
        assertEquals("<p>残る</p>", found.storage());
        assertEquals("kato", found.getCreator().getName());
        assertEquals(count, confluence.services().pages().all().size());
        assertEquals(goals, confluence.bean(GoalStore.class).page(new GoalQuery(null, null, null, null,
                GoalQuery.Sort.DUE, 0, 50), spaces).total());
        assertEquals(200, get(confluence, "/pages/viewpage.action?pageId=" + created.getId(), "kato").statusCode());
    }
}
