package dev.kakehashi.goals.rest;

import java.util.List;

/**
 * A page of goals: the items (without history), how many the caller may see in all,
 * and where this page starts.
 */
public record GoalPageJson(List<GoalJson> items, int total, int offset, int limit) {
}
