package dev.kakehashi.sandbox.plugin;

import org.springframework.beans.factory.xml.NamespaceHandlerSupport;

/**
 * The sandbox's handler of the namespace {@code http://www.atlassian.com/schema/atlassian-scanner/2}, registered in
 * the sandbox's {@code META-INF/spring.handlers} as the host's scanner runtime bundle registers its own: the element
 * {@code <scan-indexes/>} with the attributes {@code profile} and {@code autowire}.
 */
public final class ScannerNamespaceHandler extends NamespaceHandlerSupport {
    @Override
    public void init() {
        registerBeanDefinitionParser("scan-indexes", new ScanIndexesParser());
    }
}
