package dev.kakehashi.sandbox.selftest;

/**
 * Components of the self-test index files ({@code selftest/ambiguous/}, {@code missing/}, {@code constructors/},
 * {@code named/}): the plugin context must fail as the host's does when a constructor has two candidates, none, or
 * when Spring cannot tell which constructor to use, and must honour bean names, primary components and per-product
 * files.
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
}
