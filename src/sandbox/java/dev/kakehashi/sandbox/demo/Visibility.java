package dev.kakehashi.sandbox.demo;

import dev.kakehashi.sandbox.directory.DemoUser;
import java.util.Set;

/**
 * The sandbox's whole permission model for issues and pages: anonymous users see nothing, administrators see
 * everything, other logged-in users see what is not restricted or is restricted to a group they are in.
 */
public final class Visibility {
    private Visibility() {
    }

    public static boolean canSee(Set<String> restrictedTo, DemoUser user, String adminGroup) {
        if (user == null) {
            return false;
        }
        if (user.isMemberOf(adminGroup) || restrictedTo.isEmpty()) {
            return true;
        }
        return restrictedTo.stream().anyMatch(user::isMemberOf);
    }
}
