package dev.kakehashi.testing;

import java.util.List;

/**
 * Script-injection vectors after the OWASP XSS Filter Evasion Cheat Sheet, plus template-injection and
 * attribute-breaking ones. Each one, if it ever ran, would set {@code window.kakehashiXss}; every one fits in a
 * 100-character name.
 */
public final class XssPayloads {
    public static final List<String> ALL = List.of(
            "<script>window.kakehashiXss=1</script>",
            "<img src=x onerror=window.kakehashiXss=2>",
            "<svg/onload=window.kakehashiXss=3>",
            "\"><script>window.kakehashiXss=4</script>",
            "'><img src=x onerror=window.kakehashiXss=5>",
            "<iframe src=\"javascript:parent.kakehashiXss=6\"></iframe>",
            "<body onload=window.kakehashiXss=7>",
            "<IMG SRC=\"jav&#x09;ascript:window.kakehashiXss=8\">",
            "<scr<script>ipt>window.kakehashiXss=9</scr</script>ipt>",
            "<a href=\"javascript:window.kakehashiXss=10\" id=kakehashi-xss-link>x</a>",
            "<details open ontoggle=window.kakehashiXss=11>",
            "${7*7}#set($x='kakehashiXss')$x $!{x}",
            "<input autofocus onfocus=window.kakehashiXss=13>",
            "</textarea><script>window.kakehashiXss=14</script>",
            "\" onmouseover=\"window.kakehashiXss=15\" autofocus onfocus=\"window.kakehashiXss=15",
            "<math><mtext><table><mglyph><style><img src=x onerror=window.kakehashiXss=16>");

    private XssPayloads() {
    }
}
