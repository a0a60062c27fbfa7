package com.atlassian.fugue;

/**
 * Host declaration (compile only): Fugue's optional value, as Jira's entity property results carry it; only what the
 * sandbox needs to build such a result (the plugin never touches it).
 * Mirrors jira-api 7.0.8 Javadoc (EntityPropertyService.PropertyServiceResult takes com.atlassian.fugue.Option,
 * https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/entity/property/EntityPropertyService.PropertyServiceResult.html);
 * its package in Jira 11 is unverified.
 */
public abstract class Option<A> {
    Option() {
    }

    public abstract boolean isDefined();

    public abstract A get();

    public static <A> Option<A> some(A value) {
        return new Option<A>() {
            @Override
            public boolean isDefined() {
                return true;
            }

            @Override
            public A get() {
                return value;
            }
        };
    }

    public static <A> Option<A> none() {
        return new Option<A>() {
            @Override
            public boolean isDefined() {
                return false;
            }

            @Override
            public A get() {
                throw new java.util.NoSuchElementException();
            }
        };
    }
}
