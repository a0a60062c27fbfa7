package dev.kakehashi.sandbox.pages;

import dev.kakehashi.sandbox.directory.DemoUser;
import dev.kakehashi.sandbox.host.RequestContext;
import dev.kakehashi.sandbox.host.SandboxApplicationLinks;
import dev.kakehashi.sandbox.web.AtlTokens;
import dev.kakehashi.sandbox.web.HostChrome;
import dev.kakehashi.sandbox.web.HostText;
import dev.kakehashi.sandbox.web.Html;
import dev.kakehashi.sandbox.web.SafeRedirect;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Where the application link sends a person who has not allowed it to act for them
 * ({@code /plugins/servlet/applinks/oauth/login-dance/authorize?applicationLinkID=…&redirectUrl=…}): one button
 * (posting with the page's {@code atl_token}) allows it, then returns to {@code redirectUrl} when it is on this
 * product. Stands in for OAuth's "login dance"; the other product is not asked.
 */
public final class ApplinkAuthoriseServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient HostChrome chrome;
    private final transient SandboxApplicationLinks links;
    private final transient AtlTokens tokens = new AtlTokens();

    public ApplinkAuthoriseServlet(HostChrome chrome, SandboxApplicationLinks links) {
        this.chrome = chrome;
        this.links = links;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DemoUser user = RequestContext.currentUser().orElse(null);
        if (user == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        Locale locale = RequestContext.currentLocale();
        String body = "<h1>" + HostText.get(locale, "applinks.title") + "</h1>\n<p>" + HostText.get(locale, "applinks.text")
                + "</p>\n<form class=\"aui\" method=\"post\" id=\"applinks-authorise-form\">" + tokens.hiddenField(user)
                + "<input type=\"hidden\" name=\"redirectUrl\" value=\"" + Html.text(request.getParameter("redirectUrl"))
                + "\"><button type=\"submit\" class=\"aui-button aui-button-primary\" id=\"applinks-authorise\">"
                + HostText.get(locale, "applinks.allow") + "</button></form>\n";
        HostPage.write(response, chrome.page(request, HostChrome.Decorator.GENERAL,
                HostText.get(locale, "applinks.title"), "", body));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DemoUser user = RequestContext.currentUser().orElse(null);
        if (user == null || !tokens.accepts(request, user)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        links.authorise(user.username());
        response.sendRedirect(SafeRedirect.target(request, request.getParameter("redirectUrl"),
                chrome.product().homePath()));
    }
}
