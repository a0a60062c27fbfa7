package dev.kakehashi.sandbox.host;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.util.function.Predicate;

/**
 * The host's page builder: collects the web resources the current page requires, for the decorator to emit.
 * An unknown key fails at once, where the host would only log it and leave the page without its styles.
 */
public final class PageResources implements PageBuilderService, WebResourceAssembler, RequiredResources {
    private final Predicate<String> knownKey;

    public PageResources(Predicate<String> knownKey) {
        this.knownKey = knownKey;
    }

    @Override
    public WebResourceAssembler assembler() {
        return this;
    }

    @Override
    public RequiredResources resources() {
        return this;
    }

    @Override
    public RequiredResources requireWebResource(String moduleCompleteKey) {
        if (!knownKey.test(moduleCompleteKey)) {
            throw new IllegalArgumentException("No web-resource " + moduleCompleteKey
                    + " (expected pluginKey:moduleKey of a <web-resource> of this product)");
        }
        RequestContext.current().ifPresent(c -> {
            if (!c.requiredResources().contains(moduleCompleteKey)) {
                c.requiredResources().add(moduleCompleteKey);
            }
        });
        return this;
    }
}
