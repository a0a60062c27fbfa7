package dev.kakehashi.sandbox.plugin;

import dev.kakehashi.sandbox.Product;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The plugin's Spring context as the Spring Scanner runtime builds it: singleton components from the index files,
 * constructor-autowired by type from the imported host services and each other, built eagerly so that a missing
 * or ambiguous dependency fails at start. SAL's lifecycle: {@link #startLifecycle()} calls {@code onStart()} of each
 * component exported (index file {@code exports*}) as {@code LifecycleAware}, {@link #close()} calls their
 * {@code onStop()}; a failure is logged, as SAL does. Not emulated: OSGi service export itself (other plugins),
 * bean names, {@code @PostConstruct}/{@code DisposableBean}.
 */
public final class ComponentContainer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ComponentContainer.class.getName());
    private static final String LIFECYCLE_AWARE = "com.atlassian.sal.api.lifecycle.LifecycleAware";

    private final Product product;
    private final ClassLoader loader;
    private final Map<Class<?>, Object> imports = new LinkedHashMap<>();
    private final Set<Class<?>> componentClasses = new LinkedHashSet<>();
    private final Map<Class<?>, Object> components = new LinkedHashMap<>();
    private final List<Class<?>> creating = new ArrayList<>();
    private final List<Object> lifecycleAware = new ArrayList<>();
    private final List<Object> started = new ArrayList<>();

    private ComponentContainer(Product product, ClassLoader loader) {
        this.product = product;
        this.loader = loader;
    }

    /**
     * Builds every component of the product's index files.
     *
     * @param hostServices what the sandbox host offers to import, by the interface it is imported as
     */
    public static ComponentContainer start(ClassLoader loader, Product product, Map<Class<?>, Object> hostServices) {
        ComponentContainer container = new ComponentContainer(product, loader);
        ComponentIndex index = ComponentIndex.read(loader, product);
        for (String name : index.imports()) {
            Class<?> type = container.load(name, "imports");
            Object service = hostServices.get(type);
            if (service == null) {
                throw new IllegalStateException("META-INF/plugin-components imports " + name + ", which the sandbox's "
                        + product.displayName() + " does not provide (it provides: " + hostServices.keySet().stream()
                        .map(Class::getName).sorted().collect(Collectors.joining(", ")) + ")");
            }
            container.imports.put(type, service);
        }
        for (String name : index.components()) {
            Class<?> type = container.load(name, "component");
            if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                throw new IllegalStateException("Component " + name + " is not a concrete class");
            }
            container.componentClasses.add(type);
        }
        for (Class<?> type : container.componentClasses) {
            container.component(type);
        }
        for (ComponentIndex.Export export : index.exports()) {
            container.export(export);
        }
        return container;
    }

    /**
     * SAL's start notice, once the host and the plugin are up: {@code onStart()} of every component exported as
     * {@code LifecycleAware}, in index order. A component that fails is logged and the others still start.
     */
    public void startLifecycle() {
        for (Object instance : lifecycleAware) {
            if (started.contains(instance)) {
                continue;
            }
            started.add(instance);
            call(instance, "onStart");
        }
    }

    /** The components exported as {@code LifecycleAware}, in index order. */
    public List<Object> lifecycleAware() {
        return Collections.unmodifiableList(lifecycleAware);
    }

    /** The component of this type (or the only one assignable to it), for the sandbox's own use such as demo data. */
    public <T> T bean(Class<T> type) {
        return type.cast(resolve(type, "bean(" + type.getName() + ")"));
    }

    /** Every component built, in index order. */
    public Map<Class<?>, Object> components() {
        return Collections.unmodifiableMap(components);
    }

    /** Builds a module class (servlet, REST resource, provider, macro …) from the context, without registering it. */
    public <T> T autowire(Class<T> type) {
        return construct(type);
    }

    /** Loads a class named by the descriptor and autowires it. */
    public Object autowire(String className, String namedBy) {
        return autowire(load(className, namedBy));
    }

    public Class<?> load(String className, String namedBy) {
        try {
            return Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException(namedBy + " names " + className + ", which cannot be loaded: " + e, e);
        }
    }

    /** The plugin is stopped: {@code onStop()} of the started {@code LifecycleAware} components, last started first. */
    @Override
    public void close() {
        List<Object> stopping = new ArrayList<>(started);
        Collections.reverse(stopping);
        started.clear();
        for (Object instance : stopping) {
            call(instance, "onStop");
        }
    }

    /**
     * An {@code exports} line as the scanner's service exporter reads it: the bean must be a component; the
     * interfaces are those named, else those its class directly implements; a name that cannot be loaded is
     * skipped with a warning.
     */
    private void export(ComponentIndex.Export export) {
        Class<?> type;
        try {
            type = Class.forName(export.className(), false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.warning("META-INF/plugin-components/exports names " + export.className() + ", which cannot be loaded");
            return;
        }
        Object instance = components.get(type);
        if (instance == null) {
            LOG.warning("META-INF/plugin-components/exports names " + export.className() + ", which is no component: "
                    + "nothing is exported");
            return;
        }
        List<String> interfaces = export.interfaces().isEmpty()
                ? Arrays.stream(type.getInterfaces()).map(Class::getName).toList() : export.interfaces();
        for (String name : interfaces) {
            Class<?> iface;
            try {
                iface = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                LOG.warning("Cannot export " + export.className() + " as " + name + ", which cannot be loaded");
                continue;
            }
            if (!iface.isInstance(instance)) {
                LOG.warning("Cannot export " + export.className() + " as " + name + ", which it does not implement");
                continue;
            }
            if (name.equals(LIFECYCLE_AWARE) && !lifecycleAware.contains(instance)) {
                lifecycleAware.add(instance);
            }
        }
    }

    private Object component(Class<?> type) {
        Object existing = components.get(type);
        if (existing != null) {
            return existing;
        }
        if (creating.contains(type)) {
            List<String> cycle = new ArrayList<>(creating.subList(creating.indexOf(type), creating.size()).stream()
                    .map(Class::getName).toList());
            cycle.add(type.getName());
            throw new IllegalStateException("Component cycle: " + String.join(" -> ", cycle));
        }
        creating.add(type);
        try {
            Object instance = construct(type);
            components.put(type, instance);
            return instance;
        } finally {
            creating.remove(type);
        }
    }

    private <T> T construct(Class<T> type) {
        Constructor<?> constructor = constructorOf(type);
        Class<?>[] parameters = constructor.getParameterTypes();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            arguments[i] = resolve(parameters[i], "parameter " + (i + 1) + " of " + constructor);
        }
        try {
            constructor.setAccessible(true);
            return type.cast(constructor.newInstance(arguments));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Constructor of " + type.getName() + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot construct " + type.getName() + ": " + e, e);
        }
    }

    private Object resolve(Class<?> type, String wanted) {
        List<Object> candidates = new ArrayList<>();
        List<String> names = new ArrayList<>();
        imports.forEach((iface, service) -> {
            if (type.isAssignableFrom(iface)) {
                candidates.add(service);
                names.add("import " + iface.getName());
            }
        });
        List<Class<?>> matchingComponents = componentClasses.stream().filter(type::isAssignableFrom).toList();
        names.addAll(matchingComponents.stream().map(c -> "component " + c.getName()).toList());
        if (candidates.size() + matchingComponents.size() == 0) {
            throw new IllegalStateException("No bean of type " + type.getName() + " for " + wanted + " in "
                    + product.displayName() + ": neither imported (META-INF/plugin-components/imports*) nor a component");
        }
        if (candidates.size() + matchingComponents.size() > 1) {
            throw new IllegalStateException("Ambiguous bean of type " + type.getName() + " for " + wanted + ": "
                    + String.join(", ", names));
        }
        return candidates.isEmpty() ? component(matchingComponents.get(0)) : candidates.get(0);
    }

    private static Constructor<?> constructorOf(Class<?> type) {
        List<Constructor<?>> injected = Arrays.stream(type.getDeclaredConstructors())
                .filter(c -> c.isAnnotationPresent(jakarta.inject.Inject.class)).toList();
        if (injected.size() == 1) {
            return injected.get(0);
        }
        if (injected.size() > 1) {
            throw new IllegalStateException(type.getName() + " has more than one @Inject constructor");
        }
        Constructor<?>[] publicConstructors = type.getConstructors();
        if (publicConstructors.length != 1) {
            throw new IllegalStateException(type.getName() + " needs exactly one public constructor or one annotated "
                    + "@jakarta.inject.Inject to be autowired; it has " + publicConstructors.length);
        }
        return publicConstructors[0];
    }

    private void call(Object instance, String methodName) {
        try {
            Method method = Class.forName(LIFECYCLE_AWARE, false, loader).getMethod(methodName);
            method.invoke(instance);
        } catch (InvocationTargetException e) {
            LOG.log(Level.SEVERE, instance.getClass().getName() + "." + methodName + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
