package dev.kakehashi.events;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two invitation messages are: the Jaccard index of their character bigrams after normalising (NFKC, lower
 * case, no white space or punctuation), from 0 (nothing shared) to 1 (the same text). Bigrams of characters suit
 * Japanese, which has no spaces between words, as well as English. Written here: no library on hand offers it.
 */
public final class MessageSimilarity {
    /** From this score on, a message is refused as a copy of an earlier one. */
    public static final double REFUSE = 0.8;
    /** From this score on (below {@link #REFUSE}), the organiser is warned and must confirm. */
    public static final double WARN = 0.6;

    private MessageSimilarity() {
    }

    /** The score of the two texts. */
    public static double score(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() && y.isEmpty()) {
            return 1.0;
        }
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        int union = x.size() + y.size() - shared.size();
        return union == 0 ? 0.0 : (double) shared.size() / union;
    }

    /** The text as compared: NFKC, lower case, letters and digits only. */
    static String normalise(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder();
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    static Set<String> bigrams(String text) {
        String s = normalise(text);
        int[] cps = s.codePoints().toArray();
        Set<String> grams = new HashSet<>();
        if (cps.length == 1) {
            grams.add(new String(cps, 0, 1));
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            grams.add(new String(cps, i, 2));
        }
        return grams;
    }
}
