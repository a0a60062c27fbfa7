package dev.kakehashi.nodes;

import static dev.kakehashi.nodes.TwoNodesLoadIT.assertEachIssueTypeOnce;
import static dev.kakehashi.nodes.TwoNodesLoadIT.connect;
import static dev.kakehashi.nodes.TwoNodesLoadIT.table;

import dev.kakehashi.collaboration.RequestTypeInstaller;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.SandboxHost;
import dev.kakehashi.sandbox.host.SandboxCluster;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

/**
 * Two Jira nodes on one PostgreSQL database (schema {@code jira_install}) whose issue-type installers run at the same
 * moment, again and again from a Jira without the request types: each type is created once, bound once and in the
 * default scheme once. Run by the {@code two-nodes} profile.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING) // the state the start left, before the rounds change it
public class TwoNodesInstallIT {
    private static final String SCHEMA = "jira_install";
    private static final int ROUNDS = Integer.getInteger("kakehashi.nodes.install.rounds", 30);
    private static final List<SandboxHost> JIRA = new ArrayList<>();

    @BeforeClass
    public static void startTwoJiraNodes() throws Exception {
        try (Connection c = connect(null); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + SCHEMA);
        }
        JIRA.addAll(TwoNodesLoadIT.startTogether(Product.JIRA,
                new SandboxCluster(TwoNodesLoadIT.inSchema(SCHEMA), TwoNodesLoadIT.USER, "")));
    }

    @AfterClass
    public static void stop() throws java.sql.SQLException {
        JIRA.forEach(SandboxHost::close);
        TwoNodesLoadIT.dropSchemas(SCHEMA);
    }

    @Test
    public void atStartTheInstallersOfBothNodesCreatedEachIssueTypeOnce() throws Exception {
        assertEachIssueTypeOnce(SCHEMA, "started together");
    }

    @Test
    public void installersRunOnBothNodesAtOnceCreateEachIssueTypeOnce() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                try (Connection c = connect(SCHEMA); Statement s = c.createStatement()) {
                    s.execute("DELETE FROM " + table("ISSUE_TYPE_BIND"));
                    s.execute("DELETE FROM SANDBOX_SCHEME_ISSUE_TYPE WHERE ISSUE_TYPE_ID NOT IN ('10000', '10001', '10002')");
                    s.execute("DELETE FROM SANDBOX_ISSUE_TYPE WHERE ID NOT IN ('10000', '10001', '10002')");
                }
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<?>> installs = new ArrayList<>();
                for (SandboxHost node : JIRA) {
                    RequestTypeInstaller installer = node.bean(RequestTypeInstaller.class);
                    installs.add(nodes.submit(() -> {
                        together.await();
                        return installer.install();
                    }));
                }
                for (Future<?> install : installs) {
                    install.get();
                }
                assertEachIssueTypeOnce(SCHEMA, "round " + round);
            }
        } finally {
            nodes.shutdown();
        }
    }
}
