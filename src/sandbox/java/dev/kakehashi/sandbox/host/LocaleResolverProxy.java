package dev.kakehashi.sandbox.host;

import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * SAL's {@code LocaleResolver}, offered only when the plugin declares that interface: it answers with the current
 * request's locale, so no compile-time declaration is needed here.
 */
final class LocaleResolverProxy {
    static final String INTERFACE = "com.atlassian.sal.api.message.LocaleResolver";

    private LocaleResolverProxy() {
    }

    static Optional<Object> create(ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(INTERFACE, false, loader);
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
        return Optional.of(Proxy.newProxyInstance(loader, new Class<?>[] {type}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "getLocale" -> RequestContext.currentLocale();
                    case "getSupportedLocales" -> new LinkedHashSet<>(List.of(Locale.JAPANESE, Locale.ENGLISH));
                    case "toString" -> "sandbox LocaleResolver";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException("The sandbox's LocaleResolver has no " + method);
                }));
    }
}
