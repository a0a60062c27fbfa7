package dev.kakehashi.sandbox.selftest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.user.UserKey;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.host.BundleI18nResolver;
import dev.kakehashi.sandbox.host.ConfluenceDirectoryGroups;
import dev.kakehashi.sandbox.host.ConfluencePage;
import dev.kakehashi.sandbox.host.ConfluencePages;
import dev.kakehashi.sandbox.host.ConfluencePermissions;
import dev.kakehashi.sandbox.host.ConfluenceUserOf;
import dev.kakehashi.sandbox.host.DirectoryUserManager;
import dev.kakehashi.sandbox.host.JiraIssues;
import dev.kakehashi.sandbox.host.JiraPermissions;
import dev.kakehashi.sandbox.host.JiraUsers;
import dev.kakehashi.sandbox.host.RequestContext;
import dev.kakehashi.sandbox.pages.MacroModules;
import dev.kakehashi.sandbox.pages.StorageFormatRenderer;
import dev.kakehashi.sandbox.pages.WebPanels;
import dev.kakehashi.sandbox.plugin.PluginDescriptor;
import dev.kakehashi.sandbox.velocity.VelocityTemplateRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.AfterClass;
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
        IssueManager issues = new JiraIssues(JIRA);
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
        PermissionManager permissions = new JiraPermissions(JIRA);
        IssueManager issues = new JiraIssues(JIRA);
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
    public void pagesCarryTheirCreatorAndTheRetrospectiveIsViewedOnlyByDevelopmentAndAdministrators() {
        PageManager pages = new ConfluencePages(CONFLUENCE);
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
                new ConfluencePages(CONFLUENCE).getAbstractPage(65538).getCreator().getKey());
    }

    @Test
    public void webPanelsRenderInWeightOrderWithTheirConditionsParamsAndLabels() {
        RequestContext.begin(null, null, Locale.ENGLISH, false);
        try {
            VelocityTemplateRenderer renderer = new VelocityTemplateRenderer(Set.of(), Map.of());
            WebPanels panels = new WebPanels(fixture(Product.JIRA), NEW_INSTANCE, renderer,
                    new BundleI18nResolver(null, getClass().getClassLoader()),
                    WebPanels.Frame.JIRA_MODULE);
            Map<String, Object> context = Map.of("issue", new JiraIssues(JIRA).getIssueObject("DEMO-2"),
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
    public void macrosSeeThePageTheirParametersAndBodyAndFailuresBecomeEscapedErrorBoxes() {
        MacroModules macros = new MacroModules(fixture(Product.CONFLUENCE), NEW_INSTANCE);
        StorageFormatRenderer storage = new StorageFormatRenderer(macros, "/confluence");
        AbstractPage wall = new ConfluencePages(CONFLUENCE).getAbstractPage(65541);
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
    public void theDemoPagesHoldTheThanksWallMacro() {
        List<String> titles = new ConfluencePages(CONFLUENCE).all().stream().map(AbstractPage::getTitle).toList();
        assertTrue(titles.toString(), titles.containsAll(List.of("Home", "開発チームの振り返り", "サンクスウォール")));
        String storage = ((ConfluencePage) new ConfluencePages(CONFLUENCE)
                .getAbstractPage(65541)).demo().storage();
        assertTrue(storage, storage.contains("<ac:structured-macro ac:name=\"thanks-wall\">"
                + "<ac:parameter ac:name=\"size\">10</ac:parameter></ac:structured-macro>"));
        assertNotNull(new JiraIssues(JIRA).getIssueObject("DEMO-5"));
    }
}
