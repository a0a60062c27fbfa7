package dev.kakehashi.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One event as an iCalendar file (RFC 5545): a VCALENDAR with one VEVENT, times in UTC, texts escaped (section
 * 3.3.11) and lines folded at 75 octets (section 3.1) without splitting a UTF-8 character. Written here rather than
 * taking ical4j: one event's few properties do not justify its dependency tree in the plugin jar.
 */
public final class ICalendar {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int OCTETS = 75;

    private ICalendar() {
    }

    /** The file of this event; {@code url} is the event's page, {@code host} names the issuing site in the UID. */
    public static String of(Event event, String url, String host, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Kakehashi//Events//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "BEGIN:VEVENT");
        line(out, "UID:kakehashi-event-" + event.id() + "@" + escape(host));
        line(out, "DTSTAMP:" + UTC.format(stamp));
        line(out, "DTSTART:" + UTC.format(event.start()));
        line(out, "DTEND:" + UTC.format(event.end()));
        line(out, "SUMMARY:" + escape(event.title()));
        String description = event.gain() + (event.link().isEmpty() ? "" : "\n" + event.link());
        line(out, "DESCRIPTION:" + escape(description));
        if (!event.place().isEmpty()) {
            line(out, "LOCATION:" + escape(event.place()));
        }
        if (!url.isEmpty()) {
            line(out, "URL:" + url);
        }
        line(out, "CLASS:" + (event.privateEvent() ? "PRIVATE" : "PUBLIC"));
        if (event.cancelled()) {
            // RFC 5545 3.8.1.11 and 3.8.7.4: a calendar that holds the event marks it cancelled on the newer sequence
            line(out, "STATUS:CANCELLED");
            line(out, "SEQUENCE:1");
        }
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value: backslash, semicolon and comma escaped, line breaks as \n. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20 && c != '\t') {
                        continue;
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    /** Appends the content line folded: at most 75 octets per physical line, continuation lines start with a space. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = OCTETS - 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
