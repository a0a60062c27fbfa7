package dev.kakehashi.knowledge;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.Test;

/** The wizard's attendees field as the server reads it again. */
public class AttendeesTest {
    @Test
    public void namesAreSplitAtCommasIdeographicCommasAndSpacesEachOnce() {
        assertEquals(List.of("suzuki", "tanaka", "kato"), Attendees.names(" suzuki, tanaka、kato\tsuzuki ,, "));
        assertEquals(List.of("suzuki", "kato"), Attendees.names(new String[]{"suzuki", "kato"}));
        assertEquals(List.of(), Attendees.names(null));
    }

    @Test
    public void atMostThirtyNamesAndNoNameLongerThanTheHostsLimitAreRead() {
        String many = IntStream.range(0, 40).mapToObj(i -> "user" + i).collect(Collectors.joining(","));
        List<String> names = Attendees.names(many + ",late");
        assertEquals(Attendees.MAX, names.size());
        assertEquals("user29", names.get(29));
        assertEquals(List.of("ok"), Attendees.names("x".repeat(Attendees.NAME_MAX + 1) + ",ok"));
    }
}
