package dev.kakehashi.insights;

import dev.kakehashi.platform.Localized;
import java.util.Locale;

/**
 * How far two departments have come together over a period, with the next small step suggested for them:
 * 無接点 → 顔見知り → 感謝 → 連携 → 継続.
 */
public enum Stage {
    NO_CONTACT("No contact", "無接点", "Read their department profile", "部署カルテを読む"),
    MET("Met", "顔見知り", "Send them thanks", "感謝を伝える"),
    THANKS("Thanks flowing", "感謝", "Ask them a first small request", "小さな依頼をしてみる"),
    COLLABORATION("Collaborating", "連携", "Propose a follow-up after the result", "成果を受けて次の依頼を提案する"),
    CONTINUING("Continuing", "継続", "Share what you learned in a knowledge page or a shared goal",
            "学びをナレッジページや共通目標で共有する");

    private final String labelEn;
    private final String labelJa;
    private final String nextEn;
    private final String nextJa;

    Stage(String labelEn, String labelJa, String nextEn, String nextJa) {
        this.labelEn = labelEn;
        this.labelJa = labelJa;
        this.nextEn = nextEn;
        this.nextJa = nextJa;
    }

    public String label(Locale locale) {
        return Localized.pick(locale, labelEn, labelJa);
    }

    /** The next small step's label. */
    public String next(Locale locale) {
        return Localized.pick(locale, nextEn, nextJa);
    }

    /**
     * The stage of a pair from both directions' cells over the period and the previous one (null: no contact).
     * CONTINUING: two requests done, or one done in this period and one in the previous; COLLABORATION: one done;
     * THANKS: thanks flowed either way; MET: any other contact; NO_CONTACT: none.
     */
    public static Stage of(CellFigures ab, CellFigures ba, CellFigures previousAb, CellFigures previousBa) {
        int done = done(ab) + done(ba);
        int donePrevious = done(previousAb) + done(previousBa);
        if (done >= 2 || done >= 1 && donePrevious >= 1) {
            return CONTINUING;
        }
        if (done == 1) {
            return COLLABORATION;
        }
        if (thanks(ab) + thanks(ba) > 0) {
            return THANKS;
        }
        if (total(ab) + total(ba) > 0) {
            return MET;
        }
        return NO_CONTACT;
    }

    private static int done(CellFigures c) {
        return c == null ? 0 : c.requestsDone();
    }

    private static int thanks(CellFigures c) {
        return c == null ? 0 : c.thanks();
    }

    private static int total(CellFigures c) {
        return c == null ? 0 : c.total();
    }
}
