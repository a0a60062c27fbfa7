package dev.kakehashi.community;

import java.util.List;

/** What a person types to start or change a community; leaders and the sponsor by user name. */
public record CommunityInput(String key, String nameEn, String nameJa, String purpose, Long goalId, String rules,
                             String logo, List<String> themes, String sponsor, List<String> leaders) {
}
