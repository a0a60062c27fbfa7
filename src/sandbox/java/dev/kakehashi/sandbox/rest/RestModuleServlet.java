package dev.kakehashi.sandbox.rest;

import com.atlassian.sal.api.user.UserManager;
import dev.kakehashi.sandbox.plugin.EnabledPlugin;
import dev.kakehashi.sandbox.plugin.PluginDescriptor.RestModule;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * A {@code <rest>} module as the REST plugin serves it: Jersey with Jackson, every {@code @Path} and
 * {@code @Provider} class of the module's packages built from the plugin's context, and the hosts' access and XSRF
 * checks in front.
 */
public final class RestModuleServlet {
    private RestModuleServlet() {
    }

    /** The servlet to mount at {@link RestModule#basePath()}{@code /*}. */
    public static ServletContainer create(RestModule module, EnabledPlugin plugin, ClassLoader loader,
                                          UserManager users) {
        ResourceConfig config = new ResourceConfig();
        config.setApplicationName(module.key());
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.register(JacksonFeature.class);
        config.register(new AccessLevelFilter(users));
        config.register(new XsrfFilter());
        List<Object> resources = new ArrayList<>();
        for (Class<?> type : classes(module, plugin, loader)) {
            Object instance = plugin.autowire(type);
            if (type.isAnnotationPresent(Path.class)) {
                resources.add(instance);
                config.registerResources(Resource.from(type));
            } else {
                config.register(instance);
            }
        }
        // Resources are the plugin's own instances; HK2 hands them out instead of constructing its own.
        config.register(new AbstractBinder() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            protected void configure() {
                for (Object resource : resources) {
                    bind(resource).to((Class) resource.getClass());
                }
            }
        });
        return new ServletContainer(config);
    }

    static List<Class<?>> classes(RestModule module, EnabledPlugin plugin, ClassLoader loader) {
        List<Class<?>> classes = new ArrayList<>();
        for (String packageName : module.packages()) {
            List<String> names = PackageScanner.classNames(loader, packageName);
            if (names.isEmpty()) {
                throw new IllegalStateException("<rest key=\"" + module.key() + "\"> names the package " + packageName
                        + ", which has no classes");
            }
            for (String name : names) {
                Class<?> type = plugin.load(name, "<rest> package " + packageName);
                boolean concrete = !type.isInterface() && !Modifier.isAbstract(type.getModifiers());
                if (concrete && (type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class))) {
                    classes.add(type);
                }
            }
        }
        return classes;
    }
}
