package dev.kakehashi.sandbox.web;

import dev.kakehashi.sandbox.directory.DemoUser;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The hosts' XSRF token for their own forms ({@code atl_token}): one per user, stable while the sandbox runs, a new
 * secret at every start. A form post passes with the user's token or with {@code X-Atlassian-Token: no-check}.
 * Tokens are not tied to the session (the hosts' are), so a token stays valid across logins.
 */
public final class AtlTokens {
    /** The form field (and query parameter) holding the token. */
    public static final String PARAMETER = "atl_token";

    private final byte[] secret = new byte[32];

    public AtlTokens() {
        new SecureRandom().nextBytes(secret);
    }

    /** This user's token. */
    public String of(DemoUser user) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(secret);
            digest.update(user.key().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 40);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether this post from this user carries the user's token or the no-check header. */
    public boolean accepts(HttpServletRequest request, DemoUser user) {
        String header = request.getHeader("X-Atlassian-Token");
        if ("no-check".equalsIgnoreCase(header)) {
            return true;
        }
        String token = request.getParameter(PARAMETER);
        return token != null && MessageDigest.isEqual(of(user).getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    /** The hidden form field carrying this user's token. */
    public String hiddenField(DemoUser user) {
        return "<input type=\"hidden\" name=\"" + PARAMETER + "\" value=\"" + Html.text(of(user)) + "\">";
    }
}
