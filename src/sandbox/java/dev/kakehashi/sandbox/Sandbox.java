package dev.kakehashi.sandbox;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Jira and Confluence side by side, each with its own database: {@code mvn -Psandbox} runs {@link #main}.
 */
public final class Sandbox implements AutoCloseable {
    private final SandboxHost jira;
    private final SandboxHost confluence;

    private Sandbox(SandboxHost jira, SandboxHost confluence) {
        this.jira = jira;
        this.confluence = confluence;
    }

    /** Starts both products at once; a port of 0 picks a free port. */
    public static Sandbox start(Path home, int jiraPort, int confluencePort) {
        CompletableFuture<SandboxHost> jira = CompletableFuture.supplyAsync(
                () -> SandboxHost.start(Product.JIRA, home, jiraPort));
        CompletableFuture<SandboxHost> confluence = CompletableFuture.supplyAsync(
                () -> SandboxHost.start(Product.CONFLUENCE, home, confluencePort));
        try {
            Sandbox sandbox = new Sandbox(jira.join(), confluence.join());
            SandboxHost.link(sandbox.jira, sandbox.confluence);
            return sandbox;
        } catch (CompletionException e) {
            jira.thenAccept(SandboxHost::close);
            confluence.thenAccept(SandboxHost::close);
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    public SandboxHost jira() {
        return jira;
    }

    public SandboxHost confluence() {
        return confluence;
    }

    @Override
    public void close() {
        jira.close();
        confluence.close();
    }

    public static void main(String[] args) throws InterruptedException {
        Path home = Path.of(System.getProperty("kakehashi.sandbox.home", ".sandbox"));
        int jiraPort = Integer.getInteger("kakehashi.sandbox.jira.port", Product.JIRA.defaultPort());
        int confluencePort = Integer.getInteger("kakehashi.sandbox.confluence.port", Product.CONFLUENCE.defaultPort());
        Sandbox sandbox = start(home, jiraPort, confluencePort);
        Thread stopper = new Thread(() -> {
            sandbox.close();
            System.out.println("Kakehashi sandbox stopped.");
        }, "sandbox-shutdown");
        Runtime.getRuntime().addShutdownHook(stopper);
        System.out.println();
        System.out.println("Kakehashi sandbox ready:");
        System.out.println("  Jira:       " + sandbox.jira().baseUrl() + " (admin/admin)");
        System.out.println("  Confluence: " + sandbox.confluence().baseUrl() + " (admin/admin)");
        System.out.println("  Data:       " + home.toAbsolutePath() + "   Stop with Ctrl-C.");
        Thread.currentThread().join();
    }
}
