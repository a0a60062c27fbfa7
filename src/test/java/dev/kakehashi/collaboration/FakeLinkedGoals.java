package dev.kakehashi.collaboration;

import dev.kakehashi.platform.LinkOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared goals as a linked Confluence would show them to the caller, for tests; records the ids asked for. */
public class FakeLinkedGoals implements LinkedGoals {
    /** The goals the caller may see, by id. */
    public final Map<Long, Goal> visible = new LinkedHashMap<>();
    /** Ids looked up, in order. */
    public final List<Long> asked = new ArrayList<>();
    /** When set, every call comes to this (NOT_LINKED, UNREACHABLE …) instead. */
    public LinkOutcome failing;

    public FakeLinkedGoals with(long id, String title) {
        visible.put(id, new Goal(id, title, "http://confluence.test/pages/viewpage.action?pageId=" + id));
        return this;
    }

    @Override
    public Found search(String text) {
        if (failing != null) {
            return new Found(failing, List.of(), "http://jira.test/authorise");
        }
        return new Found(LinkOutcome.OK, visible.values().stream().filter(g -> g.title().contains(text)).toList(),
                null);
    }

    @Override
    public Found find(long goalId) {
        asked.add(goalId);
        if (failing != null) {
            return new Found(failing, List.of(), "http://jira.test/authorise");
        }
        Goal goal = visible.get(goalId);
        return goal == null ? new Found(LinkOutcome.NOT_FOUND, List.of(), null)
                : new Found(LinkOutcome.OK, List.of(goal), null);
    }
}
