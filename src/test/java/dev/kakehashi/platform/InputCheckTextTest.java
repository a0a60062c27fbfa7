package dev.kakehashi.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import org.junit.Test;

/** The text rules every name and message goes through ({@link InputCheck#textProblem}). */
public class InputCheckTextTest {
    private static String problem(String text) {
        return InputCheck.textProblem(text);
    }

    @Test
    public void halfCharactersAreRefusedWholeOnesKept() {
        assertEquals("kakehashi.error.text.surrogate", problem("a\ud800b"));
        assertEquals("kakehashi.error.text.surrogate", problem("a\udc00"));
        assertEquals("kakehashi.error.text.surrogate", problem("\ud83d"));
        assertEquals("kakehashi.error.text.surrogate", problem("\ude00\ud83d"));
        assertNull(problem("ありがとう 😀"));
    }

    @Test
    public void directionOverridesAndIsolatesAreRefused() {
        for (int c : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069}) {
            assertEquals(Integer.toHexString(c), "kakehashi.error.text.bidi", problem("txt" + (char) c + "exe"));
        }
        assertNull("marks that only hint a direction stay", problem("a\u200eb\u200fc"));
        assertNull(problem("عربي and 日本語"));
    }

    @Test
    public void textOfOnlyInvisibleCharactersIsRefused() {
        for (String invisible : List.of("\u200b", "\u200b\u200c\u200d", "\u3000", "\ufeff", "\u2060", "\u3164",
                "\u115f\u1160", "\u00a0\u2007", "\u180e", "\u034f", "\ufe0f", "\u0301\u0301", "\u20dd",
                "\udb40\udd00")) {
            assertEquals(invisible.codePoints().mapToObj(Integer::toHexString).toList().toString(),
                    "kakehashi.error.text.invisible", problem(invisible));
        }
        assertNull(problem("a\u200b"));
        assertNull("a mark on a letter", problem("\u30ab\u3099"));
        assertNull("an emoji in its picture form", problem("\u2764\ufe0f"));
        assertNull("a family emoji is joined by zero-width joiners", problem("👨\u200d👩\u200d👧"));
        assertNull(problem(""));
    }

    @Test
    public void requiredAndOptionalFieldsApplyTheRules() {
        InputCheck check = new InputCheck();
        assertNull(check.required("name", "\u200b", 10));
        assertNull(check.optional("note", "a\u202eb", 10));
        assertEquals("ok", check.required("other", " ok ", 10));
        assertTrue(check.hasProblem("name"));
        assertTrue(check.hasProblem("note"));
        try {
            check.rejectIfAny();
            fail("rejected");
        } catch (Rejection rejection) {
            assertEquals(List.of("kakehashi.error.text.invisible", "kakehashi.error.text.bidi"),
                    rejection.problems().stream().map(Problem::messageKey).toList());
        }
    }
}
