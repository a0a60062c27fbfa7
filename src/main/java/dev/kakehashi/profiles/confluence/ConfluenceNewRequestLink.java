package dev.kakehashi.profiles.confluence;

import dev.kakehashi.platform.LinkedApplication;
import dev.kakehashi.profiles.NewRequestLink;
import java.util.Optional;

/** In Confluence: the new-request page of the Jira the application link names, where browsers reach it. */
public class ConfluenceNewRequestLink implements NewRequestLink {
    private final LinkedApplication jira;

    public ConfluenceNewRequestLink(LinkedApplication jira) {
        this.jira = jira;
    }

    @Override
    public Optional<String> page() {
        return jira.displayUrl().map(base -> base + PATH);
    }
}
