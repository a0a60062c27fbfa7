package dev.kakehashi.collaboration.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.kakehashi.collaboration.CollaborationService;
import dev.kakehashi.collaboration.LinkedGoals;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.rest.Callers;
import dev.kakehashi.platform.rest.Params;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The shared goals a request may name, from the linked Confluence as the caller:
 * {@code /rest/kakehashi/1.0/collaboration/goals}. Every call needs a logged-in user (401). The answer always says
 * what came of asking Confluence ({@code state}: {@code ok}, {@code not-found}, {@code not-linked},
 * {@code needs-authorisation} with {@code authoriseUrl}, {@code unreachable}, {@code refused}); a goal the caller may
 * not see there is {@code not-found}, like one that does not exist, and its title is never sent.
 */
@Path("collaboration/goals")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class RequestGoalsResource {
    private final People people;
    private final CollaborationService requests;

    @Inject
    public RequestGoalsResource(People people, CollaborationService requests) {
        this.people = people;
        this.requests = requests;
    }

    /** A goal: its id in Confluence, title and page address (empty when it has no page). */
    public record GoalJson(long id, String title, String url) {
    }

    /** What Confluence answered. */
    public record GoalsJson(String state, String authoriseUrl, List<GoalJson> goals) {
    }

    /** 200: goals whose title contains {@code q} (Japanese or English, any case or width), newest first, at most 20. */
    @GET
    public GoalsJson search(@QueryParam("q") String q) {
        Person caller = Callers.user(people);
        return json(requests.searchGoals(caller.key(), q));
    }

    /** 200: the goal with this id, when the caller may see it ({@code state} {@code not-found} otherwise). */
    @GET
    @Path("{id}")
    public GoalsJson get(@PathParam("id") String id) {
        Person caller = Callers.user(people);
        return json(requests.goal(caller.key(), Params.id("id", id)));
    }

    private static GoalsJson json(LinkedGoals.Found found) {
        return new GoalsJson(found.outcome().key(), found.authoriseUrl(),
                found.goals().stream().map(g -> new GoalJson(g.id(), g.title(), g.url())).toList());
    }
}
