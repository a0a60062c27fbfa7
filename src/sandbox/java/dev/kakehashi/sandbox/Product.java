package dev.kakehashi.sandbox;

/**
 * The two hosts the plugin runs in, with the names, paths and groups that differ between them.
 */
public enum Product {
    JIRA("jira", "Jira", "/jira", 2990, "jira-administrators", "jira-users", "/login.jsp", "/secure/Dashboard.jspa"),
    CONFLUENCE("confluence", "Confluence", "/confluence", 1990, "confluence-administrators", "confluence-users",
            "/login.action", "/display/DEMO/Home");

    private final String key;
    private final String displayName;
    private final String contextPath;
    private final int defaultPort;
    private final String adminGroup;
    private final String usersGroup;
    private final String loginPath;
    private final String homePath;

    Product(String key, String displayName, String contextPath, int defaultPort, String adminGroup, String usersGroup,
            String loginPath, String homePath) {
        this.key = key;
        this.displayName = displayName;
        this.contextPath = contextPath;
        this.defaultPort = defaultPort;
        this.adminGroup = adminGroup;
        this.usersGroup = usersGroup;
        this.loginPath = loginPath;
        this.homePath = homePath;
    }

    /** The name used by {@code application="…"} in the descriptor and by the index files ({@code component-jira}). */
    public String key() {
        return key;
    }

    public String displayName() {
        return displayName;
    }

    public String contextPath() {
        return contextPath;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public String adminGroup() {
        return adminGroup;
    }

    public String usersGroup() {
        return usersGroup;
    }

    /** The login page, relative to the context path. */
    public String loginPath() {
        return loginPath;
    }

    /** Where a person lands after logging in without a destination, relative to the context path. */
    public String homePath() {
        return homePath;
    }
}
