package dev.kakehashi.community;

/** Whether a person may see the community of a key: what a feature naming a community (an event) checks. */
public interface VisibleCommunities {
    /** True when a community of this key exists and this person may see it. */
    boolean sees(String userKey, String communityKey);
}
