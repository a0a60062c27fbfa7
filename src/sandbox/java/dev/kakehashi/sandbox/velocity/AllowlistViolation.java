package dev.kakehashi.sandbox.velocity;

/**
 * A template called a method of the plugin's own classes that {@code <velocity-allowlist>} does not name; Jira 10+
 * and Confluence 9+ block such calls.
 */
public final class AllowlistViolation extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AllowlistViolation(String signature, String template, int line) {
        super("Velocity method " + signature + " is not in <velocity-allowlist> of atlassian-plugin.xml (called from "
                + template + " line " + line + ")");
    }
}
