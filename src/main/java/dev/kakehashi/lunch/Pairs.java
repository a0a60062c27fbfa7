package dev.kakehashi.lunch;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Unordered pairs of user keys, as one string each, so that pair sets are plain hash sets. */
public final class Pairs {
    private Pairs() {
    }

    /** The pair's key: the two user keys in sorted order, separated by a character user keys do not hold. */
    public static String of(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    /** Every pair inside each group. */
    public static Set<String> within(Collection<? extends List<String>> groups) {
        Set<String> pairs = new HashSet<>();
        for (List<String> group : groups) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    pairs.add(of(group.get(i), group.get(j)));
                }
            }
        }
        return pairs;
    }
}
