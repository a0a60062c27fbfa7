package dev.kakehashi.sandbox.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.plugin.PluginDescriptor;
import dev.kakehashi.sandbox.velocity.VelocityTemplateRenderer;
import java.util.LinkedHashMap;
import java.util.Map;

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
    private final JiraIssues issues;
    private final JiraPermissions issuePermissions;
    private final JiraUsers jiraUsers;
    private final ConfluencePages pages;
    private final ConfluencePermissions pagePermissions;
    private final MailOutbox mailOutbox = new MailOutbox();

    public HostServices(Product product, PluginDescriptor descriptor, DemoDirectory directory, ActiveObjects ao,
                        ClassLoader loader) {
        this.directory = directory;
        userManager = new DirectoryUserManager(product, directory);
        i18n = new BundleI18nResolver(descriptor.i18nBundle().orElse(null), loader);
        renderer = new VelocityTemplateRenderer(descriptor.velocityAllowlist(), Map.of("i18n", i18n));
        byInterface.put(ActiveObjects.class, ao);
        byInterface.put(UserManager.class, userManager);
        byInterface.put(I18nResolver.class, i18n);
        byInterface.put(WebSudoManager.class, new SessionWebSudoManager());
        byInterface.put(LoginUriProvider.class, new ProductLoginUriProvider(product));
        byInterface.put(TemplateRenderer.class, renderer);
        applicationProperties = new SandboxApplicationProperties(product);
        byInterface.put(ApplicationProperties.class, applicationProperties);
        byInterface.put(PageBuilderService.class, new PageResources(key -> WebResources.isKnown(descriptor, key)));
        byInterface.put(MailServerManager.class, new OutboxMailServerManager(mailOutbox));
        byInterface.put(com.atlassian.cache.CacheManager.class, new SandboxCacheManager());
        if (product == Product.JIRA) {
            issues = new JiraIssues(directory);
            issuePermissions = new JiraPermissions(directory);
            jiraUsers = new JiraUsers(directory);
            pages = null;
            pagePermissions = null;
            byInterface.put(GroupManager.class, new JiraDirectoryGroups(directory));
            byInterface.put(IssueManager.class, issues);
            byInterface.put(com.atlassian.jira.security.PermissionManager.class, issuePermissions);
            byInterface.put(com.atlassian.jira.user.util.UserManager.class, jiraUsers);
            byInterface.put(com.atlassian.jira.issue.comments.CommentManager.class, new JiraComments(directory, jiraUsers));
            byInterface.put(MailQueue.class, new JiraMailQueue(mailOutbox));
        } else {
            issues = null;
            issuePermissions = null;
            jiraUsers = null;
            pages = new ConfluencePages(directory);
            pagePermissions = new ConfluencePermissions(directory);
            byInterface.put(UserAccessor.class, new ConfluenceDirectoryGroups(directory));
            byInterface.put(PageManager.class, pages);
            byInterface.put(com.atlassian.confluence.security.PermissionManager.class, pagePermissions);
            byInterface.put(MultiQueueTaskManager.class, new ConfluenceTaskQueues());
        }
        byInterface.put(LocaleResolver.class, new SandboxLocaleResolver(directory));
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

    /** The mail the product would have sent. */
    public MailOutbox mailOutbox() {
        return mailOutbox;
    }

    public DemoDirectory directory() {
        return directory;
    }

    /** Jira's issues (null in Confluence). */
    public JiraIssues issues() {
        return issues;
    }

    /** Jira's project permissions (null in Confluence). */
    public JiraPermissions issuePermissions() {
        return issuePermissions;
    }

    /** Jira's own user manager (null in Confluence). */
    public JiraUsers jiraUsers() {
        return jiraUsers;
    }

    /** Confluence's pages (null in Jira). */
    public ConfluencePages pages() {
        return pages;
    }

    /** Confluence's permissions (null in Jira). */
    public ConfluencePermissions pagePermissions() {
        return pagePermissions;
    }
}
