package dev.kakehashi.thanks.ao;

import static org.junit.Assert.assertEquals;

import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import dev.kakehashi.thanks.MailWatermark;
import dev.kakehashi.thanks.Thanks;
import dev.kakehashi.thanks.ThanksContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The thanks emails' watermark and the read after it, on a real database. */
public class AoMailWatermarkTest {
    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
    private EntityManagerActiveObjects ao;
    private AoThanksStore store;
    private AoMailWatermark watermark;

    @Before
    public void openDatabase() {
        ao = TestDatabase.open(AoThanks.class, AoThanksPerson.class, AoThanksDepartment.class, AoSetting.class);
        store = new AoThanksStore(ao);
        watermark = new AoMailWatermark(ao);
    }

    @After
    public void closeDatabase() {
        TestDatabase.close(ao);
    }

    private Thanks send(String message, Instant at, Thanks.State state) {
        return store.insert(new Thanks(0, "u1", List.of("u2"), "", message, "", ThanksContext.NONE,
                Thanks.Visibility.PRIVATE, at, List.of("sales"), List.of("development"), true, state));
    }

    private List<String> after(MailWatermark.Position position, Instant to, int limit) {
        return store.activeSentAfter(position, to, limit).stream().map(Thanks::message).toList();
    }

    @Test
    public void itIsStoredOnceAndNeverMovesBack() {
        assertEquals(Optional.empty(), watermark.get());
        MailWatermark.Position first = new MailWatermark.Position(T0, 7);
        watermark.advance(first);
        assertEquals(Optional.of(first), new AoMailWatermark(ao).get());

        watermark.advance(new MailWatermark.Position(T0, 6));
        assertEquals("an older position is not stored", Optional.of(first), watermark.get());
        MailWatermark.Position later = new MailWatermark.Position(T0.plusMillis(1), 2);
        watermark.advance(later);
        assertEquals(Optional.of(later), watermark.get());
        assertEquals(1, ao.count(AoSetting.class));
    }

    @Test
    public void theReadAfterAPositionTakesTheSameMillisecondsHigherIdsAndStopsAtTheEnd() {
        Thanks a = send("a", T0, Thanks.State.ACTIVE);
        send("b", T0, Thanks.State.ACTIVE);
        send("withdrawn", T0.plusMillis(1), Thanks.State.WITHDRAWN);
        send("c", T0.plusMillis(2), Thanks.State.ACTIVE);
        send("too new", T0.plusMillis(3), Thanks.State.ACTIVE);

        MailWatermark.Position afterA = new MailWatermark.Position(T0, a.id());
        assertEquals(List.of("b", "c"), after(afterA, T0.plusMillis(2), 10));
        assertEquals("oldest first, at most the limit", List.of("b"), after(afterA, T0.plusMillis(2), 1));
        assertEquals(List.of("a", "b", "c"),
                after(new MailWatermark.Position(T0.minusMillis(1), Long.MAX_VALUE), T0.plusMillis(2), 10));
        assertEquals(List.of(), after(new MailWatermark.Position(T0.plusMillis(2), Long.MAX_VALUE),
                T0.plusMillis(2), 10));
    }
}
