package dev.kakehashi.platform.applinks;

import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.application.confluence.ConfluenceApplicationType;

/** Confluence as Jira sees it, through Jira's primary Confluence link. */
public class ApplinksConfluenceLink extends ApplinksLinkedApplication {
    public ApplinksConfluenceLink(ApplicationLinkService links) {
        super(links, ConfluenceApplicationType.class);
    }

    @Override
    public String productName() {
        return "Confluence";
    }
}
