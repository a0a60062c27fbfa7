package dev.kakehashi.platform.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import dev.kakehashi.platform.Rejection;
import org.junit.Test;

public class ParamsTest {
    private static Rejection.Reason refused(Runnable call) {
        try {
            call.run();
        } catch (Rejection rejection) {
            return rejection.reason();
        }
        fail("not refused");
        return null;
    }

    @Test
    public void idsAreDigitsAndNeverWrap() {
        assertEquals(4294970892L, Params.id("id", "4294970892"));
        assertEquals(Long.MAX_VALUE, Params.id("id", Long.toString(Long.MAX_VALUE)));
        assertEquals(Rejection.Reason.NOT_FOUND, refused(() -> Params.id("id", "9223372036854775808")));
        assertEquals(Rejection.Reason.NOT_FOUND, refused(() -> Params.id("id", "99999999999999999999999")));
        for (String malformed : new String[] {"abc", "-1", "+1", "1.0", " 1", "", "0x10", "１"}) {
            assertEquals(malformed, Rejection.Reason.INVALID, refused(() -> Params.id("id", malformed)));
        }
    }

    @Test
    public void queryNumbersAreWholeNumbersInRange() {
        assertNull(Params.integer("limit", null));
        assertNull(Params.integer("limit", " "));
        assertEquals(Integer.valueOf(-5), Params.integer("days", " -5 "));
        assertEquals(Long.valueOf(4294970892L), Params.number("before", "4294970892"));
        for (String malformed : new String[] {"abc", "1.5", "1e3", "2147483648", "NaN"}) {
            assertEquals(malformed, Rejection.Reason.INVALID, refused(() -> Params.integer("limit", malformed)));
        }
        assertEquals(Rejection.Reason.INVALID, refused(() -> Params.number("before", "9223372036854775808")));
    }
}
