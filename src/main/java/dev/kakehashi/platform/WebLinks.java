package dev.kakehashi.platform;

import java.net.URI;
import java.net.URISyntaxException;

/** Links the app stores or writes into pages: web addresses only. */
public final class WebLinks {
    private WebLinks() {
    }

    /** An absolute http or https address with a host (no {@code javascript:}, no relative path). */
    public static boolean isWebLink(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
