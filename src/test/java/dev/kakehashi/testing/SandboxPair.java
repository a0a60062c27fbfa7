package dev.kakehashi.testing;

import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.SandboxHost;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.rules.ExternalResource;

/**
 * Jira and Confluence sandboxes on free ports with their own fresh databases, for one test class
 * ({@code @ClassRule public static final SandboxPair SANDBOX = new SandboxPair();}).
 */
public final class SandboxPair extends ExternalResource {
    private Path home;
    private SandboxHost jira;
    private SandboxHost confluence;

    @Override
    protected void before() throws Throwable {
        home = Files.createTempDirectory("kakehashi-it");
        jira = SandboxHost.start(Product.JIRA, home, 0);
        confluence = SandboxHost.start(Product.CONFLUENCE, home, 0);
        SandboxHost.link(jira, confluence);
    }

    @Override
    protected void after() {
        if (jira != null) {
            jira.close();
        }
        if (confluence != null) {
            confluence.close();
        }
    }

    public SandboxHost jira() {
        return jira;
    }

    public SandboxHost confluence() {
        return confluence;
    }

    public SandboxHost host(Product product) {
        return product == Product.JIRA ? jira : confluence;
    }

    /** Stops one product and starts it again on the same database, as an admin restarting the host would. */
    public SandboxHost restart(Product product) {
        if (product == Product.JIRA) {
            jira.close();
            jira = SandboxHost.start(Product.JIRA, home, 0);
            SandboxHost.link(jira, confluence);
            return jira;
        }
        confluence.close();
        confluence = SandboxHost.start(Product.CONFLUENCE, home, 0);
        SandboxHost.link(jira, confluence);
        return confluence;
    }

    /**
     * Uninstalls the plugin from one product and installs it again: the node stops, the model version the host keeps
     * for the plugin's tables is forgotten (whether the host keeps it through an uninstall is not known, and forgetting
     * it is the harder case: every upgrade task runs again over the kept rows), and the node starts on the same
     * database.
     */
    public SandboxHost reinstall(Product product) throws java.sql.SQLException {
        host(product).close();
        String prefix = dev.kakehashi.sandbox.ao.AoDatabase.tablePrefix(host(product).descriptor().ao().get(0).namespace());
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(SandboxHost.databaseUrl(product, home), "SA",
                "");
             java.sql.PreparedStatement forget = c.prepareStatement(
                     "DELETE FROM SANDBOX_PLUGIN_SETTING WHERE SETTING_KEY = ?")) {
            forget.setString(1, prefix + "_#");
            forget.executeUpdate();
        }
        SandboxHost started = SandboxHost.start(product, home, 0);
        if (product == Product.JIRA) {
            jira = started;
        } else {
            confluence = started;
        }
        SandboxHost.link(jira, confluence);
        return started;
    }

    /** An HTTP client for one product, calling as this user with the password the sandbox gives demo users. */
    public Http as(Product product, String user) {
        return new Http(host(product).baseUrl()).as(user, user);
    }

    /** {@link #as} in Jira. */
    public Http jira(String user) {
        return as(Product.JIRA, user);
    }

    /** {@link #as} in Confluence. */
    public Http confluence(String user) {
        return as(Product.CONFLUENCE, user);
    }
}
