package dev.kakehashi.sandbox.plugin;

import java.beans.Introspector;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;

/**
 * The {@code imports} files as the scanner runtime turns them into beans (decompiled runtime 3.0.4,
 * {@code ComponentImportBeanFactoryPostProcessor}): the lines sorted, each class loaded through the plugin — one that
 * cannot be loaded is skipped with a warning — and registered as a bean named by {@code #name}, else by the
 * decapitalised simple name, else (that name taken) by the full class name. The host's bean is an OSGi service proxy
 * for {@code (objectClass=<class>)} that waits for the service; the sandbox's is the service itself, and a service the
 * sandbox does not offer fails the context at once instead of after the host's wait.
 */
final class HostServiceImports implements BeanFactoryPostProcessor {
    private static final Logger LOG = Logger.getLogger(HostServiceImports.class.getName());

    private final PluginApplicationContext context;
    private final IndexFiles index;

    HostServiceImports(PluginApplicationContext context, IndexFiles index) {
        this.context = context;
        this.index = index;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        BeanDefinitionRegistry registry = (BeanDefinitionRegistry) beanFactory;
        Map<String, BeanDefinition> imports = new TreeMap<>();
        for (String line : new TreeSet<>(index.lines("imports"))) {
            String[] typeAndName = line.split("#");
            Class<?> type;
            try {
                type = beanFactory.getBeanClassLoader().loadClass(typeAndName[0]);
            } catch (ClassNotFoundException e) {
                LOG.warning("Unable to load class '" + typeAndName[0] + "' for component importation purposes. "
                        + "Skipping...");
                continue;
            }
            Object service = context.hostService(type).orElseThrow(() -> new IllegalStateException(
                    "META-INF/plugin-components/imports names " + type.getName() + ", which the sandbox's "
                            + context.product().displayName() + " does not publish (it publishes: "
                            + String.join(", ", context.hostServiceNames()) + ")"));
            String name = typeAndName.length > 1 && !typeAndName[1].isBlank() ? typeAndName[1]
                    : imports.containsKey(Introspector.decapitalize(type.getSimpleName())) ? type.getName()
                    : Introspector.decapitalize(type.getSimpleName());
            imports.put(name, serviceBean(type, service));
        }
        imports.forEach(registry::registerBeanDefinition);
    }

    /**
     * A factory bean whose object type is the imported interface alone, as the host's service proxy factory is: the
     * sandbox's object may implement more, but a constructor asking for another of its interfaces finds no bean here,
     * as it finds none in the host.
     */
    private static RootBeanDefinition serviceBean(Class<?> type, Object service) {
        RootBeanDefinition definition = new RootBeanDefinition(ServiceFactory.class,
                () -> new ServiceFactory(type, service));
        definition.setAttribute(FactoryBean.OBJECT_TYPE_ATTRIBUTE, type);
        definition.setRole(BeanDefinition.ROLE_SUPPORT);
        return definition;
    }

    /** The imported service, typed as the interface it is imported under. */
    static final class ServiceFactory implements FactoryBean<Object> {
        private final Class<?> type;
        private final Object service;

        ServiceFactory(Class<?> type, Object service) {
            this.type = type;
            this.service = service;
        }

        @Override
        public Object getObject() {
            return service;
        }

        @Override
        public Class<?> getObjectType() {
            return type;
        }
    }
}
