package dev.kakehashi.testing;

import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small user directory standing in for the host's: user names, keys that differ from them, groups, admins.
 */
public final class FakePeople implements People {
    private final Map<String, Person> byKey = new HashMap<>();
    private final Map<String, Set<String>> groups = new HashMap<>();
    private String current;
    private String admin;

    /** Adds a person whose key is {@code KEY-<username>}, in these groups. */
    public FakePeople with(String username, String displayName, String... groupNames) {
        Person person = new Person("KEY-" + username, username, displayName, "/avatar/" + username);
        byKey.put(person.key(), person);
        groups.put(person.key(), Set.of(groupNames));
        return this;
    }

    public FakePeople admin(String username) {
        admin = "KEY-" + username;
        return this;
    }

    public void loggedIn(String username) {
        current = username == null ? null : "KEY-" + username;
    }

    public static String key(String username) {
        return "KEY-" + username;
    }

    @Override
    public Optional<Person> currentUser() {
        return Optional.ofNullable(current).map(byKey::get);
    }

    @Override
    public Optional<Person> byKey(String userKey) {
        return Optional.ofNullable(byKey.get(userKey));
    }

    @Override
    public Optional<Person> byUsername(String username) {
        return byKey.values().stream().filter(p -> p.username().equals(username.strip())).findFirst();
    }

    @Override
    public boolean isAdmin(String userKey) {
        return userKey != null && userKey.equals(admin);
    }

    @Override
    public boolean isInGroup(String userKey, String group) {
        return groups.getOrDefault(userKey, Set.of()).contains(group);
    }

    /** The host groups of this directory: a group exists when {@code exists} says so; its members are the people in it. */
    public dev.kakehashi.platform.HostGroups groups(java.util.function.Predicate<String> exists) {
        return new dev.kakehashi.platform.HostGroups() {
            @Override
            public boolean exists(String groupName) {
                return exists.test(groupName);
            }

            @Override
            public java.util.List<String> memberNames(String groupName) {
                return byKey.values().stream().filter(p -> isInGroup(p.key(), groupName)).map(Person::username)
                        .sorted().toList();
            }
        };
    }
}
