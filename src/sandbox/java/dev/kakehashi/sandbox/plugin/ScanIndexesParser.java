package dev.kakehashi.sandbox.plugin;

import java.beans.Introspector;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanDefinitionHolder;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionReaderUtils;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.beans.factory.xml.BeanDefinitionParser;
import org.springframework.beans.factory.xml.ParserContext;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.util.ClassUtils;
import org.w3c.dom.Element;

/**
 * {@code <atlassian-scanner:scan-indexes/>} as the host's Spring Scanner runtime parses it (decompiled runtime 3.0.4:
 * {@code AtlassianScannerBeanDefinitionParser}, {@code ClassIndexBeanDefinitionScanner}): one bean definition per
 * line of the {@code component} files, named after {@code #} or by the decapitalised simple class name, primary when
 * also in {@code primary-component}, with the {@code autowire} attribute as the default autowiring; Spring's annotation
 * processors (constructor injection with {@code @Inject}/{@code @Autowired}, or the one constructor a class has;
 * {@code @PostConstruct}); the imports of the {@code imports} files as host services; the exports of the
 * {@code exports} files as services of the plugin.
 */
final class ScanIndexesParser implements BeanDefinitionParser {

    @Override
    public BeanDefinition parse(Element element, ParserContext parserContext) {
        if (!(parserContext.getReaderContext().getResourceLoader() instanceof PluginApplicationContext context)) {
            throw new IllegalStateException("<scan-indexes/> is read outside a plugin's application context: the "
                    + "scanner runtime needs the plugin bundle's context");
        }
        String profile = element.hasAttribute("profile") ? element.getAttribute("profile") : null;
        Integer autowire = element.hasAttribute("autowire")
                ? parserContext.getDelegate().getAutowireMode(element.getAttribute("autowire")) : null;
        IndexFiles index = new IndexFiles(context.getClassLoader(), context.product(), profile);
        BeanDefinitionRegistry registry = parserContext.getRegistry();
        Object source = parserContext.extractSource(element);

        Set<String> primary = new HashSet<>(index.lines("primary-component"));
        Map<String, BeanDefinition> candidates = new HashMap<>();
        for (String line : new TreeSet<>(index.lines("component"))) {
            String[] typeAndName = line.split("#");
            String beanName = typeAndName.length > 1 ? typeAndName[1] : "";
            if (beanName.isEmpty()) {
                beanName = Introspector.decapitalize(ClassUtils.getShortName(typeAndName[0]));
            }
            BeanDefinitionBuilder builder = BeanDefinitionBuilder.genericBeanDefinition(typeAndName[0]);
            if (autowire != null) {
                builder.setAutowireMode(autowire);
            }
            AbstractBeanDefinition definition = builder.getBeanDefinition();
            definition.setPrimary(primary.contains(line));
            definition.setSource(source);
            candidates.put(beanName, definition);
        }
        for (Map.Entry<String, BeanDefinition> candidate : candidates.entrySet()) {
            if (needToRegister(candidate.getKey(), candidate.getValue(), registry)) {
                BeanDefinitionReaderUtils.registerBeanDefinition(
                        new BeanDefinitionHolder(candidate.getValue(), candidate.getKey()), registry);
            }
        }

        AnnotationConfigUtils.registerAnnotationConfigProcessors(registry, source);
        register(registry, "componentImportBeanFactoryPostProcessor",
                new RootBeanDefinition(HostServiceImports.class, () -> new HostServiceImports(context, index)));
        register(registry, "serviceExportBeanPostProcessor",
                new RootBeanDefinition(PluginServiceExports.class, () -> new PluginServiceExports(context, index)));
        return null;
    }

    /** A bean of the same name is kept when it has the same class, and is a conflict otherwise, as for the host. */
    private static boolean needToRegister(String name, BeanDefinition definition, BeanDefinitionRegistry registry) {
        if (!registry.containsBeanDefinition(name)) {
            return true;
        }
        BeanDefinition existing = registry.getBeanDefinition(name);
        if (existing.getOriginatingBeanDefinition() != null) {
            existing = existing.getOriginatingBeanDefinition();
        }
        if (definition.getBeanClassName().equals(existing.getBeanClassName()) || definition.equals(existing)) {
            return false;
        }
        throw new IllegalStateException("Bean name '" + name + "' for class [" + definition.getBeanClassName()
                + "] conflicts with the bean of the same name and class [" + existing.getBeanClassName() + "]");
    }

    private static void register(BeanDefinitionRegistry registry, String name, RootBeanDefinition definition) {
        definition.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
        registry.registerBeanDefinition(name, definition);
    }
}
