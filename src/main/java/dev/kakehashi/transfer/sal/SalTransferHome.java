package dev.kakehashi.transfer.sal;

import com.atlassian.sal.api.ApplicationProperties;
import dev.kakehashi.transfer.TransferHome;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Documents live in {@code kakehashi/transfer} below the host's shared home (every node of a cluster sees it), or
 * below the local home on a host without one.
 */
public class SalTransferHome implements TransferHome {
    private final ApplicationProperties application;

    public SalTransferHome(ApplicationProperties application) {
        this.application = application;
    }

    @Override
    public Path folder() {
        Path home = application.getSharedHomeDirectory()
                .or(application::getLocalHomeDirectory)
                .orElseGet(() -> Paths.get(System.getProperty("java.io.tmpdir")));
        return home.resolve("kakehashi").resolve("transfer");
    }

    @Override
    public String product() {
        return "conf".equals(application.getPlatformId()) ? "confluence" : "jira";
    }
}
