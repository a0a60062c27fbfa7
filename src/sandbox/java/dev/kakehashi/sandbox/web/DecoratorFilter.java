package dev.kakehashi.sandbox.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SiteMesh's part in the hosts: a plugin page that asks for {@code atl.admin} or {@code atl.general} with
 * {@code <meta name="decorator">} gets the host's header, menu and web resources around its title, head and body.
 */
public final class DecoratorFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Pattern DECORATOR = Pattern.compile(
            "<meta\\s+name=[\"']decorator[\"']\\s+content=[\"']([^\"']*)[\"']\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HEAD = Pattern.compile("<head[^>]*>(.*?)</head>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final transient HostChrome chrome;

    public DecoratorFilter(HostChrome chrome) {
        this.chrome = chrome;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        BufferedResponse buffered = new BufferedResponse(response);
        chain.doFilter(request, buffered);
        byte[] bytes = buffered.bytes();
        if (response.isCommitted() || bytes.length == 0) {
            if (bytes.length > 0) {
                response.getOutputStream().write(bytes);
            }
            return;
        }
        String type = buffered.getContentType();
        String html = type != null && type.startsWith("text/html") ? new String(bytes, buffered.charset()) : null;
        Matcher decorator = html == null ? null : DECORATOR.matcher(html);
        if (decorator == null || !decorator.find()) {
            response.getOutputStream().write(bytes);
            return;
        }
        HostChrome.Decorator kind = switch (decorator.group(1).strip()) {
            case "atl.admin" -> HostChrome.Decorator.ADMIN;
            case "atl.general" -> HostChrome.Decorator.GENERAL;
            default -> throw new ServletException("The sandbox knows the decorators atl.admin and atl.general, not "
                    + decorator.group(1));
        };
        String title = group(TITLE, html);
        String head = group(HEAD, html);
        head = TITLE.matcher(DECORATOR.matcher(head).replaceAll("")).replaceAll("").strip();
        String body = group(BODY, html);
        byte[] page = chrome.page(request, kind, title.strip(), head, body).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    private static String group(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        return m.find() ? m.group(1) : "";
    }
}
