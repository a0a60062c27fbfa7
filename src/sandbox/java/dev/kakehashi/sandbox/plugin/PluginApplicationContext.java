package dev.kakehashi.sandbox.plugin;

import dev.kakehashi.sandbox.Product;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.support.GenericXmlApplicationContext;

/**
 * The plugin's Spring application context as the host's plugin framework makes it for a transformerless bundle: the
 * bundle's {@code META-INF/spring/*.xml} read by Spring, with what the host's OSGi side offers the namespace handler of
 * {@code <atlassian-scanner:scan-indexes/>} — which product this is, the services the plugin may import, and a registry
 * of the services the plugin exports — and, as the host's context does, the bean {@code bundleContext}. The real runtime finds these through the bundle context of an
 * {@code OsgiBundleXmlApplicationContext}; the sandbox's scanner finds them here.
 */
public final class PluginApplicationContext extends GenericXmlApplicationContext {
    private final Product product;
    private final Map<Class<?>, Object> hostServices;
    private final Map<String, List<Object>> exportedServices = new LinkedHashMap<>();

    PluginApplicationContext(Product product, Map<Class<?>, Object> hostServices, ClassLoader pluginLoader) {
        this.product = product;
        this.hostServices = Map.copyOf(hostServices);
        setClassLoader(pluginLoader);
        setDisplayName("Kakehashi plugin context (" + product.displayName() + ")");
        getBeanFactory().registerSingleton(SandboxBundleContext.BEAN_NAME,
                SandboxBundleContext.of(this.hostServices, pluginLoader));
    }

    /** The product the scanner reads per-product index files for (the real runtime detects it from host services). */
    public Product product() {
        return product;
    }

    /** The host's service published under exactly this interface, as an OSGi lookup by {@code objectClass} finds it. */
    Optional<Object> hostService(Class<?> type) {
        return Optional.ofNullable(hostServices.get(type));
    }

    /** What the sandbox host publishes, by interface name, for messages. */
    List<String> hostServiceNames() {
        return hostServices.keySet().stream().map(Class::getName).sorted().toList();
    }

    /** A bean of the plugin published as a service under an interface (the scanner's {@code exports} files). */
    synchronized void export(String interfaceName, Object service) {
        List<Object> services = exportedServices.computeIfAbsent(interfaceName, k -> new ArrayList<>());
        if (!services.contains(service)) {
            services.add(service);
        }
    }

    /** The plugin's services published under an interface, in the order they were registered. */
    public synchronized List<Object> exported(String interfaceName) {
        return Collections.unmodifiableList(new ArrayList<>(exportedServices.getOrDefault(interfaceName, List.of())));
    }
}
