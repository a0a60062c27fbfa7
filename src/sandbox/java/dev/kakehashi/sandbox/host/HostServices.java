package dev.kakehashi.sandbox.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
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

    public HostServices(Product product, PluginDescriptor descriptor, DemoDirectory directory, ActiveObjects ao,
                        ClassLoader loader) {
        userManager = new DirectoryUserManager(product, directory);
        i18n = new BundleI18nResolver(descriptor.i18nBundle().orElse(null), loader);
        renderer = new VelocityTemplateRenderer(descriptor.velocityAllowlist(), Map.of("i18n", i18n));
        byInterface.put(ActiveObjects.class, ao);
        byInterface.put(UserManager.class, userManager);
        byInterface.put(I18nResolver.class, i18n);
        byInterface.put(WebSudoManager.class, new SessionWebSudoManager());
        byInterface.put(LoginUriProvider.class, new ProductLoginUriProvider(product));
        byInterface.put(TemplateRenderer.class, renderer);
        byInterface.put(PageBuilderService.class, new PageResources(key -> WebResources.isKnown(descriptor, key)));
        if (product == Product.JIRA) {
            byInterface.put(GroupManager.class, new JiraDirectoryGroups(directory));
        } else {
            byInterface.put(UserAccessor.class, new ConfluenceDirectoryGroups(directory));
        }
        LocaleResolverProxy.create(loader).ifPresent(r -> byInterface.put(r.getClass().getInterfaces()[0], r));
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
}
