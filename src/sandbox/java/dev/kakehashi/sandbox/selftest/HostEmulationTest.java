package dev.kakehashi.sandbox.selftest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceStatus;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventListener;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.user.UserKey;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.ao.PooledDataSource;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.directory.DemoUser;
import dev.kakehashi.sandbox.host.BundleI18nResolver;
import dev.kakehashi.sandbox.host.ConfluenceDatabase;
import dev.kakehashi.sandbox.host.ConfluenceDirectoryGroups;
import dev.kakehashi.sandbox.host.ConfluencePage;
import dev.kakehashi.sandbox.host.ConfluencePages;
import dev.kakehashi.sandbox.host.ConfluencePermissions;
import dev.kakehashi.sandbox.host.ConfluenceSpaces;
import dev.kakehashi.sandbox.host.ConfluenceUserOf;
import dev.kakehashi.sandbox.host.DirectoryUserManager;
import dev.kakehashi.sandbox.host.JiraDatabase;
import dev.kakehashi.sandbox.host.JiraInstance;
import dev.kakehashi.sandbox.host.JiraIssueProperties;
import dev.kakehashi.sandbox.host.JiraPermissions;
import dev.kakehashi.sandbox.host.JiraIssue;
import dev.kakehashi.sandbox.host.JiraIssueType;
import dev.kakehashi.sandbox.host.JiraIssueTypes;
import dev.kakehashi.sandbox.host.JiraProjects;
import dev.kakehashi.sandbox.host.JiraTranslations;
import dev.kakehashi.sandbox.host.JiraUsers;
import dev.kakehashi.sandbox.host.RequestContext;
import dev.kakehashi.sandbox.host.SandboxClusterLocks;
import dev.kakehashi.sandbox.host.SandboxEventPublisher;
import dev.kakehashi.sandbox.host.WebResources;
import dev.kakehashi.sandbox.jql.IssueSearch;
import dev.kakehashi.sandbox.web.Html;
import dev.kakehashi.sandbox.jql.JqlFunctions;
import dev.kakehashi.sandbox.jql.JqlQuery;
import com.atlassian.jira.entity.property.EntityPropertyOptions;
import com.atlassian.jira.entity.property.EntityPropertyService;
import dev.kakehashi.sandbox.pages.MacroBrowser;
import dev.kakehashi.sandbox.pages.MacroModules;
import dev.kakehashi.sandbox.pages.PageEditor;
import dev.kakehashi.sandbox.pages.StorageFormatRenderer;
import dev.kakehashi.sandbox.pages.WebPanels;
import dev.kakehashi.sandbox.plugin.EnabledPlugin;
import dev.kakehashi.sandbox.plugin.PluginDescriptor;
import dev.kakehashi.sandbox.velocity.VelocityTemplateRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.After;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The sandbox's emulation of the hosts' issue, page, user and permission services, web panels and macros: the same
 * user keys as SAL, the demo visibility rules, and panels and macros driven through the host interfaces.
 */
public class HostEmulationTest {
    private static final DemoDirectory JIRA = DemoDirectory.of(Product.JIRA);
    private static final DemoDirectory CONFLUENCE = DemoDirectory.of(Product.CONFLUENCE);
    private static final BiFunction<String, String, Object> NEW_INSTANCE = (name, namedBy) -> {
        try {
            return Class.forName(name).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(namedBy + ": " + e, e);
        }
    };
    private static final Logger PANELS_LOG = Logger.getLogger(WebPanels.class.getName());
    private static final Logger MACROS_LOG = Logger.getLogger(MacroModules.class.getName());
    private static Level panelsLevel;
    private static Level macrosLevel;

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private PooledDataSource jiraData;
    private JiraInstance jira;
    private PooledDataSource confluenceData;
    private ConfluenceSpaces spaces;
    private ConfluencePages pages;

    @Before
    public void openDatabases() {
        jiraData = new PooledDataSource("jdbc:hsqldb:mem:host-emulation-" + DATABASES.incrementAndGet()
                + ";shutdown=true", "SA", "");
        jira = JiraInstance.open(new JiraDatabase(jiraData), JIRA);
        confluenceData = new PooledDataSource("jdbc:hsqldb:mem:host-emulation-" + DATABASES.incrementAndGet()
                + ";shutdown=true", "SA", "");
        spaces = new ConfluenceSpaces(CONFLUENCE);
        pages = new ConfluencePages(new ConfluenceDatabase(confluenceData), CONFLUENCE, spaces);
    }

    @After
    public void closeDatabases() {
        jiraData.dispose();
        confluenceData.dispose();
    }

    @BeforeClass
    public static void quietExpectedFailures() {
        panelsLevel = PANELS_LOG.getLevel();
        macrosLevel = MACROS_LOG.getLevel();
        PANELS_LOG.setLevel(Level.OFF);
        MACROS_LOG.setLevel(Level.OFF);
    }

    @AfterClass
    public static void restoreLogging() {
        PANELS_LOG.setLevel(panelsLevel);
        MACROS_LOG.setLevel(macrosLevel);
    }

    private static ApplicationUser jiraUser(String username) {
        return new JiraUsers(JIRA).getUserByKey(JIRA.byUsername(username).orElseThrow().key());
    }

    private static ConfluenceUser confluenceUser(String username) {
        return new ConfluenceUserOf(CONFLUENCE.byUsername(username).orElseThrow());
    }

    private static PluginDescriptor fixture(Product product) {
        try (InputStream in = HostEmulationTest.class.getResourceAsStream("fixture-plugin.xml")) {
            return PluginDescriptor.parse(in, product);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void issuesCarryUserKeysThatJiraAndSalResolveToTheSamePeople() {
        IssueManager issues = jira.issues();
        Issue issue = issues.getIssueObject("DEMO-1");
        assertEquals("DEMO-1", issue.getKey());
        assertEquals(Long.valueOf(10000), issue.getId());
        assertTrue(issue.getReporterId(), issue.getReporterId().startsWith("JIRAUSER"));
        UserManager jiraUsers = new JiraUsers(JIRA);
        DirectoryUserManager sal = new DirectoryUserManager(Product.JIRA, JIRA);
        assertEquals("tanaka", jiraUsers.getUserByKey(issue.getReporterId()).getUsername());
        assertEquals("tanaka", sal.getUserProfile(new UserKey(issue.getReporterId())).getUsername());
        assertEquals("suzuki", jiraUsers.getUserByKey(issue.getAssigneeId()).getUsername());
        assertEquals(issue, issues.getIssueObject(10000L));
        assertEquals("経理システム刷新の予算 (confidential)", issues.getIssueObject("DEMO-4").getSummary());
        assertNull(issues.getIssueObject("DEMO-99"));
        assertNull(issues.getIssueObject(1L));
        assertNull(jiraUsers.getUserByKey("tanaka"));
    }

    @Test
    public void theConfidentialIssueIsBrowsedOnlyByAccountingAndAdministrators() {
        PermissionManager permissions = jira.permissions();
        IssueManager issues = jira.issues();
        Issue confidential = issues.getIssueObject("DEMO-4");
        Issue open = issues.getIssueObject("DEMO-1");
        assertTrue(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, confidential, jiraUser("kato")));
        assertTrue(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, confidential, jiraUser("admin")));
        assertFalse(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, confidential, jiraUser("tanaka")));
        assertFalse(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, confidential, null));
        assertTrue(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, open, jiraUser("guest")));
        assertFalse(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, open, null));
    }

    @Test
    public void projectsAreAdministeredByAdministratorsAndCollabAlsoByYoshida() {
        JiraPermissions permissions = jira.permissions();
        Issue demo = jira.issues().getIssueObject("DEMO-1");
        com.atlassian.jira.project.Project collab = jira.projects().getProjectObjByKey("COLLAB");
        assertTrue(permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, collab, jiraUser("yoshida")));
        assertTrue(permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, collab, jiraUser("admin")));
        assertFalse(permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, collab, jiraUser("ito")));
        assertFalse(permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, demo, jiraUser("yoshida")));
        assertTrue("everyone who browses edits", permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, demo,
                jiraUser("ito")));
        assertTrue(permissions.hasPermission(com.atlassian.jira.permission.GlobalPermissionKey.ADMINISTER,
                jiraUser("admin")));
        assertFalse(permissions.hasPermission(com.atlassian.jira.permission.GlobalPermissionKey.ADMINISTER,
                jiraUser("yoshida")));
        assertEquals(java.util.Set.of("tanaka", "sato", "inoue", "hayashi", "shimizu", "yamaguchi"), java.util.Set.copyOf(
                new dev.kakehashi.sandbox.host.JiraDirectoryGroups(dev.kakehashi.sandbox.directory.DemoDirectory.of(
                        dev.kakehashi.sandbox.Product.JIRA)).getUserNamesInGroup("sales")));
    }

    @Test
    public void pagesCarryTheirCreatorAndTheRetrospectiveIsViewedOnlyByDevelopmentAndAdministrators() {
        AbstractPage home = pages.getAbstractPage(65537);
        assertEquals("Home", home.getTitle());
        assertEquals("DEMO", home.getSpaceKey());
        assertEquals(65537, home.getId());
        assertEquals("admin", home.getCreator().getName());
        assertNull(pages.getAbstractPage(1));
        AbstractPage retrospective = pages.getAbstractPage(65540);
        assertEquals("開発チームの振り返り", retrospective.getTitle());
        ConfluencePermissions permissions = new ConfluencePermissions(CONFLUENCE);
        assertTrue(permissions.hasPermission(confluenceUser("suzuki"), Permission.VIEW, retrospective));
        assertTrue(permissions.hasPermission(confluenceUser("admin"), Permission.VIEW, retrospective));
        assertFalse(permissions.hasPermission(confluenceUser("tanaka"), Permission.VIEW, retrospective));
        assertFalse(permissions.hasPermission(null, Permission.VIEW, retrospective));
        assertTrue(permissions.hasPermission(confluenceUser("tanaka"), Permission.VIEW, home));
        assertFalse(permissions.hasPermission(null, Permission.VIEW, home));
    }

    @Test
    public void spacesAreFoundByKeyAndEveryPageKnowsItsSpace() {
        Space demo = spaces.getSpace("DEMO");
        assertEquals("デモ", demo.getName());
        assertEquals("DEMO", demo.getKey());
        assertEquals(98305, demo.getId());
        assertEquals("admin", demo.getCreator().getName());
        assertEquals("営業部", spaces.getSpace("SALES").getName());
        assertEquals("開発部", spaces.getSpace("DEV").getName());
        assertNull(spaces.getSpace("NOPE"));
        assertNull(spaces.getSpace("demo"));
        assertNull(spaces.getSpace(null));
        assertEquals(List.of("DEMO", "SALES", "DEV"), List.copyOf(spaces.getAllSpaceKeys(SpaceStatus.CURRENT)));
        assertEquals(List.of(), List.copyOf(spaces.getAllSpaceKeys(SpaceStatus.ARCHIVED)));
        assertEquals(demo, pages.getAbstractPage(65537).getSpace());
        assertEquals(spaces.getSpace("SALES"), pages.getAbstractPage(65542).getSpace());
        assertEquals("DEV", pages.getAbstractPage(65543).getSpaceKey());
    }

    @Test
    public void spacePermissionsFollowTheSpacesGroupsAndAdministratorsHaveAll() {
        ConfluencePermissions permissions = new ConfluencePermissions(CONFLUENCE);
        Space demo = spaces.getSpace("DEMO");
        Space sales = spaces.getSpace("SALES");
        Space dev = spaces.getSpace("DEV");
        for (String user : List.of("tanaka", "guest", "suzuki", "admin")) {
            assertTrue(user, permissions.hasPermission(confluenceUser(user), Permission.VIEW, demo));
        }
        assertTrue(permissions.hasPermission(confluenceUser("tanaka"), Permission.VIEW, sales));
        assertTrue(permissions.hasPermission(confluenceUser("admin"), Permission.VIEW, sales));
        assertFalse(permissions.hasPermission(confluenceUser("suzuki"), Permission.VIEW, sales));
        assertFalse(permissions.hasPermission(confluenceUser("guest"), Permission.VIEW, sales));
        assertTrue(permissions.hasPermission(confluenceUser("takahashi"), Permission.VIEW, dev));
        assertFalse(permissions.hasPermission(confluenceUser("tanaka"), Permission.VIEW, dev));

        for (Permission administer : List.of(Permission.ADMINISTER, Permission.EDIT)) {
            assertTrue(permissions.hasPermission(confluenceUser("sato"), administer, sales));
            assertTrue(permissions.hasPermission(confluenceUser("admin"), administer, sales));
            assertFalse(permissions.hasPermission(confluenceUser("tanaka"), administer, sales));
            assertFalse(permissions.hasPermission(confluenceUser("suzuki"), administer, sales));
            assertTrue(permissions.hasPermission(confluenceUser("suzuki"), administer, dev));
            assertFalse(permissions.hasPermission(confluenceUser("takahashi"), administer, dev));
            assertFalse(permissions.hasPermission(confluenceUser("sato"), administer, demo));
            assertTrue(permissions.hasPermission(confluenceUser("admin"), administer, demo));
        }

        Object application = com.atlassian.confluence.security.PermissionManager.TARGET_APPLICATION;
        assertTrue(permissions.hasPermission(confluenceUser("admin"), Permission.ADMINISTER, application));
        assertFalse(permissions.hasPermission(confluenceUser("sato"), Permission.ADMINISTER, application));
        assertFalse(permissions.hasPermission(confluenceUser("kobayashi"), Permission.ADMINISTER, application));
        assertTrue(permissions.hasPermission(confluenceUser("guest"), Permission.VIEW, application));
        assertFalse(permissions.hasPermission(confluenceUser("tanaka"), Permission.VIEW, "SYSTEM"));
        assertFalse(permissions.hasPermission(confluenceUser("admin"), Permission.VIEW, null));

        assertTrue(permissions.hasCreatePermission(confluenceUser("tanaka"), demo, Page.class));
        assertTrue(permissions.hasCreatePermission(confluenceUser("yamada"), demo, Page.class));
        assertFalse(permissions.hasCreatePermission(confluenceUser("guest"), demo, Page.class));
        assertTrue(permissions.hasCreatePermission(confluenceUser("tanaka"), sales, Page.class));
        assertTrue(permissions.hasCreatePermission(confluenceUser("admin"), sales, Page.class));
        assertFalse(permissions.hasCreatePermission(confluenceUser("suzuki"), sales, Page.class));
        assertTrue(permissions.hasCreatePermission(confluenceUser("takahashi"), dev, Page.class));
        assertFalse(permissions.hasCreatePermission(confluenceUser("sato"), dev, Page.class));
        assertTrue(permissions.hasCreatePermission(confluenceUser("tanaka"), pages.getAbstractPage(65537), Page.class));
        assertFalse(permissions.hasCreatePermission(confluenceUser("tanaka"), demo, String.class));
        assertFalse(permissions.hasCreatePermission(confluenceUser("tanaka"), null, Page.class));

        for (Object target : List.of(demo, sales, application, pages.getAbstractPage(65537))) {
            for (Permission permission : List.of(Permission.VIEW, Permission.EDIT, Permission.ADMINISTER)) {
                assertFalse(permissions.hasPermission(null, permission, target));
            }
            assertFalse(permissions.hasCreatePermission(null, target, Page.class));
        }
    }

    @Test
    public void pagePermissionsNeedTheSpaceAndTheRestrictionAndEditingNeedsAddPage() {
        ConfluencePermissions permissions = new ConfluencePermissions(CONFLUENCE);
        AbstractPage salesHome = pages.getAbstractPage(65542);
        assertTrue(permissions.hasPermission(confluenceUser("sato"), Permission.VIEW, salesHome));
        assertFalse(permissions.hasPermission(confluenceUser("suzuki"), Permission.VIEW, salesHome));
        assertTrue(permissions.hasPermission(confluenceUser("admin"), Permission.VIEW, salesHome));
        AbstractPage home = pages.getAbstractPage(65537);
        assertTrue(permissions.hasPermission(confluenceUser("tanaka"), Permission.EDIT, home));
        assertFalse(permissions.hasPermission(confluenceUser("guest"), Permission.EDIT, home));
        assertTrue(permissions.hasPermission(confluenceUser("guest"), Permission.VIEW, home));
        assertFalse(permissions.hasPermission(confluenceUser("tanaka"), Permission.ADMINISTER, home));
        assertTrue(permissions.hasPermission(confluenceUser("sato"), Permission.ADMINISTER, salesHome));
        AbstractPage retrospective = pages.getAbstractPage(65540);
        assertFalse(permissions.hasPermission(confluenceUser("tanaka"), Permission.EDIT, retrospective));
        assertTrue(permissions.hasPermission(confluenceUser("takahashi"), Permission.EDIT, retrospective));
    }

    @Test
    public void pagesAreCreatedAndEditedWithVersionsAndSurviveARestart() throws IOException {
        Path home = Files.createTempDirectory("kakehashi-confluence-db");
        String url = "jdbc:hsqldb:file:" + home.resolve("db") + ";shutdown=true;hsqldb.write_delay=false";
        String tanaka = CONFLUENCE.byUsername("tanaka").orElseThrow().key();
        String sato = CONFLUENCE.byUsername("sato").orElseThrow().key();
        PooledDataSource first = new PooledDataSource(url, "SA", "");
        long created;
        try {
            ConfluencePages before = new ConfluencePages(new ConfluenceDatabase(first), CONFLUENCE, spaces);
            ConfluencePage page = before.create("SALES", "  商談メモ  ", "<p>初版</p>", tanaka);
            created = page.getId();
            assertEquals(65600, created);
            assertEquals("商談メモ", page.getTitle());
            assertEquals(1, page.version());
            assertEquals("SALES", page.getSpace().getKey());
            ConfluencePage saved = before.save(created, "商談メモ（更新）", "<p>第二版</p>", sato, 1);
            assertEquals(2, saved.version());
            assertEquals("tanaka", saved.getCreator().getName());
            assertEquals("sato", saved.getLastModifier().getName());
            assertEquals("title.taken", refusal(() -> before.create("SALES", "営業部ホーム", "", tanaka)));
            assertEquals("title.taken", refusal(() -> before.save(created, "営業部ホーム", "", tanaka, 2)));
            assertEquals("title.blank", refusal(() -> before.create("DEMO", " ", "", tanaka)));
            assertEquals("title.long", refusal(() -> before.create("DEMO", "あ".repeat(256), "", tanaka)));
            assertEquals("version", refusal(() -> before.save(created, "古い版から", "<p>x</p>", tanaka, 1)));
            assertEquals("space", refusal(() -> before.create("NOPE", "x", "", tanaka)));
            assertEquals("page", refusal(() -> before.save(1, "x", "", tanaka, 1)));
            before.create("DEMO", "営業部ホーム", "<p>別のスペースなら同じ名前でもよい</p>", tanaka);
            before.save(65537, "Home", "<p>編集したホーム</p>", sato, 1);
        } finally {
            first.dispose();
        }
        PooledDataSource second = new PooledDataSource(url, "SA", "");
        try {
            ConfluencePages after = new ConfluencePages(new ConfluenceDatabase(second), CONFLUENCE, spaces);
            ConfluencePage found = after.byId(created).orElseThrow();
            assertEquals("商談メモ（更新）", found.getTitle());
            assertEquals("<p>第二版</p>", found.storage());
            assertEquals(2, found.version());
            assertEquals("sato", found.getLastModifier().getName());
            assertEquals(found, after.find("SALES", "商談メモ（更新）").orElseThrow());
            ConfluencePage edited = after.byId(65537).orElseThrow();
            assertEquals("<p>編集したホーム</p>", edited.storage());
            assertEquals(2, edited.version());
            assertEquals(List.of(65542L, created), after.inSpace("SALES").stream().map(ConfluencePage::getId).toList());
            assertEquals(created + 2, after.create("DEV", "次のページ", "", tanaka).getId());
        } finally {
            second.dispose();
        }
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
            fail("the page was stored");
            return null;
        } catch (ConfluencePages.PageRefused e) {
            return e.reason();
        }
    }

    @Test
    public void userAccessorAndSalAgreeOnConfluenceUserKeys() {
        ConfluenceDirectoryGroups accessor = new ConfluenceDirectoryGroups(CONFLUENCE);
        DirectoryUserManager sal = new DirectoryUserManager(Product.CONFLUENCE, CONFLUENCE);
        UserKey key = sal.getUserProfile("kato").getUserKey();
        ConfluenceUser kato = accessor.getUserByKey(key);
        assertEquals("kato", kato.getName());
        assertEquals(key, kato.getKey());
        assertEquals("加藤 葵", kato.getFullName());
        assertNull(accessor.getUserByKey(new UserKey("kato")));
        assertEquals(sal.getUserProfile("yoshida").getUserKey(),
                pages.getAbstractPage(65538).getCreator().getKey());
    }

    @Test
    public void webPanelsRenderInWeightOrderWithTheirConditionsParamsAndLabels() {
        RequestContext.begin(null, null, Locale.ENGLISH, false);
        try {
            VelocityTemplateRenderer renderer = new VelocityTemplateRenderer(Set.of(), Map.of());
            WebPanels panels = new WebPanels(fixture(Product.JIRA), NEW_INSTANCE, renderer,
                    new BundleI18nResolver(null, getClass().getClassLoader()),
                    WebPanels.Frame.JIRA_MODULE);
            Map<String, Object> context = Map.of("issue", jira.issues().getIssueObject("DEMO-2"),
                    "user", jiraUser("kato"));
            String right = panels.render("atl.jira.view.issue.right.context", context);
            assertTrue(right, right.indexOf("id=\"first\"") >= 0);
            assertTrue(right, right.indexOf("id=\"first\"") < right.indexOf("id=\"second\""));
            assertFalse(right, right.contains("id=\"hidden\""));
            assertTrue(right, right.contains("<h2 class=\"toggle-title\">fixture.second.label</h2>"));
            assertTrue(right, right.contains("&lt;b&gt;こんにちは DEMO-2 kato"));
            assertFalse(right, right.contains("id=\"first_heading\""));

            String left = panels.render("atl.jira.view.issue.left.context", context);
            assertTrue(left, left.contains("sandbox-web-panel-error"));
            assertTrue(left, left.contains("Error rendering 'dev.kakehashi.fixture:broken'"));
        } finally {
            RequestContext.end();
        }
    }

    @Test
    public void aContextProviderThatIsNoContextProviderStopsTheStart() {
        BiFunction<String, String, Object> wrong = (name, namedBy) -> new Object();
        try {
            new WebPanels(fixture(Product.JIRA), wrong, new VelocityTemplateRenderer(Set.of(), Map.of()),
                    new BundleI18nResolver(null, getClass().getClassLoader()),
                    WebPanels.Frame.JIRA_MODULE);
            fail("a module class of the wrong type was accepted");
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("com.atlassian.plugin.web"));
        }
    }

    @Test
    public void aLinkToAUserShowsTheirDisplayNameLinkingToTheirProfileAsConfluenceDoes() {
        MacroModules macros = new MacroModules(fixture(Product.CONFLUENCE), NEW_INSTANCE);
        StorageFormatRenderer storage = new StorageFormatRenderer(macros, "/confluence", CONFLUENCE);
        AbstractPage wall = pages.getAbstractPage(65541);
        DemoUser suzuki = CONFLUENCE.byUsername("suzuki").orElseThrow();

        String html = storage.render("<ul><li><ac:link><ri:user ri:userkey=\"" + suzuki.key() + "\" /></ac:link></li>"
                + "<li><ac:link><ri:user ri:username=\"kato\"/></ac:link></li>"
                + "<li><ac:link><ri:user ri:userkey=\"nobody&lt;b&gt;\"/></ac:link></li></ul>", wall, "DEMO");

        assertTrue(html, html.contains("<a href=\"/confluence/display/~suzuki\" class=\"confluence-userlink user-mention\""
                + " data-username=\"suzuki\" data-linked-resource-type=\"userinfo\">" + Html.text(suzuki.fullName())
                + "</a>"));
        assertTrue(html, html.contains("data-username=\"kato\""));
        assertTrue(html, html.contains("<a class=\"unresolved\" href=\"#\">nobody&lt;b&gt;</a>"));
    }

    @Test
    public void macrosSeeThePageTheirParametersAndBodyAndFailuresBecomeEscapedErrorBoxes() {
        MacroModules macros = new MacroModules(fixture(Product.CONFLUENCE), NEW_INSTANCE);
        StorageFormatRenderer storage = new StorageFormatRenderer(macros, "/confluence");
        AbstractPage wall = pages.getAbstractPage(65541);
        String html = storage.render("<ac:structured-macro ac:name=\"fixture-macro\">"
                + "<ac:parameter ac:name=\"size\">10</ac:parameter>"
                + "<ac:rich-text-body><p>body</p></ac:rich-text-body></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"failing-macro\"/>"
                + "<ac:structured-macro ac:name=\"thanks-wall\"><ac:parameter ac:name=\"size\">10</ac:parameter>"
                + "</ac:structured-macro>", wall, "DEMO");
        assertTrue(html, html.contains("display|DEMO|サンクスウォール#65541|10|<p>body</p>"));
        assertTrue(html, html.contains("Error rendering macro &#39;failing-macro&#39; : &lt;b&gt;size&lt;/b&gt; must be"));
        assertTrue(html, html.contains("Unknown macro: {thanks-wall}"));
    }

    @Test
    public void theMacroBrowserOffersTheMacrosWithParametersWithTheirMetadata() {
        PluginDescriptor fixture = fixture(Product.CONFLUENCE);
        MacroBrowser browser = new MacroBrowser(fixture, new BundleI18nResolver(null, getClass().getClassLoader()),
                "/confluence");
        assertEquals(List.of("browsable-macro"), browser.macros().stream().map(PluginDescriptor.MacroModule::name)
                .toList());
        String json = browser.metadataJson(Locale.ENGLISH);
        assertTrue(json, json.startsWith("[{\"name\":\"browsable-macro\",\"title\":\"Browsable macro\","));
        assertTrue(json, json.contains("{\"name\":\"title\",\"type\":{\"name\":\"string\"},\"required\":true,"
                + "\"multiple\":false,\"defaultValue\":null,\"hidden\":false,\"enumValues\":[],\"options\":{},"
                + "\"displayName\":\"title\",\"description\":\"\"}"));
        assertTrue(json, json.contains("{\"name\":\"mode\",\"type\":{\"name\":\"enum\"},\"required\":false,"
                + "\"multiple\":false,\"defaultValue\":\"b\",\"hidden\":false,\"enumValues\":[\"a\",\"b\"]"));
        assertTrue(json, json.contains("\"name\":\"count\",\"type\":{\"name\":\"int\"}"));
        assertTrue(json, json.contains("\"name\":\"space\",\"type\":{\"name\":\"spacekey\"},\"required\":false,"
                + "\"multiple\":true,\"defaultValue\":null,\"hidden\":false,\"enumValues\":[],"
                + "\"options\":{\"showKeyInPlaceholder\":\"false\"}"));
        assertTrue(json, json.contains("\"name\":\"secret\",\"type\":{\"name\":\"string\"},\"required\":false,"
                + "\"multiple\":false,\"defaultValue\":null,\"hidden\":true"));
        String dialog = browser.dialogHtml(Locale.JAPANESE);
        assertTrue(dialog, dialog.startsWith("<section id=\"macro-browser-dialog\" class=\"aui-dialog2"));
        assertTrue(dialog, dialog.contains("data-macro-name=\"browsable-macro\""));
        assertTrue(dialog, dialog.contains("src=\"/confluence/download/resources/dev.kakehashi.fixture/icon.svg\""));
        assertTrue(dialog, dialog.contains("id=\"macro-browser-insert\" disabled>挿入</button>"));
        assertTrue(dialog, dialog.contains("<script type=\"application/json\" id=\"macro-browser-metadata\">["));
        assertFalse(dialog, dialog.contains("hidden-macro"));
        assertFalse(dialog, dialog.contains("fixture-macro"));
        assertEquals(List.of("dev.kakehashi.fixture:editor-script"), WebResources.inContexts(fixture,
                PageEditor.CONTEXTS));
    }

    @Test
    public void theDemoPagesHoldTheThanksWallMacro() {
        List<String> titles = pages.all().stream().map(AbstractPage::getTitle).toList();
        assertTrue(titles.toString(), titles.containsAll(List.of("Home", "開発チームの振り返り", "サンクスウォール")));
        String storage = ((ConfluencePage) pages.getAbstractPage(65541)).storage();
        assertTrue(storage, storage.contains("<ac:structured-macro ac:name=\"thanks-wall\">"
                + "<ac:parameter ac:name=\"size\">10</ac:parameter></ac:structured-macro>"));
        assertNotNull(jira.issues().getIssueObject("DEMO-5"));
    }

    private static IssueInputParameters input(IssueService service, Long projectId, String typeId, String summary) {
        return service.newIssueInputParameters().setProjectId(projectId).setIssueTypeId(typeId).setSummary(summary)
                .setDescription("説明");
    }

    private MutableIssue create(String username, Long projectId, String typeId, String summary) {
        IssueService service = jira.issueService();
        ApplicationUser user = jiraUser(username);
        IssueService.CreateValidationResult validation = service.validateCreate(user,
                input(service, projectId, typeId, summary));
        assertTrue(validation.getErrorCollection().getErrors() + " " + validation.getErrorCollection()
                .getErrorMessages(), validation.isValid());
        IssueService.IssueResult result = service.create(user, validation);
        assertTrue(result.isValid());
        return result.getIssue();
    }

    @Test
    public void deleteIssueNoEventRemovesTheIssueAndRefusesAnUnknownOne() throws Exception {
        MutableIssue created = create("tanaka", JiraProjects.COLLAB.id(), JiraIssueTypes.TASK, "消す依頼");

        jira.issues().deleteIssueNoEvent(created);

        assertNull(jira.issues().getIssueObject(created.getId()));
        assertNull(jira.issues().getIssueObject(created.getKey()));
        assertThrows(com.atlassian.jira.exception.RemoveException.class,
                () -> jira.issues().deleteIssueNoEvent(created));
    }

    @Test
    public void issueServiceCreatesIssuesWithNewIdsAndKeysPerProjectThatIssueManagerFinds() {
        MutableIssue first = create("tanaka", JiraProjects.COLLAB.id(), JiraIssueTypes.TASK, "  最初の依頼  ");
        assertEquals(Long.valueOf(10100), first.getId());
        assertEquals("COLLAB-1", first.getKey());
        assertEquals("最初の依頼", first.getSummary());
        assertEquals(jiraUser("tanaka").getKey(), first.getReporterId());
        assertNull(first.getAssigneeId());
        assertEquals(Long.valueOf(10001), first.getProjectId());
        assertEquals("COLLAB", first.getProjectObject().getKey());
        assertEquals("Task", first.getIssueType().getName());
        assertNull(first.getResolutionId());
        assertNull(first.getResolutionDate());
        assertEquals("未着手", ((JiraIssue) first).status());

        IssueService service = jira.issueService();
        IssueService.CreateValidationResult validation = service.validateCreate(jiraUser("admin"),
                input(service, JiraProjects.DEMO.id(), JiraIssueTypes.BUG, "バグ報告")
                        .setReporterId(jiraUser("kato").getKey()).setAssigneeId(jiraUser("suzuki").getKey()));
        MutableIssue second = service.create(jiraUser("admin"), validation).getIssue();
        assertEquals("DEMO-6", second.getKey());
        assertEquals(Long.valueOf(10101), second.getId());
        assertEquals(jiraUser("kato").getKey(), second.getReporterId());
        assertEquals(jiraUser("suzuki").getKey(), second.getAssigneeId());

        assertEquals(first, jira.issues().getIssueObject("COLLAB-1"));
        assertEquals(first, jira.issues().getIssueObject("collab-1"));
        assertEquals(second, jira.issues().getIssueObject(10101L));
        assertTrue(jira.permissions().hasPermission(ProjectPermissions.BROWSE_PROJECTS, first, jiraUser("guest")));
        assertTrue(jira.permissions().hasPermission(ProjectPermissions.EDIT_ISSUES, first, jiraUser("kato")));
        assertFalse(jira.permissions().hasPermission(ProjectPermissions.CREATE_ISSUES, first, null));
    }

    @Test
    public void validateCreateRefusesAsJiraDoes() {
        IssueService service = jira.issueService();
        ApplicationUser tanaka = jiraUser("tanaka");
        IssueService.CreateValidationResult anonymous = service.validateCreate(null,
                input(service, JiraProjects.DEMO.id(), JiraIssueTypes.TASK, "x"));
        assertFalse(anonymous.isValid());
        assertEquals(1, anonymous.getErrorCollection().getErrorMessages().size());
        assertNull(anonymous.getIssue());
        assertEquals(Set.of("project"), service.validateCreate(tanaka, input(service, 99L, JiraIssueTypes.TASK, "x"))
                .getErrorCollection().getErrors().keySet());
        assertEquals(Set.of("issuetype"), service.validateCreate(tanaka,
                input(service, JiraProjects.COLLAB.id(), JiraIssueTypes.BUG, "x")).getErrorCollection().getErrors()
                .keySet());
        assertEquals(Set.of("issuetype"), service.validateCreate(tanaka,
                input(service, JiraProjects.DEMO.id(), "99999", "x")).getErrorCollection().getErrors().keySet());
        assertEquals(Set.of("summary"), service.validateCreate(tanaka,
                input(service, JiraProjects.DEMO.id(), JiraIssueTypes.TASK, "  ")).getErrorCollection().getErrors()
                .keySet());
        assertEquals(Set.of("summary"), service.validateCreate(tanaka,
                input(service, JiraProjects.DEMO.id(), JiraIssueTypes.TASK, "あ".repeat(256))).getErrorCollection()
                .getErrors().keySet());
        assertTrue(service.validateCreate(tanaka, input(service, JiraProjects.DEMO.id(), JiraIssueTypes.TASK,
                "あ".repeat(255))).isValid());
        assertEquals(Set.of("assignee"), service.validateCreate(tanaka, input(service, JiraProjects.DEMO.id(),
                JiraIssueTypes.TASK, "x").setAssigneeId("tanaka")).getErrorCollection().getErrors().keySet());
        IssueService.CreateValidationResult invalid = service.validateCreate(tanaka,
                input(service, JiraProjects.DEMO.id(), JiraIssueTypes.TASK, ""));
        assertEquals("課題の要約を指定してください。", invalid.getErrorCollection().getErrors().get("summary"));
        try {
            service.create(tanaka, invalid);
            fail("an invalid validation result created an issue");
        } catch (IllegalStateException expected) {
            // as Jira
        }
        assertNull(jira.issues().getIssueObject("DEMO-6"));
    }

    @Test
    public void issuesIssueTypesSchemesAndTranslationsSurviveARestart() throws IOException {
        Path home = Files.createTempDirectory("kakehashi-jira-db");
        String url = "jdbc:hsqldb:file:" + home.resolve("db") + ";shutdown=true;hsqldb.write_delay=false";
        PooledDataSource first = new PooledDataSource(url, "SA", "");
        JiraInstance before = JiraInstance.open(new JiraDatabase(first), JIRA);
        IssueType type = before.issueTypes().createIssueType("Collaboration request", "A request", 10300L);
        before.translations().setIssueConstantTranslation(type, JiraTranslations.ISSUE_TYPE_PREFIX, Locale.JAPAN,
                "連携依頼", "部署間の依頼");
        before.schemes().update(before.schemes().getConfigScheme(JiraProjects.COLLAB),
                List.of(JiraIssueTypes.TASK, type.getId()));
        jira = before;
        MutableIssue created = create("suzuki", JiraProjects.COLLAB.id(), type.getId(), "再起動後も残る");
        before.issues().resolve(created.getId());
        first.dispose();

        PooledDataSource second = new PooledDataSource(url, "SA", "");
        try {
            JiraInstance after = JiraInstance.open(new JiraDatabase(second), JIRA);
            JiraIssue found = after.issues().byKey("COLLAB-1");
            assertEquals(created.getId(), found.getId());
            assertEquals("再起動後も残る", found.getSummary());
            assertEquals(type.getId(), found.getIssueTypeId());
            assertNotNull(found.getResolutionDate());
            assertEquals(JiraIssue.RESOLUTION_DONE, found.getResolutionId());
            assertEquals("完了", found.status());
            assertEquals("連携依頼", after.issueTypes().getIssueType(type.getId()).getNameTranslation("ja_JP"));
            assertEquals(List.of(JiraIssueTypes.TASK, type.getId()), ids(after.schemes()
                    .getIssueTypesForProject(JiraProjects.COLLAB)));
            assertTrue(ids(after.schemes().getIssueTypesForProject(JiraProjects.DEMO)).contains(type.getId()));
            assertEquals(5, after.issues().countIn(JiraProjects.DEMO));
            assertEquals(Long.valueOf(10101), after.issueService().create(jiraUser("admin"), after.issueService()
                    .validateCreate(jiraUser("admin"), input(after.issueService(), JiraProjects.DEMO.id(),
                            JiraIssueTypes.TASK, "次の課題"))).getIssue().getId());
        } finally {
            second.dispose();
        }
    }

    private static List<String> ids(Collection<IssueType> types) {
        return types.stream().map(IssueType::getId).toList();
    }

    @Test
    public void issueTypesAreTranslatedAndCreatedTypesJoinTheDefaultSchemeWhileUpdateReplacesAScheme() {
        IssueTypeManager types = jira.issueTypes();
        IssueTypeSchemeManager schemes = jira.schemes();
        assertEquals(List.of("10000", "10001", "10002"), ids(types.getIssueTypes()));
        IssueType bug = types.getIssueType(JiraIssueTypes.BUG);
        assertEquals("Bug", bug.getName());
        assertEquals("バグ", bug.getNameTranslation("ja_JP"));
        assertEquals("Bug", bug.getNameTranslation("de_DE"));
        assertEquals("バグ", ((JiraIssueType) bug).nameFor(Locale.JAPANESE));
        assertEquals("Bug", ((JiraIssueType) bug).nameFor(Locale.ENGLISH));
        assertNull(types.getIssueType("42"));

        FieldConfigScheme defaultScheme = schemes.getDefaultIssueTypeScheme();
        FieldConfigScheme collab = schemes.getConfigScheme(JiraProjects.COLLAB);
        assertEquals(defaultScheme.getId(), schemes.getConfigScheme(JiraProjects.DEMO).getId());
        assertTrue(schemes.isDefaultIssueTypeScheme(defaultScheme));
        assertFalse(schemes.isDefaultIssueTypeScheme(collab));
        assertEquals("COLLAB: 課題タイプスキーム", collab.getName());
        assertEquals(List.of("10000"), ids(schemes.getIssueTypesForProject(JiraProjects.COLLAB)));

        Long avatar = jira.avatars().getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE);
        IssueType created = types.createIssueType("Information sharing", "Share what you know", avatar);
        assertEquals("10100", created.getId());
        assertFalse(created.isSubTask());
        assertEquals(created.getId(), types.getIssueType("10100").getId());
        assertEquals(List.of("10000", "10001", "10002", "10100"), ids(schemes.getIssueTypesForProject(
                jira.projects().getProjectByCurrentKey("DEMO"))));
        assertEquals(List.of("10000"), ids(schemes.getIssueTypesForProject(JiraProjects.COLLAB)));
        try {
            types.createIssueType("information SHARING", "again", avatar);
            fail("a second type with the same name was created");
        } catch (IllegalArgumentException expected) {
            // names are unique
        }
        schemes.update(collab, List.of("10100", "10001"));
        assertEquals(List.of("10100", "10001"), ids(schemes.getIssueTypesForProject(JiraProjects.COLLAB)));
        schemes.addOptionToDefault("10100");
        assertEquals(4, schemes.getIssueTypesForProject(JiraProjects.DEMO).size());
        assertEquals(List.of("DEMO", "COLLAB"), jira.projects().getProjectObjects().stream().map(Project::getKey)
                .toList());
        assertEquals("部署間連携", jira.projects().getProjectObj(10001L).getName());
        assertNull(jira.projects().getProjectObjByKey("NOPE"));
    }

    /** A listener as the plugin writes one. */
    public static final class RecordingListener {
        final List<Object> received = new CopyOnWriteArrayList<>();

        @EventListener
        public void onIssueEvent(IssueEvent event) {
            received.add(event);
        }

        @EventListener
        public void onAnything(Object event) {
            received.add("any:" + event.getClass().getSimpleName());
        }

        public void notAListener(IssueEvent event) {
            received.add("wrong");
        }
    }

    /** A listener that fails. */
    public static final class FailingListener {
        @EventListener
        public void onString(String event) {
            throw new IllegalStateException("listener failure: " + event);
        }
    }

    @Test
    public void theEventPublisherCallsEveryMatchingListenerMethodAndKeepsListenerFailuresToItself() {
        SandboxEventPublisher events = new SandboxEventPublisher();
        RecordingListener listener = new RecordingListener();
        Logger log = Logger.getLogger(SandboxEventPublisher.class.getName());
        Level level = log.getLevel();
        log.setLevel(Level.OFF);
        try {
            events.register(listener);
            events.register(listener);
            events.register(new FailingListener());
            IssueEvent event = new IssueEvent(jira.issues().getIssueObject("DEMO-1"), Map.of(), jiraUser("tanaka"),
                    EventType.ISSUE_RESOLVED_ID);
            events.publish(event);
            events.publish("text");
            assertEquals(List.of(event, "any:IssueEvent", "any:String"), sortedEvents(listener.received, event));
            events.unregister(listener);
            events.publish(event);
            assertEquals(3, listener.received.size());
            events.unregisterAll();
            assertEquals(0, events.listenerCount());
            try {
                events.register(new Object());
                fail("an object without listener methods was registered");
            } catch (IllegalArgumentException expected) {
                // as atlassian-event
            }
        } finally {
            log.setLevel(level);
        }
    }

    /** The event first, then the rest in order (methods of one listener run in no defined order). */
    private static List<Object> sortedEvents(List<Object> received, Object event) {
        List<Object> result = new ArrayList<>();
        received.stream().filter(e -> e == event).forEach(result::add);
        received.stream().filter(e -> e != event).sorted(Comparator.comparing(String::valueOf)).forEach(result::add);
        return result;
    }

    @Test
    public void aClusterLockExcludesOtherThreadsUntilItIsReleased() throws Exception {
        ClusterLockService locks = new SandboxClusterLocks();
        ClusterLock lock = locks.getLockForName("dev.kakehashi.test");
        assertSame(lock, locks.getLockForName("dev.kakehashi.test"));
        assertNotSame(lock, locks.getLockForName("other"));
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            lock.lock();
            assertTrue(lock.isHeldByCurrentThread());
            assertFalse(other.submit(() -> lock.tryLock()).get());
            assertTrue(other.submit(() -> locks.getLockForName("other").tryLock(1, TimeUnit.SECONDS)).get());
            lock.unlock();
            assertFalse(lock.isHeldByCurrentThread());
            assertTrue(other.submit(() -> lock.tryLock()).get());
            assertFalse(lock.tryLock());
        } finally {
            other.shutdownNow();
        }
        try {
            lock.newCondition();
            fail("a cluster lock gave a condition");
        } catch (UnsupportedOperationException expected) {
            // as the host's cluster locks
        }
    }

    @Test
    public void jqlReadsAndClausesAndQuotedArgumentsAndRefusesWhatItCannotRead() throws Exception {
        JqlQuery query = JqlQuery.parse("project = DEMO and issuetype = \"Bug\" AND issue in "
                + "fixtureIssues(\"a b, c\", '<x>=y', \"部署 \\\"間\\\"\", 10000)");
        assertEquals(List.of(new JqlQuery.FieldClause("project", "DEMO"), new JqlQuery.FieldClause("issuetype", "Bug"),
                new JqlQuery.FunctionClause("issue", "fixtureIssues", List.of("a b, c", "<x>=y", "部署 \"間\"",
                        "10000"))), query.clauses());
        assertEquals(List.of(), JqlQuery.parse("  ").clauses());
        for (String wrong : List.of("project", "project = ", "project DEMO", "status = Open", "project = A OR B",
                "issue in f(\"x\"", "issue in f(a b)", "issue = 1", "summary ~ x", "project = \"DEMO")) {
            try {
                JqlQuery.parse(wrong);
                fail("parsed: " + wrong);
            } catch (JqlQuery.ParseException expected) {
                assertFalse(expected.getMessage().isEmpty());
            }
        }
    }

    @Test
    public void jqlReadsEntityPropertyClausesWithTheirOperatorsAndAliases() throws Exception {
        assertEquals(List.of(new JqlQuery.FieldClause("project", "COLLAB"),
                new JqlQuery.PropertyClause("issue.property[kakehashi.request].step", "kakehashi.request", "step", ">=",
                        "3"),
                new JqlQuery.PropertyClause("cardSize", null, null, "!=", "2"),
                new JqlQuery.PropertyClause("ISSUE.PROPERTY[fixture.card].owner.name", "fixture.card", "owner.name", "=",
                        "佐藤 花子")),
                JqlQuery.parse("project = COLLAB AND issue.property[kakehashi.request].step>=3 and cardSize != 2 "
                        + "AND ISSUE.PROPERTY[fixture.card].owner.name = \"佐藤 花子\"", Set.of("cardsize")).clauses());
        for (String wrong : List.of("cardSize = 2", "issue.property[a].b in (1)", "issue.property[a].b ! 1",
                "issue.property[a].b =", "issue.property[a].b = =")) {
            try {
                JqlQuery.parse(wrong);
                fail("parsed: " + wrong);
            } catch (JqlQuery.ParseException expected) {
                assertFalse(expected.getMessage().isEmpty());
            }
        }
    }

    private JiraIssueProperties issueProperties() {
        return new JiraIssueProperties(jira.database(), jira.issues(), jira.permissions(),
                fixture(Product.JIRA).indexDocuments());
    }

    private void setCard(JiraIssueProperties properties, String issueKey, String json) {
        EntityPropertyService.SetPropertyValidationResult validation = properties.validateSetProperty(
                jiraUser("admin"), jira.issues().getIssueObject(issueKey).getId(),
                new EntityPropertyService.PropertyInput(json, "fixture.card"));
        assertTrue(validation.getErrorCollection().getErrorMessages() + " " + validation.getErrorCollection()
                .getErrors(), validation.isValid());
        assertTrue(properties.setProperty(jiraUser("admin"), validation).isValid());
    }

    @Test
    public void issuePropertiesAreIndexedAsTheDescriptorSaysAndSearchedWithTheirTypes() {
        JiraIssueProperties properties = issueProperties();
        setCard(properties, "DEMO-1", "{\"size\": 3, \"colour\": \"Red\", \"note\": \"Quarterly sales review\", "
                + "\"due\": \"2026-12-01\", \"tags\": [\"a\", \"b\"], \"owner\": {\"name\": \"佐藤 花子\"}}");
        setCard(properties, "DEMO-2", "{\"size\": 10, \"colour\": \"red\", \"due\": \"2026-11-20T09:00:00+09:00\"}");
        setCard(properties, "DEMO-3", "{\"size\": \"3\", \"colour\": \"Blue\", \"tags\": \"b\"}");
        IssueSearch search = new IssueSearch(jira, new JqlFunctions(fixture(Product.JIRA), NEW_INSTANCE), properties);
        DemoUser admin = JIRA.byUsername("admin").orElseThrow();

        assertEquals("a number extract compares numbers, not text (\"3\" is not indexed)", List.of("DEMO-1"),
                keys(search.search("issue.property[fixture.card].size = 3", admin)));
        assertEquals(List.of("DEMO-2"), keys(search.search("issue.property[fixture.card].size > 3", admin)));
        assertEquals("the alias names the same values", List.of("DEMO-1", "DEMO-2"),
                keys(search.search("cardsize <= 10", admin)));
        assertEquals("a string is exact", List.of("DEMO-1"),
                keys(search.search("issue.property[fixture.card].colour = Red", admin)));
        assertEquals("!= needs a value", List.of("DEMO-2", "DEMO-3"),
                keys(search.search("issue.property[fixture.card].colour != Red", admin)));
        assertEquals("text is searched by word, in any case", List.of("DEMO-1"),
                keys(search.search("issue.property[fixture.card].note ~ \"SALES quarterly\"", admin)));
        assertEquals("dates compare as dates", List.of("DEMO-2"),
                keys(search.search("issue.property[fixture.card].due < 2026-11-30", admin)));
        assertEquals("each element of an array", List.of("DEMO-1", "DEMO-3"),
                keys(search.search("issue.property[fixture.card].tags = b", admin)));
        assertEquals(List.of("DEMO-1"),
                keys(search.search("issue.property[fixture.card].owner.name = \"佐藤 花子\"", admin)));
        assertEquals("a path nothing indexes matches nothing", List.of(),
                keys(search.search("issue.property[fixture.card].shape = round", admin)));
        assertEquals(List.of("The operator '~' is not supported by the number field 'issue.property[fixture.card].size'."),
                search.search("issue.property[fixture.card].size ~ 3", admin).errors());
        assertFalse(search.search("issue.property[fixture.card].due = tomorrow", admin).errors().isEmpty());

        setCard(properties, "DEMO-1", "{\"size\": 4}");
        assertEquals("setting the property again re-indexes the issue", List.of(),
                keys(search.search("issue.property[fixture.card].size = 3", admin)));
        assertEquals("the index survives a restart", List.of("DEMO-1"), keys(new IssueSearch(jira,
                new JqlFunctions(fixture(Product.JIRA), NEW_INSTANCE), issueProperties())
                .search("issue.property[fixture.card].size = 4", admin)));
    }

    @Test
    public void settingAnIssuePropertyIsValidatedAsJiraDoes() {
        JiraIssueProperties properties = issueProperties();
        long demo1 = jira.issues().getIssueObject("DEMO-4").getId();
        ApplicationUser kato = jiraUser("tanaka");
        EntityPropertyService.PropertyInput card = new EntityPropertyService.PropertyInput("{\"size\": 1}",
                "fixture.card");

        assertFalse("tanaka may not edit DEMO-4 (accounting only)", properties.validateSetProperty(kato, demo1, card).isValid());
        assertTrue("unless the caller skips permission checks", properties.validateSetProperty(kato, demo1, card,
                new EntityPropertyOptions.Builder().skipPermissionChecks().build()).isValid());
        assertFalse(properties.validateSetProperty(jiraUser("admin"), 999_999L, card).isValid());
        assertFalse(properties.validateSetProperty(jiraUser("admin"), demo1,
                new EntityPropertyService.PropertyInput("[1, 2]", "fixture.card")).isValid());
        assertFalse(properties.validateSetProperty(jiraUser("admin"), demo1,
                new EntityPropertyService.PropertyInput("{\"a\": \"" + "x".repeat(32_768) + "\"}", "fixture.card"))
                .isValid());
        assertFalse(properties.validateSetProperty(jiraUser("admin"), demo1,
                new EntityPropertyService.PropertyInput("{}", "k".repeat(256))).isValid());
        assertFalse("a refused validation sets nothing", properties.setProperty(kato,
                properties.validateSetProperty(kato, demo1, card)).isValid());
        assertEquals(java.util.Optional.empty(), properties.json(demo1, "fixture.card"));
    }

    private IssueSearch search() {
        return new IssueSearch(jira, new JqlFunctions(fixture(Product.JIRA), NEW_INSTANCE));
    }

    private static List<String> keys(IssueSearch.Result result) {
        assertEquals(List.of(), result.errors());
        return result.issues().stream().map(JiraIssue::getKey).toList();
    }

    @Test
    public void issueSearchFiltersByProjectTypeAndFunctionAndListsOnlyBrowsableIssues() {
        IssueSearch search = search();
        create("sato", JiraProjects.COLLAB.id(), JiraIssueTypes.TASK, "連携の課題");
        DemoUserOf users = name -> JIRA.byUsername(name).orElseThrow();
        assertEquals(List.of("DEMO-1", "DEMO-2", "DEMO-3", "DEMO-5", "COLLAB-1"), keys(search.search("",
                users.of("tanaka"))));
        assertEquals(List.of("DEMO-1", "DEMO-2", "DEMO-3", "DEMO-4", "DEMO-5"), keys(search.search("project = demo",
                users.of("kato"))));
        assertEquals(List.of("COLLAB-1"), keys(search.search("PROJECT = \"COLLAB\"", users.of("tanaka"))));
        assertEquals(List.of("DEMO-2"), keys(search.search("issuetype = Bug", users.of("tanaka"))));
        assertEquals(List.of("DEMO-2"), keys(search.search("type = \"バグ\"", users.of("tanaka"))));
        assertEquals(List.of("DEMO-1", "DEMO-5"), keys(search.search("project = DEMO AND issuetype = タスク",
                users.of("tanaka"))));
        assertEquals(List.of("DEMO-1", "DEMO-5"), keys(search.search(
                "issue in fixtureIssues(10000, 10003, \"demo-5\", \"a, <b> = c 日本語\")", users.of("tanaka"))));
        assertEquals(List.of("10000", "10003", "demo-5", "a, <b> = c 日本語"), FixtureJqlFunction.lastArgs);
        assertEquals("tanaka", FixtureJqlFunction.lastSearcher);
        assertTrue(FixtureJqlFunction.lastClause, FixtureJqlFunction.lastClause.startsWith("issue in fixtureIssues("));
        assertEquals(List.of("DEMO-1", "DEMO-4"), keys(search.search("issue in FIXTUREISSUES(10000, 10003)",
                users.of("kato"))));
        assertEquals(List.of(), keys(search.search("issue in fixtureIssues(10000)", null)));

        IssueSearch.Result refused = search.search("issue in fixtureIssues(\"!no\")", users.of("tanaka"));
        assertEquals(List.of("Refused <!no> in fixtureIssues"), refused.errors());
        assertEquals(List.of(), refused.issues());
        assertEquals(1, search.search("issue in fixtureSingle(1)", users.of("tanaka")).errors().size());
        assertEquals(1, search.search("issue in nothing(1)", users.of("tanaka")).errors().size());
        assertEquals(1, search.search("project = NOPE", users.of("tanaka")).errors().size());
        assertEquals(1, search.search("issuetype = Epic", users.of("tanaka")).errors().size());
        assertEquals(1, search.search("project = = DEMO", users.of("tanaka")).errors().size());
    }

    private interface DemoUserOf {
        DemoUser of(String username);
    }

    /** The test class path, with the self-test index files in place of the plugin's. */
    private static final class FixtureIndexLoader extends ClassLoader {
        private final String fixture;

        FixtureIndexLoader() {
            this("lifecycle");
        }

        FixtureIndexLoader(String fixture) {
            super(HostEmulationTest.class.getClassLoader());
            this.fixture = fixture;
        }

        @Override
        public URL getResource(String name) {
            String index = "META-INF/plugin-components/";
            if (name.startsWith(index)) {
                return getParent().getResource("dev/kakehashi/sandbox/selftest/" + fixture + "/"
                        + name.substring(index.length()));
            }
            return super.getResource(name);
        }
    }

    /** Starts the plugin of a self-test fixture's index files, which must fail; returns why. */
    private static String startFails(String fixture) {
        return startFails(fixture, Map.of());
    }

    private static String startFails(String fixture, Map<Class<?>, Object> hostServices) {
        try (EnabledPlugin plugin = EnabledPlugin.start(new FixtureIndexLoader(fixture), Product.JIRA, hostServices)) {
            throw new AssertionError("the plugin of the fixture '" + fixture + "' started: " + plugin.beanNames());
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
    }

    @Test
    public void twoComponentsOfTheTypeAConstructorAsksForFailTheStart() {
        String why = startFails("ambiguous");
        assertTrue(why, why.contains("expected single matching bean but found 2"));
    }

    @Test
    public void aConstructorParameterNoBeanSatisfiesFailsTheStart() {
        String why = startFails("missing");
        assertTrue(why, why.contains(FixtureComponents.Greeting.class.getName()));
    }

    @Test
    public void aComponentWithTwoConstructorsAndNoneMarkedFailsTheStart() {
        String why = startFails("constructors");
        assertTrue(why, why.contains("No default constructor found"));
    }

    /** The host's service proxy has only the interface imported, whatever else the service's class implements. */
    @Test
    public void anImportedServiceIsABeanOnlyOfTheInterfaceItIsImportedAs() {
        Object both = java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {com.atlassian.sal.api.message.I18nResolver.class, com.atlassian.sal.api.message.LocaleResolver.class},
                (proxy, method, args) -> null);
        String why = startFails("narrow", Map.of(com.atlassian.sal.api.message.I18nResolver.class, both));
        assertTrue(why, why.contains("com.atlassian.sal.api.message.LocaleResolver"));
    }

    @Test
    public void componentsArePrimaryNamedAndGivenOnlyTheirProductsFiles() {
        try (EnabledPlugin jira = EnabledPlugin.start(new FixtureIndexLoader("named"), Product.JIRA, Map.of())) {
            assertTrue(jira.beanNames().toString(), jira.beanNames().contains("english"));
            assertTrue(jira.beanNames().toString(), jira.beanNames().contains("fixtureComponents.Japanese"));
            assertEquals("Hello", jira.bean(FixtureComponents.Greeter.class).greet());
        }
        try (EnabledPlugin confluence = EnabledPlugin.start(new FixtureIndexLoader("named"), Product.CONFLUENCE,
                Map.of())) {
            assertFalse(confluence.beanNames().toString(), confluence.beanNames().contains("fixtureComponents.Japanese"));
            assertEquals("Hello", confluence.bean(FixtureComponents.Greeter.class).greet());
        }
    }

    @Test
    public void salStartsAndStopsOnlyComponentsExportedAsLifecycleAwareAndLogsTheirFailures() {
        Logger log = Logger.getLogger(EnabledPlugin.class.getName());
        Level level = log.getLevel();
        log.setLevel(Level.OFF);
        FixtureLifecycle.CALLS.clear();
        try {
            EnabledPlugin plugin = EnabledPlugin.start(new FixtureIndexLoader(), Product.JIRA, Map.of());
            assertEquals(4, plugin.beanNames().stream().filter(n -> n.startsWith("fixtureLifecycle.")).count());
            assertEquals(List.of(), FixtureLifecycle.CALLS);
            plugin.startLifecycle();
            assertEquals(Set.of("default.onStart", "failing.onStart", "exported.onStart"),
                    Set.copyOf(FixtureLifecycle.CALLS));
            assertEquals(3, FixtureLifecycle.CALLS.size());
            plugin.startLifecycle();
            assertEquals(3, FixtureLifecycle.CALLS.size());
            List<String> stopsExpected = FixtureLifecycle.CALLS.stream().map(c -> c.replace("onStart", "onStop"))
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
            java.util.Collections.reverse(stopsExpected);
            plugin.close();
            assertEquals(stopsExpected, FixtureLifecycle.CALLS.subList(3, 6));
            EnabledPlugin.start(new FixtureIndexLoader(), Product.CONFLUENCE, Map.of()).startLifecycle();
            assertEquals(List.of("default.onStart"), FixtureLifecycle.CALLS.subList(6, 7));
        } finally {
            log.setLevel(level);
        }
    }
}
