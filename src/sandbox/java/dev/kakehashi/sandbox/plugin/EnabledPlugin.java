package dev.kakehashi.sandbox.plugin;

import dev.kakehashi.sandbox.Product;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The plugin enabled in a sandbox product, as the host's plugin framework enables a transformerless bundle with
 * {@code Spring-Context: *}: Spring reads every {@code META-INF/spring/*.xml} of the plugin and refreshes the context,
 * building every singleton at once (a missing or ambiguous bean fails here, as it fails the host's enable); module
 * classes are created from that context with constructor autowiring
 * ({@code AutowireCapableBeanFactory#createBean(Class, AUTOWIRE_CONSTRUCTOR, false)}, as atlassian-plugins'
 * {@code DefaultSpringContainerAccessor} does); SAL's lifecycle calls {@code onStart()} on the plugin's services
 * published as {@code LifecycleAware} once the host has started, {@code onStop()} when the plugin is disabled.
 */
public final class EnabledPlugin implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EnabledPlugin.class.getName());
    static final String SPRING_FOLDER = "META-INF/spring/";
    static final String LIFECYCLE_AWARE = "com.atlassian.sal.api.lifecycle.LifecycleAware";

    private final PluginApplicationContext context;
    private final List<Object> started = new ArrayList<>();

    private EnabledPlugin(PluginApplicationContext context) {
        this.context = context;
    }

    /**
     * Enables the plugin whose descriptor the loader holds.
     *
     * @param hostServices what the sandbox product publishes for plugins to import, by the interface it is published
     *                     under
     */
    public static EnabledPlugin start(ClassLoader loader, Product product, Map<Class<?>, Object> hostServices) {
        PluginApplicationContext context = new PluginApplicationContext(product, hostServices, loader);
        try {
            context.load(springXml(loader));
            context.refresh();
        } catch (RuntimeException e) {
            context.close();
            throw new IllegalStateException("The plugin's Spring context does not start in the sandbox's "
                    + product.displayName() + ": " + e.getMessage(), e);
        }
        return new EnabledPlugin(context);
    }

    /**
     * The plugin's own {@code META-INF/spring/*.xml} (next to its {@code atlassian-plugin.xml}), not those of other
     * jars on the class path: the host reads only the bundle's entries.
     */
    private static Resource[] springXml(ClassLoader loader) {
        URL descriptor = loader.getResource("atlassian-plugin.xml");
        if (descriptor == null) {
            throw new IllegalStateException("No atlassian-plugin.xml on the class path");
        }
        String root = descriptor.toString().substring(0, descriptor.toString().length() - "atlassian-plugin.xml".length());
        try {
            Resource[] resources = Arrays.stream(new PathMatchingResourcePatternResolver(loader)
                            .getResources("classpath*:" + SPRING_FOLDER + "*.xml"))
                    .filter(r -> {
                        try {
                            return r.getURL().toString().startsWith(root);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).toArray(Resource[]::new);
            if (resources.length == 0) {
                throw new IllegalStateException("The plugin has no " + SPRING_FOLDER + "*.xml: with Spring-Context: * "
                        + "the host would make no components");
            }
            return resources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * SAL's start notice, once the host and the plugin are up: {@code onStart()} of every service the plugin publishes
     * as {@code LifecycleAware}, once each. One that fails is logged and the others still start.
     */
    public void startLifecycle() {
        for (Object service : lifecycleAware()) {
            if (!started.contains(service)) {
                started.add(service);
                call(service, "onStart");
            }
        }
    }

    /** The plugin's services published as {@code LifecycleAware}. */
    public List<Object> lifecycleAware() {
        return context.exported(LIFECYCLE_AWARE);
    }

    /** The one bean of this type in the plugin's context (a component or an imported host service). */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The bean of this name in the plugin's context. */
    public Object beanNamed(String name) {
        return context.getBean(name);
    }

    /** The names of the beans of the plugin's context, for the sandbox's own checks. */
    public List<String> beanNames() {
        return List.of(context.getBeanDefinitionNames());
    }

    /** Creates a module class (servlet, REST resource, provider, macro …) from the context, as the host does. */
    public <T> T autowire(Class<T> type) {
        Object bean = context.getAutowireCapableBeanFactory()
                .createBean(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
        return type.cast(bean);
    }

    /** Loads a class the descriptor names and creates it from the context. */
    public Object autowire(String className, String namedBy) {
        return autowire(load(className, namedBy));
    }

    public Class<?> load(String className, String namedBy) {
        try {
            return Class.forName(className, true, context.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException(namedBy + " names " + className + ", which cannot be loaded: " + e, e);
        }
    }

    /** The plugin is disabled: {@code onStop()} of the started services, last started first, then the context closes. */
    @Override
    public void close() {
        List<Object> stopping = new ArrayList<>(started);
        Collections.reverse(stopping);
        started.clear();
        for (Object service : stopping) {
            call(service, "onStop");
        }
        context.close();
    }

    private void call(Object service, String methodName) {
        try {
            Method method = Class.forName(LIFECYCLE_AWARE, false, context.getClassLoader()).getMethod(methodName);
            method.invoke(service);
        } catch (InvocationTargetException e) {
            LOG.log(Level.SEVERE, service.getClass().getName() + "." + methodName + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
