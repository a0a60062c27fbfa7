package dev.kakehashi.events;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.Test;

public class ICalendarTest {
    private static final Instant START = Instant.parse("2026-12-10T03:00:00Z");

    private static Event event(String title, String gain) {
        return new Event(42, title, EventFormat.LUNCH, EventMode.HYBRID, "本社 5F; 会議室 A", "https://meet.example/x",
                START, START.plusSeconds(3600), 0, gain, false, "", List.of("a", "b"), List.of(), "a", START, null);
    }

    @Test
    public void textIsEscapedAndTimesAreUtc() {
        String file = ICalendar.of(event("ランチ会, 新年; \\ 特別編", "line one\nline two"), "https://x.example/e/42",
                "x.example", START);

        assertTrue(file.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assertTrue(file.contains("\r\nSUMMARY:ランチ会\\, 新年\\; \\\\ 特別編\r\n"));
        assertTrue(file.contains("\r\nDTSTART:20261210T030000Z\r\nDTEND:20261210T040000Z\r\n"));
        assertTrue(file.contains("\r\nLOCATION:本社 5F\\; 会議室 A\r\n"));
        assertTrue(file.contains("DESCRIPTION:line one\\nline two\\nhttps://meet.example/x\r\n"));
        assertTrue(file.contains("\r\nUID:kakehashi-event-42@x.example\r\n"));
        assertTrue(file.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"));
    }

    @Test
    public void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String gain = "参加すると他部署の人と知り合えます。".repeat(20);
        String file = ICalendar.of(event("t", gain), "", "h", START);

        for (String line : file.split("\r\n")) {
            assertTrue(line, line.getBytes(StandardCharsets.UTF_8).length <= 75);
        }
        String unfolded = file.replace("\r\n ", "");
        assertTrue(unfolded.contains("DESCRIPTION:" + gain + "\\nhttps://meet.example/x\r\n"));
    }

    @Test
    public void similarityIgnoresSpacingWidthAndPunctuation() {
        assertEquals(1.0, MessageSimilarity.score("Ｈｅｌｌｏ、 World!", "hello world"), 0.0);
        assertEquals(0.0, MessageSimilarity.score("あいう", "かきく"), 0.0);
        assertTrue(MessageSimilarity.score("田中さん、展示会ではありがとう", "佐藤さん、展示会ではありがとう") > 0.6);
    }
}
