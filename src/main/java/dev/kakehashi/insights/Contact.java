package dev.kakehashi.insights;

import java.time.LocalDate;
import java.util.List;

/**
 * One recorded contact between departments, as the map counts it: a collaboration request (requesting department to
 * partner department), a public active thanks (each sender department to each recipient department), a shared goal
 * (every taking-part department with every other, both ways, over the days it was active) or a knowledge page
 * (every named department with every other, both ways), or an event two departments' people attended together (both
 * ways). {@code people} are the user keys the contact rests on.
 *
 * @param start the day it happened (a goal: the day it started)
 * @param end   the last day it counts (the start for everything but goals; null for a goal still going on)
 */
public record Contact(Kind kind, LocalDate start, LocalDate end, List<String> from, List<String> to, boolean done,
                      List<String> people) {
    /** What kind of work the contact is. */
    public enum Kind { REQUEST, THANKS, GOAL, KNOWLEDGE, EVENT }

    public static Contact request(LocalDate day, String from, String to, boolean done, List<String> people) {
        return new Contact(Kind.REQUEST, day, day, List.of(from), List.of(to), done, people);
    }

    public static Contact thanks(LocalDate day, List<String> senders, List<String> recipients, List<String> people) {
        return new Contact(Kind.THANKS, day, day, senders, recipients, false, people);
    }

    public static Contact goal(LocalDate start, LocalDate end, List<String> departments, List<String> people) {
        return new Contact(Kind.GOAL, start, end, departments, departments, false, people);
    }

    public static Contact knowledge(LocalDate day, List<String> departments, List<String> people) {
        return new Contact(Kind.KNOWLEDGE, day, day, departments, departments, false, people);
    }

    /** An event people of both departments were checked in at; {@code people} are those of the two departments. */
    public static Contact event(LocalDate day, String a, String b, List<String> people) {
        return new Contact(Kind.EVENT, day, day, List.of(a, b), List.of(a, b), false, people);
    }
}
