package dev.kakehashi.bench;

import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import java.util.Optional;

/**
 * The users of the data set: {@value #COUNT} people keyed like Jira's ({@code JIRAUSER10000} …), each in the host
 * group of one demo department. Answers from memory, as the host's user cache does, so that the only database work
 * measured is the plugin's.
 */
final class BenchPeople implements People {
    static final int COUNT = 2_000;
    static final String[] DEPARTMENTS = {
        "sales", "development", "marketing", "support", "it", "accounting", "general-affairs"};
    private static final int FIRST = 10_000;

    private final String current;

    BenchPeople(String current) {
        this.current = current;
    }

    static String key(int user) {
        return "JIRAUSER" + (FIRST + user);
    }

    static String department(int user) {
        return DEPARTMENTS[user % DEPARTMENTS.length];
    }

    private static int user(String key) {
        if (key == null || !key.startsWith("JIRAUSER")) {
            return -1;
        }
        try {
            int user = Integer.parseInt(key.substring("JIRAUSER".length())) - FIRST;
            return user >= 0 && user < COUNT ? user : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Person person(int user) {
        String key = key(user);
        return new Person(key, "user" + user, "利用者 " + user, "/jira/secure/useravatar?ownerId=" + key);
    }

    @Override
    public Optional<Person> currentUser() {
        return byKey(current);
    }

    @Override
    public Optional<Person> byKey(String userKey) {
        int user = user(userKey);
        return user < 0 ? Optional.empty() : Optional.of(person(user));
    }

    @Override
    public Optional<Person> byUsername(String username) {
        if (username == null || !username.startsWith("user")) {
            return Optional.empty();
        }
        try {
            int user = Integer.parseInt(username.substring(4));
            return user >= 0 && user < COUNT ? Optional.of(person(user)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean isAdmin(String userKey) {
        return false;
    }

    @Override
    public boolean isInGroup(String userKey, String group) {
        int user = user(userKey);
        return user >= 0 && department(user).equals(group);
    }
}
