package dev.kakehashi.sandbox.plugin;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * The {@code exports} files as the scanner runtime's service exporter reads them (decompiled runtime 3.0.4,
 * {@code ServiceExporterBeanPostProcessor}): a line {@code class#iface1,iface2} publishes the bean of that class under
 * the interfaces named — without {@code #}, under those its class implements directly, or its class when none — once
 * the bean is initialised; an interface that cannot be loaded or that the bean does not implement is skipped with a
 * warning. Published services land in the plugin context's registry, where the sandbox's SAL finds
 * {@code LifecycleAware} ones.
 */
final class PluginServiceExports implements BeanPostProcessor {
    private static final Logger LOG = Logger.getLogger(PluginServiceExports.class.getName());

    private final PluginApplicationContext context;
    private final Map<String, List<String>> exports = new HashMap<>();

    PluginServiceExports(PluginApplicationContext context, IndexFiles index) {
        this.context = context;
        for (String line : index.lines("exports")) {
            String[] typeAndInterfaces = line.split("#");
            exports.put(typeAndInterfaces[0], typeAndInterfaces.length > 1
                    ? List.of(typeAndInterfaces[1].split(",")) : List.of());
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        Class<?> type = AopUtils.getTargetClass(bean);
        List<String> interfaces = exports.get(type.getName());
        if (interfaces == null) {
            return bean;
        }
        if (interfaces.isEmpty()) {
            interfaces = type.getInterfaces().length == 0 ? List.of(type.getName())
                    : Arrays.stream(type.getInterfaces()).map(Class::getName).toList();
        }
        for (String name : interfaces) {
            Class<?> iface;
            try {
                iface = Class.forName(name, false, context.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                LOG.warning("Cannot export " + type.getName() + " as " + name + ", which cannot be loaded");
                continue;
            }
            if (!iface.isInstance(bean)) {
                LOG.warning("Cannot export " + type.getName() + " as " + name + ", which it does not implement");
                continue;
            }
            context.export(name, bean);
        }
        return bean;
    }
}
