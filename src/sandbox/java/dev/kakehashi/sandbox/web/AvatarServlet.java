package dev.kakehashi.sandbox.web;

import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.directory.DemoUser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /sandbox/avatar/<username>.svg}: a round picture with the user's initials, standing in for profile pictures.
 */
public final class AvatarServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#0052cc", "#00875a", "#5243aa", "#de350b", "#ff991f", "#00a3bf", "#6554c0"};

    private final transient DemoDirectory directory;

    public AvatarServlet(DemoDirectory directory) {
        this.directory = directory;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String username = path == null || !path.endsWith(".svg") ? null : path.substring(1, path.length() - 4);
        DemoUser user = directory.byUsername(username).orElse(null);
        if (user == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such user");
            return;
        }
        String colour = COLOURS[Math.floorMod(user.username().hashCode(), COLOURS.length)];
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"48\" height=\"48\" viewBox=\"0 0 48 48\">"
                + "<title>" + Html.text(user.fullName()) + "</title>"
                + "<circle cx=\"24\" cy=\"24\" r=\"24\" fill=\"" + colour + "\"/>"
                + "<text x=\"24\" y=\"30\" font-family=\"sans-serif\" font-size=\"17\" fill=\"#fff\" text-anchor=\"middle\">"
                + Html.text(initials(user.fullName())) + "</text></svg>";
        response.setContentType("image/svg+xml;charset=UTF-8");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        response.setHeader("Cache-Control", "max-age=3600");
        response.getOutputStream().write(svg.getBytes(StandardCharsets.UTF_8));
    }

    static String initials(String fullName) {
        StringBuilder initials = new StringBuilder();
        for (String part : fullName.strip().split("\\s+")) {
            if (!part.isEmpty() && initials.codePointCount(0, initials.length()) < 2) {
                initials.appendCodePoint(part.codePointAt(0));
            }
        }
        return initials.toString().toUpperCase(java.util.Locale.ROOT);
    }
}
