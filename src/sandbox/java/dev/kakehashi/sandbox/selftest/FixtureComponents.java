package dev.kakehashi.sandbox.selftest;

/**
 * Components of the self-test index files ({@code selftest/ambiguous/}, {@code missing/}, {@code constructors/},
 * {@code named/}, {@code narrow/}): the plugin context must fail as the host's does when a constructor has two
 * candidates, none, or when Spring cannot tell which constructor to use, or asks for an interface that an imported
 * service's object happens to implement without being imported as it, and must honour bean names, primary components
 * and per-product files.
 */
public final class FixtureComponents {
    private FixtureComponents() {
    }

    /** What the greeter needs one of. */
    public interface Greeting {
        String text();
    }

    public static class English implements Greeting {
        @Override
        public String text() {
            return "Hello";
        }
    }

    public static class Japanese implements Greeting {
        @Override
        public String text() {
            return "こんにちは";
        }
    }

    /** Needs exactly one greeting. */
    public static class Greeter {
        private final Greeting greeting;

        public Greeter(Greeting greeting) {
            this.greeting = greeting;
        }

        public String greet() {
            return greeting.text();
        }
    }

    /** Two constructors, neither marked for injection and no default one. */
    public static class TwoConstructors {
        public TwoConstructors(Greeting greeting) {
            this(greeting, "!");
        }

        TwoConstructors(Greeting greeting, String suffix) {
            greeting.text();
        }
    }

    /**
     * Asks for the imported i18n resolver first (so that its bean exists), then for SAL's locale resolver, which the
     * fixture imports nothing as.
     */
    public static class NeedsLocales {
        public NeedsLocales(com.atlassian.sal.api.message.I18nResolver i18n,
                            com.atlassian.sal.api.message.LocaleResolver locales) {
            locales.getLocale();
        }
    }
}
