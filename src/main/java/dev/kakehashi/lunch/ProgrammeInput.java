package dev.kakehashi.lunch;

/** A programme as an administrator typed it, before it is checked. */
public record ProgrammeInput(String key, String nameEn, String nameJa, String site, String cadence, String weekday,
                             String startsOn, Integer groupSize, Integer minDepartments, Integer avoidRounds,
                             Boolean active) {
}
