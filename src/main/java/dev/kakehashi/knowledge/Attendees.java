package dev.kakehashi.knowledge;

import dev.kakehashi.platform.Person;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The people a meeting's notes name as its attendees, from the wizard's field of user names (separated by commas,
 * ideographic commas or spaces, as the people picker writes them). The wizard refuses unknown names and people who
 * may not view the space before it sends the field; the host passes the field on as it was sent, so the server reads
 * it again: at most {@link #MAX} names, and only people who exist and may view the space become attendees.
 */
public final class Attendees {
    /** The most attendees one page names. */
    public static final int MAX = 30;
    /** The longest user name read (the hosts' own limit). */
    static final int NAME_MAX = 255;

    private Attendees() {
    }

    /** The user names of the field, in the order given, each once; names past {@link #MAX} are left out. */
    public static List<String> names(Object value) {
        List<String> parts = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            collection.forEach(v -> parts.addAll(split(String.valueOf(v))));
        } else if (value instanceof Object[] array) {
            Arrays.stream(array).forEach(v -> parts.addAll(split(String.valueOf(v))));
        } else if (value != null) {
            parts.addAll(split(String.valueOf(value)));
        }
        Set<String> names = new LinkedHashSet<>();
        for (String part : parts) {
            if (part.length() <= NAME_MAX && names.size() < MAX) {
                names.add(part);
            }
        }
        return List.copyOf(names);
    }

    /**
     * The people these names stand for who may view the space; names of nobody, and people who may not view it, are
     * left out (the wizard has told the author about them already).
     */
    public static List<Person> resolve(List<String> names, Function<String, Optional<Person>> byUsername,
                                       Predicate<Person> mayViewSpace) {
        List<Person> people = new ArrayList<>();
        for (String name : names) {
            byUsername.apply(name).filter(mayViewSpace)
                    .filter(p -> people.stream().noneMatch(q -> q.key().equals(p.key())))
                    .ifPresent(people::add);
        }
        return List.copyOf(people);
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split("[,\u3001\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
