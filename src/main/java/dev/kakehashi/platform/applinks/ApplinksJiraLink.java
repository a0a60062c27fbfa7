package dev.kakehashi.platform.applinks;

import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;

/** Jira as Confluence sees it, through Confluence's primary Jira link. */
public class ApplinksJiraLink extends ApplinksLinkedApplication {
    public ApplinksJiraLink(ApplicationLinkService links) {
        super(links, JiraApplicationType.class);
    }

    @Override
    public String productName() {
        return "Jira";
    }
}
