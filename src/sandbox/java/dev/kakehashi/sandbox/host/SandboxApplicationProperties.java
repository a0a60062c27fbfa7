package dev.kakehashi.sandbox.host;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import dev.kakehashi.sandbox.Product;

/**
 * SAL's {@link ApplicationProperties}: the product's base URL, absolute ({@code http://localhost:2990/jira}) or as
 * the context path ({@code /jira}); {@code AUTO} is relative while a request is being served, absolute otherwise.
 */
public final class SandboxApplicationProperties implements ApplicationProperties {
    private final Product product;
    private final java.nio.file.Path home;
    private volatile String baseUrl;

    public SandboxApplicationProperties(Product product) {
        this.product = product;
        this.baseUrl = "http://localhost:" + product.defaultPort() + product.contextPath();
        try {
            this.home = java.nio.file.Files.createTempDirectory("kakehashi-" + product.key() + "-home");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** As the hosts name themselves: {@code jira}, or {@code conf} for Confluence. */
    @Override
    public String getPlatformId() {
        return product == Product.CONFLUENCE ? "conf" : "jira";
    }

    /** A temporary folder per sandbox product; a single node, so the shared home is the local one. */
    @Override
    public java.util.Optional<java.nio.file.Path> getLocalHomeDirectory() {
        return java.util.Optional.of(home);
    }

    @Override
    public java.util.Optional<java.nio.file.Path> getSharedHomeDirectory() {
        return java.util.Optional.of(home);
    }

    /** Called once the site listens, with its real base URL (the port may have been chosen at start). */
    public void baseUrl(String absoluteBaseUrl) {
        this.baseUrl = absoluteBaseUrl;
    }

    @Override
    public String getBaseUrl(UrlMode urlMode) {
        if (urlMode == null) {
            throw new IllegalArgumentException("urlMode");
        }
        return switch (urlMode) {
            case RELATIVE, RELATIVE_CANONICAL -> product.contextPath();
            case AUTO -> RequestContext.current().isPresent() ? product.contextPath() : baseUrl;
            case ABSOLUTE, CANONICAL -> baseUrl;
        };
    }
}
