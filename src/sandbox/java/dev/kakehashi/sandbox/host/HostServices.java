package dev.kakehashi.sandbox.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.web.action.admin.translation.TranslationManager;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.ao.SandboxJdbc;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.plugin.PluginDescriptor;
import dev.kakehashi.sandbox.velocity.VelocityTemplateRenderer;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The services one product offers the plugin to import, by the interface the plugin imports them as.
 */
public final class HostServices {
    private final Map<Class<?>, Object> byInterface = new LinkedHashMap<>();
    private final DirectoryUserManager userManager;
    private final BundleI18nResolver i18n;
    private final VelocityTemplateRenderer renderer;
    private final DemoDirectory directory;
    private final SandboxApplicationProperties applicationProperties;
    private final JiraInstance jira;
    private final JiraIssueProperties issueProperties;
    private final SandboxEventPublisher eventPublisher = new SandboxEventPublisher();
    private final ConfluenceSpaces spaces;
    private final ConfluencePages pages;
    private final ConfluencePermissions pagePermissions;
    private final ConfluenceDrafts drafts;
    private final ConfluenceLabels labels;
    private final MailOutbox mailOutbox = new MailOutbox();
    private final JiraWatchers watchers = new JiraWatchers();
    private final SandboxApplicationLinks applicationLinks;
    private final SandboxCacheManager cacheManager;
    private final SandboxScheduler scheduler;

    /**
     * @param hostData the product's database, which also holds the sandbox product's own tables
     */
    public HostServices(Product product, PluginDescriptor descriptor, DemoDirectory directory, ActiveObjects ao,
                        DataSource hostData, ClassLoader loader) {
        this(product, descriptor, directory, ao, hostData, loader, null);
    }

    /**
     * @param hostData the product's database, which also holds the sandbox product's own tables
     * @param cluster the cluster this node belongs to (its locks and caches), null for a single node
     */
    public HostServices(Product product, PluginDescriptor descriptor, DemoDirectory directory, ActiveObjects ao,
                        DataSource hostData, ClassLoader loader, SandboxCluster cluster) {
        this.directory = directory;
        userManager = new DirectoryUserManager(product, directory);
        i18n = new BundleI18nResolver(descriptor.i18nBundle().orElse(null), loader);
        renderer = new VelocityTemplateRenderer(descriptor.velocityAllowlist(), Map.of("i18n", i18n));
        byInterface.put(ActiveObjects.class, ao);
        if (hostData != null) {
            byInterface.put(TransactionalExecutorFactory.class, new SandboxJdbc(hostData::getConnection));
        }
        byInterface.put(UserManager.class, userManager);
        byInterface.put(I18nResolver.class, i18n);
        byInterface.put(WebSudoManager.class, new SessionWebSudoManager());
        byInterface.put(LoginUriProvider.class, new ProductLoginUriProvider(product));
        byInterface.put(TemplateRenderer.class, renderer);
        applicationProperties = new SandboxApplicationProperties(product);
        byInterface.put(ApplicationProperties.class, applicationProperties);
        byInterface.put(PageBuilderService.class, new PageResources(key -> WebResources.isKnown(descriptor, key)));
        byInterface.put(MailServerManager.class, new OutboxMailServerManager(mailOutbox));
        cacheManager = cluster == null ? new SandboxCacheManager() : cluster.join();
        byInterface.put(com.atlassian.cache.CacheManager.class, cacheManager);
        byInterface.put(EventPublisher.class, eventPublisher);
        byInterface.put(ClusterLockService.class, cluster == null ? new SandboxClusterLocks() : cluster.locks());
        scheduler = cluster == null ? new SandboxJobs().join() : cluster.jobs().join();
        byInterface.put(com.atlassian.scheduler.SchedulerService.class, scheduler);
        applicationLinks = new SandboxApplicationLinks(product);
        byInterface.put(ApplicationLinkService.class, applicationLinks);
        if (product == Product.JIRA) {
            if (hostData == null) {
                throw new IllegalArgumentException("The sandbox Jira needs its database");
            }
            jira = JiraInstance.open(new JiraDatabase(hostData), directory);
            spaces = null;
            pages = null;
            pagePermissions = null;
            drafts = null;
            labels = null;
            byInterface.put(GroupManager.class, new JiraDirectoryGroups(directory));
            byInterface.put(IssueManager.class, jira.issues());
            byInterface.put(com.atlassian.jira.issue.watchers.WatcherManager.class, watchers);
            byInterface.put(com.atlassian.jira.security.PermissionManager.class, jira.permissions());
            byInterface.put(com.atlassian.jira.security.GlobalPermissionManager.class, jira.permissions());
            byInterface.put(com.atlassian.jira.user.util.UserManager.class, jira.users());
            byInterface.put(com.atlassian.jira.issue.comments.CommentManager.class,
                    new JiraComments(directory, jira.users()));
            byInterface.put(MailQueue.class, new JiraMailQueue(mailOutbox));
            byInterface.put(ProjectManager.class, jira.projects());
            byInterface.put(IssueTypeManager.class, jira.issueTypes());
            byInterface.put(IssueTypeSchemeManager.class, jira.schemes());
            byInterface.put(IssueService.class, jira.issueService());
            byInterface.put(AvatarManager.class, jira.avatars());
            byInterface.put(TranslationManager.class, jira.translations());
            issueProperties = new JiraIssueProperties(jira.database(), jira.issues(), jira.permissions(),
                    descriptor.indexDocuments());
            byInterface.put(com.atlassian.jira.bc.issue.properties.IssuePropertyService.class, issueProperties);
        } else {
            if (hostData == null) {
                throw new IllegalArgumentException("The sandbox Confluence needs its database");
            }
            jira = null;
            issueProperties = null;
            spaces = new ConfluenceSpaces(directory);
            ConfluenceDatabase database = new ConfluenceDatabase(hostData);
            pages = new ConfluencePages(database, directory, spaces);
            drafts = new ConfluenceDrafts(database);
            labels = new ConfluenceLabels(database);
            pagePermissions = new ConfluencePermissions(directory);
            byInterface.put(UserAccessor.class, new ConfluenceDirectoryGroups(directory));
            byInterface.put(SpaceManager.class, spaces);
            byInterface.put(PageManager.class, pages);
            byInterface.put(com.atlassian.confluence.security.PermissionManager.class, pagePermissions);
            byInterface.put(MultiQueueTaskManager.class, new ConfluenceTaskQueues());
        }
        byInterface.put(LocaleResolver.class, new SandboxLocaleResolver(directory));
    }

    /** This node's caches. */
    public SandboxCacheManager cacheManager() {
        return cacheManager;
    }

    /** This node's scheduler; its {@link SandboxScheduler#jobs()} are the cluster's. */
    public SandboxScheduler scheduler() {
        return scheduler;
    }

    public Map<Class<?>, Object> byInterface() {
        return byInterface;
    }

    public DirectoryUserManager userManager() {
        return userManager;
    }

    public BundleI18nResolver i18n() {
        return i18n;
    }

    public VelocityTemplateRenderer renderer() {
        return renderer;
    }

    /** SAL's application properties, told the site's real base URL once it listens. */
    public SandboxApplicationProperties applicationProperties() {
        return applicationProperties;
    }

    /** Jira's watch lists (empty in Confluence). */
    public JiraWatchers watchers() {
        return watchers;
    }

    /** The mail the product would have sent. */
    public MailOutbox mailOutbox() {
        return mailOutbox;
    }

    public DemoDirectory directory() {
        return directory;
    }

    /** Jira's own services: projects, issue types, schemes, issues, permissions … (null in Confluence). */
    public JiraInstance jira() {
        return jira;
    }

    /** Jira's issue properties and their index (null in Confluence). */
    public JiraIssueProperties issueProperties() {
        return issueProperties;
    }

    /** Jira's issues (null in Confluence). */
    public JiraIssues issues() {
        return jira == null ? null : jira.issues();
    }

    /** Jira's project permissions (null in Confluence). */
    public JiraPermissions issuePermissions() {
        return jira == null ? null : jira.permissions();
    }

    /** Jira's own user manager (null in Confluence). */
    public JiraUsers jiraUsers() {
        return jira == null ? null : jira.users();
    }

    /** The product's application link to the other product. */
    public SandboxApplicationLinks applicationLinks() {
        return applicationLinks;
    }

    /** The product's event publisher. */
    public SandboxEventPublisher eventPublisher() {
        return eventPublisher;
    }

    /** Confluence's spaces (null in Jira). */
    public ConfluenceSpaces spaces() {
        return spaces;
    }

    /** Confluence's pages (null in Jira). */
    public ConfluencePages pages() {
        return pages;
    }

    /** Confluence's drafts of pages not yet published (null in Jira). */
    public ConfluenceDrafts drafts() {
        return drafts;
    }

    /** Confluence's labels (null in Jira). */
    public ConfluenceLabels labels() {
        return labels;
    }

    /** Confluence's permissions (null in Jira). */
    public ConfluencePermissions pagePermissions() {
        return pagePermissions;
    }
}
