package dev.kakehashi.platform;

/**
 * A person as the host knows them: stable key, user name, display name and avatar address.
 */
public record Person(String key, String username, String displayName, String avatarUrl) {
}
