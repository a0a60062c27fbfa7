package dev.kakehashi.sandbox.plugin;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The plugin's OSGi bundle context as far as the sandbox has one: the service registry's lookups by interface name
 * ({@code getServiceReference}, {@code getService}, {@code ungetService}) over what the sandbox product publishes. The
 * host's plugin context holds its bundle context as the bean {@code bundleContext} (Gemini Blueprint,
 * {@code AbstractOsgiBundleApplicationContext#postProcessBeanFactory}); every other method says it is not emulated.
 */
final class SandboxBundleContext {
    static final String BEAN_NAME = "bundleContext";

    private SandboxBundleContext() {
    }

    static BundleContext of(Map<Class<?>, Object> published, ClassLoader loader) {
        return (BundleContext) Proxy.newProxyInstance(loader, new Class<?>[] {BundleContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getServiceReference" -> reference(published, loader,
                            args[0] instanceof Class<?> type ? type.getName() : (String) args[0]).orElse(null);
                    case "getService" -> ((Reference) Proxy.getInvocationHandler(args[0])).service();
                    case "ungetService" -> args[0] != null;
                    case "toString" -> "sandbox bundle context";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException("The sandbox's bundle context does not emulate "
                            + method.getName());
                });
    }

    private static Optional<ServiceReference<?>> reference(Map<Class<?>, Object> published, ClassLoader loader,
                                                           String interfaceName) {
        return published.entrySet().stream().filter(e -> e.getKey().getName().equals(interfaceName)).findFirst()
                .map(e -> (ServiceReference<?>) Proxy.newProxyInstance(loader, new Class<?>[] {ServiceReference.class},
                        new Reference(e.getValue())));
    }

    /** A reference to one published service; only the registry above reads it. */
    private record Reference(Object service) implements java.lang.reflect.InvocationHandler {
        @Override
        public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) {
            return switch (method.getName()) {
                case "toString" -> "reference to " + service.getClass().getName();
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> throw new UnsupportedOperationException("The sandbox's service reference does not emulate "
                        + method.getName());
            };
        }
    }
}
