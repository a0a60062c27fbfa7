package dev.kakehashi.profiles.confluence;

import static dev.kakehashi.testing.FakePeople.key;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import dev.kakehashi.admin.DepartmentInput;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.admin.ao.AoDepartment;
import dev.kakehashi.admin.ao.AoDepartmentGroup;
import dev.kakehashi.admin.ao.AoDepartmentStore;
import dev.kakehashi.platform.LinkedApplication;
import dev.kakehashi.profiles.ProfileInput;
import dev.kakehashi.profiles.ProfileService;
import dev.kakehashi.profiles.ao.AoDeptProfile;
import dev.kakehashi.profiles.ao.AoDeptProfileItem;
import dev.kakehashi.profiles.ao.AoProfileStore;
import dev.kakehashi.profiles.web.ProfileView;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.sandbox.host.BundleI18nResolver;
import dev.kakehashi.sandbox.plugin.PluginDescriptor;
import dev.kakehashi.sandbox.velocity.VelocityTemplateRenderer;
import dev.kakehashi.testing.FakePeople;
import dev.kakehashi.testing.MemoryCaches;
import dev.kakehashi.testing.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The department-profile macro rendered by the host's escaping Velocity: the "ask" button only while Confluence is
 * linked to a Jira, nothing but a login prompt for anonymous readers, stale challenges marked for contacts only, and
 * every text escaped.
 */
public class DepartmentProfileMacroTest {
    private static final String XSS = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
    private final FakePeople people = new FakePeople()
            .with("tanaka", "田中 美咲", "sales")
            .with("suzuki", "鈴木 <b>大輔</b>", "development")
            .with("admin", "Administrator")
            .admin("admin");
    private EntityManagerActiveObjects ao;
    private Optional<String> jira = Optional.of("https://jira.example.com");
    private DepartmentProfileMacro macro;

    @Before
    public void setUp() {
        ao = TestDatabase.open(AoDeptProfile.class, AoDeptProfileItem.class, AoDepartment.class,
                AoDepartmentGroup.class);
        DepartmentService departments = new DepartmentService(new AoDepartmentStore(ao), people.groups(g -> true),
                people, new MemoryCaches());
        departments.create(new DepartmentInput("development", "Development", "開発", List.of("development"), null));
        ProfileService profiles = new ProfileService(new AoProfileStore(ao), departments, people,
                Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneOffset.UTC));
        profiles.update(key("admin"), "development", new ProfileInput(XSS, XSS, XSS, XSS, "small-poc",
                List.of("suzuki"), List.of(new ProfileInput.ChallengeInput(XSS, "2026-01-01", "2026-02-01")), 0));
        PluginDescriptor descriptor = PluginDescriptor.load(getClass().getClassLoader(), Product.CONFLUENCE);
        BundleI18nResolver i18n = new BundleI18nResolver(descriptor.i18nBundle().orElseThrow(),
                getClass().getClassLoader());
        LocaleResolver locales = mock(LocaleResolver.class);
        when(locales.getLocale()).thenReturn(java.util.Locale.JAPANESE);
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/confluence");
        PageBuilderService pageBuilder = mock(PageBuilderService.class);
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(mock(RequiredResources.class));
        LinkedApplication link = new LinkedApplication() {
            @Override
            public Optional<String> displayUrl() {
                return jira;
            }

            @Override
            public Reply call(String method, String path, String jsonBody) {
                return new NotLinked();
            }
        };
        ProfileView view = new ProfileView(profiles, i18n, locales, pageBuilder, application,
                new ConfluenceNewRequestLink(link));
        macro = new DepartmentProfileMacro(view, people, new VelocityTemplateRenderer(descriptor.velocityAllowlist(),
                Map.of()));
    }

    @After
    public void tearDown() {
        TestDatabase.close(ao);
    }

    private String render(String reader) throws Exception {
        people.loggedIn(reader);
        ConversionContext context = mock(ConversionContext.class);
        when(context.getOutputType()).thenReturn("display");
        return macro.execute(Map.of("department", "development"), null, context);
    }

    @Test
    public void askingLeadsToTheLinkedJirasNewRequestPageWithThePartnerAndKind() throws Exception {
        String html = render("tanaka");

        assertTrue(html, html.contains("href=\"https://jira.example.com/plugins/servlet/kakehashi/collaboration/new"
                + "?partner=development&amp;kind=small-poc\""));
        assertTrue(html.contains("この部署に依頼する"));
    }

    @Test
    public void withoutAJiraLinkThereIsNoAskButton() throws Exception {
        jira = Optional.empty();

        String html = render("tanaka");

        assertFalse(html, html.contains("kakehashi-profile-ask"));
        assertTrue(html, html.contains("開発の部署カルテ"));
    }

    @Test
    public void anonymousReadersSeeOnlyThatALoginIsNeeded() throws Exception {
        String html = render(null);

        assertTrue(html, html.contains("部署カルテを見るにはログインしてください。"));
        assertFalse(html, html.contains("alert"));
        assertFalse(html, html.contains("大輔"));
    }

    @Test
    public void staleChallengesAreMarkedForContactsAndTheFormIsTheirsOnly() throws Exception {
        String outsider = render("tanaka");
        assertFalse(outsider.contains("aui-lozenge-moved"));
        assertFalse(outsider.contains("kakehashi-profile-form"));

        String contact = render("suzuki");
        assertTrue(contact.contains("見直し期限切れ"));
        assertTrue(contact.contains("kakehashi-profile-form"));
    }

    @Test
    public void everyTextIsEscapedInTheViewAndTheForm() throws Exception {
        for (String reader : List.of("tanaka", "suzuki")) {
            String html = render(reader);

            assertFalse(reader, html.contains("<script>"));
            assertFalse(reader, html.contains("<img"));
            assertFalse(reader, html.contains("<b>"));
            assertTrue(reader, html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        }
    }
}
