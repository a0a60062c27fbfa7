package dev.kakehashi.insights;

import static org.junit.Assert.assertEquals;

import java.util.Locale;
import org.junit.Test;

public class StageTest {
    private static CellFigures c(int requests, int done, int thanks, int goals, int knowledge) {
        return new CellFigures("a", "b", requests, done, thanks, goals, knowledge, 9);
    }

    @Test
    public void eachStageFollowsFromWhatFlowedEitherWay() {
        assertEquals(Stage.NO_CONTACT, Stage.of(null, null, null, null));
        assertEquals(Stage.NO_CONTACT, Stage.of(null, null, c(3, 3, 3, 0, 0), null));
        assertEquals(Stage.MET, Stage.of(null, c(0, 0, 0, 1, 0), null, null));
        assertEquals(Stage.MET, Stage.of(c(1, 0, 0, 0, 0), null, null, null));
        assertEquals(Stage.THANKS, Stage.of(c(1, 0, 0, 0, 0), c(0, 0, 1, 0, 0), null, null));
        assertEquals(Stage.COLLABORATION, Stage.of(c(1, 1, 0, 0, 0), c(0, 0, 4, 0, 0), null, null));
        assertEquals(Stage.CONTINUING, Stage.of(c(1, 1, 0, 0, 0), c(1, 1, 0, 0, 0), null, null));
        assertEquals(Stage.CONTINUING, Stage.of(c(1, 1, 0, 0, 0), null, null, c(1, 1, 0, 0, 0)));
        assertEquals(Stage.COLLABORATION, Stage.of(c(1, 1, 0, 0, 0), null, c(2, 0, 0, 0, 0), null));
    }

    @Test
    public void labelsAndNextStepsAreInTheReadersLanguage() {
        assertEquals("無接点", Stage.NO_CONTACT.label(Locale.JAPANESE));
        assertEquals("顔見知り", Stage.MET.label(Locale.JAPAN));
        assertEquals("Thanks flowing", Stage.THANKS.label(Locale.ENGLISH));
        assertEquals("継続", Stage.CONTINUING.label(Locale.JAPANESE));
        assertEquals("Ask them a first small request", Stage.THANKS.next(Locale.ENGLISH));
        assertEquals("成果を受けて次の依頼を提案する", Stage.COLLABORATION.next(Locale.JAPANESE));
    }
}
