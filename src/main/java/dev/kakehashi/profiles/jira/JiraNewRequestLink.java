package dev.kakehashi.profiles.jira;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import dev.kakehashi.profiles.NewRequestLink;
import java.util.Optional;

/** In Jira: its own new-request page, below the context path. */
public class JiraNewRequestLink implements NewRequestLink {
    private final ApplicationProperties application;

    public JiraNewRequestLink(ApplicationProperties application) {
        this.application = application;
    }

    @Override
    public Optional<String> page() {
        return Optional.of(application.getBaseUrl(UrlMode.RELATIVE) + PATH);
    }
}
