package dev.kakehashi.lunch.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import dev.kakehashi.lunch.LunchService;
import dev.kakehashi.lunch.Participation;
import dev.kakehashi.lunch.Programme;
import dev.kakehashi.lunch.ProgrammeInput;
import dev.kakehashi.lunch.Round;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.platform.rest.Callers;
import dev.kakehashi.platform.rest.PersonJson;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Shuffle lunch: {@code /rest/kakehashi/1.0/lunch}. Every call needs a logged-in user (401). Programmes, pairs kept
 * apart, running a round and the figures are for administrators (403), and their changes need a secure administrator
 * session; joining, leaving, snoozing, one's own rounds and the "did you meet?" answer are for oneself only. Changes
 * take JSON only (415); 400 carries every problem of the input; 404 names a programme or round the caller cannot see.
 */
@Path("lunch")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class LunchResource {
    private final People people;
    private final LunchService lunch;
    private final WebSudoManager webSudo;
    private final LocaleResolver locales;

    @Inject
    public LunchResource(People people, LunchService lunch, WebSudoManager webSudo, LocaleResolver locales) {
        this.people = people;
        this.lunch = lunch;
        this.webSudo = webSudo;
        this.locales = locales;
    }

    /** A programme, with the caller's own participation. */
    public record ProgrammeJson(String key, String name, String nameEn, String nameJa, String site, String cadence,
                                String weekday, String startsOn, int groupSize, int minDepartments, int avoidRounds,
                                boolean active, boolean optedIn, String snoozedUntil) {
    }

    /** A programme as an administrator writes it; absent numbers take their defaults (4, 2, 3). */
    public record ProgrammeBody(String key, String nameEn, String nameJa, String site, String cadence, String weekday,
                                String startsOn, Integer groupSize, Integer minDepartments, Integer avoidRounds,
                                Boolean active) {
        ProgrammeInput input() {
            return new ProgrammeInput(key, nameEn, nameJa, site, cadence, weekday, startsOn, groupSize,
                    minDepartments, avoidRounds, active);
        }
    }

    /** A change without fields (join, leave, run now): an empty JSON object. */
    public record EmptyBody() {
    }

    /** The last day of a snooze (YYYY-MM-DD); empty ends it. */
    public record SnoozeBody(String until) {
    }

    /** Two people by user name, and whether they are to be kept apart (true) or no longer (false). */
    public record ApartBody(String first, String second, Boolean apart) {
    }

    public record ApartJson(PersonJson first, PersonJson second) {
    }

    /** The answer to "did you meet?". */
    public record AnswerBody(Boolean met) {
    }

    /** A round as its programme's administrators see it, with what it could not keep. */
    public record RoundJson(long id, String programme, String date, int people, int groups, int repeatedPairs,
                            int groupsBelowMinimum, int apartTogether, int leftOut, boolean clean, boolean formed) {
        static RoundJson of(Round r, boolean formed) {
            return new RoundJson(r.id(), r.programmeKey(), r.date().toString(), r.people(), r.groups(),
                    r.repeatedPairs(), r.groupsBelowMinimum(), r.apartTogether(), r.leftOut(), r.clean(), formed);
        }
    }

    /** One of the caller's rounds: the group they were in and their answer (null before they answer). */
    public record MyRoundJson(long round, String programme, String programmeName, String date,
                              List<PersonJson> members, int starter, Boolean met, boolean askable) {
    }

    public record CellJson(String from, String to, Integer count) {
    }

    /** A round's figures; a null figure rests on fewer than {@code k} people and is hidden. */
    public record FiguresJson(RoundJson round, Integer newCrossPairs, Map<String, Integer> byDepartment,
                              List<CellJson> cells, Integer answeredMet, Integer answered, int k,
                              Map<String, String> departmentNames) {
    }

    private Locale locale() {
        return locales.getLocale() == null ? Locale.ENGLISH : locales.getLocale();
    }

    private ProgrammeJson json(Programme p, Participation mine) {
        return new ProgrammeJson(p.key(), p.name(locale()), p.nameEn(), p.nameJa(), p.site(), p.cadence().key(),
                p.weekday().name().toLowerCase(Locale.ROOT), p.startsOn().toString(), p.groupSize(),
                p.minDepartments(), p.avoidRounds(), p.active(), mine.optedIn(),
                mine.snoozedUntil() == null ? null : mine.snoozedUntil().toString());
    }

    /** 200: the programmes the caller may join (every programme for administrators), each with their participation. */
    @GET
    @Path("programmes")
    public List<ProgrammeJson> programmes() {
        Person caller = Callers.user(people);
        return lunch.programmes(caller.key()).stream()
                .map(p -> json(p, lunch.participation(caller.key(), p.key()))).toList();
    }

    /** 200: the programme. */
    @GET
    @Path("programmes/{key}")
    public ProgrammeJson programme(@PathParam("key") String key) {
        Person caller = Callers.user(people);
        return json(lunch.programme(caller.key(), key), lunch.participation(caller.key(), key));
    }

    /** 200: the programme added; 409 when its key is used. Administrators in a secure session. */
    @POST
    @Path("programmes")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProgrammeJson create(ProgrammeBody body, @Context HttpServletRequest request,
                                @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.adminInSecureSession(people, webSudo, request);
        Programme created = lunch.create(caller.key(), Callers.body(body).input());
        return json(created, lunch.participation(caller.key(), created.key()));
    }

    /** 200: the programme changed (its key stays). Administrators in a secure session. */
    @PUT
    @Path("programmes/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProgrammeJson update(@PathParam("key") String key, ProgrammeBody body,
                                @Context HttpServletRequest request, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.adminInSecureSession(people, webSudo, request);
        Programme changed = lunch.update(caller.key(), key, Callers.body(body).input());
        return json(changed, lunch.participation(caller.key(), key));
    }

    /** 200: the programme and everything of it removed. Administrators in a secure session. */
    @DELETE
    @Path("programmes/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Boolean> delete(@PathParam("key") String key, EmptyBody body,
                                       @Context HttpServletRequest request, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.adminInSecureSession(people, webSudo, request);
        Callers.body(body);
        lunch.delete(caller.key(), key);
        return Map.of("deleted", true);
    }

    /** 200: the caller takes part. */
    @POST
    @Path("programmes/{key}/join")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProgrammeJson join(@PathParam("key") String key, EmptyBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        Callers.body(body);
        return json(lunch.programme(caller.key(), key), lunch.join(caller.key(), key));
    }

    /** 200: the caller no longer takes part. */
    @POST
    @Path("programmes/{key}/leave")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProgrammeJson leave(@PathParam("key") String key, EmptyBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        Callers.body(body);
        return json(lunch.programme(caller.key(), key), lunch.leave(caller.key(), key));
    }

    /** 200: the caller skips the rounds up to the day; 400 for a malformed or past day. */
    @PUT
    @Path("programmes/{key}/snooze")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProgrammeJson snooze(@PathParam("key") String key, SnoozeBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        Participation changed = lunch.snooze(caller.key(), key, Callers.body(body).until());
        return json(lunch.programme(caller.key(), key), changed);
    }

    /** 200: the pairs kept apart. Administrators only. */
    @GET
    @Path("programmes/{key}/apart")
    public List<ApartJson> apart(@PathParam("key") String key) {
        Person caller = Callers.admin(people);
        return lunch.apart(caller.key(), key).stream()
                .map(p -> new ApartJson(PersonJson.of(p.first()), PersonJson.of(p.second()))).toList();
    }

    /** 200: the pair kept apart or no longer; 400 for an unknown name or one person twice. */
    @PUT
    @Path("programmes/{key}/apart")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<ApartJson> keepApart(@PathParam("key") String key, ApartBody body,
                                     @Context HttpServletRequest request, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.adminInSecureSession(people, webSudo, request);
        ApartBody b = Callers.body(body);
        lunch.keepApart(caller.key(), key, b.first(), b.second(), b.apart() == null || b.apart());
        return apart(key);
    }

    /** The day of a round to form now (YYYY-MM-DD, today up to 90 days ahead); blank or absent means today. */
    public record RunBody(String date) {
    }

    /**
     * 200: the day's round, formed now (formed true) or as formed before (formed false); 400 for a day in the past
     * or too far ahead.
     */
    @POST
    @Path("programmes/{key}/rounds")
    @Consumes(MediaType.APPLICATION_JSON)
    public RoundJson runNow(@PathParam("key") String key, RunBody body, @Context HttpServletRequest request,
                            @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.adminInSecureSession(people, webSudo, request);
        LunchService.RoundOutcome outcome = lunch.runNow(caller.key(), key, Callers.body(body).date());
        return RoundJson.of(outcome.round(), outcome.formed());
    }

    /** 200: the latest rounds' figures, newest first, k-suppressed. Administrators only. */
    @GET
    @Path("programmes/{key}/figures")
    public List<FiguresJson> figures(@PathParam("key") String key) {
        Person caller = Callers.admin(people);
        Map<String, String> names = lunch.departmentNames(locale());
        return lunch.figures(caller.key(), key).stream().map(f -> new FiguresJson(RoundJson.of(f.round(), false),
                f.newCrossPairs(), f.byDepartment(), f.cells().stream()
                .map(c -> new CellJson(c.from(), c.to(), c.count())).toList(), f.answeredMet(), f.answered(), f.k(),
                names)).toList();
    }

    /** 200: the caller's own rounds, newest first. */
    @GET
    @Path("mine")
    public List<MyRoundJson> mine() {
        Person caller = Callers.user(people);
        Locale locale = locale();
        return lunch.mine(caller.key()).stream().map(r -> new MyRoundJson(r.round().id(), r.programme().key(),
                r.programme().name(locale), r.round().date().toString(),
                r.members().stream().map(PersonJson::of).toList(), r.starter(), r.met(), r.askable())).toList();
    }

    /** 200: the answer recorded; 404 when the caller had no seat in the round; 400 before the round's day. */
    @PUT
    @Path("rounds/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Boolean> answer(@PathParam("id") String id, AnswerBody body, @Context HttpHeaders headers) {
        Callers.json(headers);
        Person caller = Callers.user(people);
        long roundId;
        try {
            roundId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw Rejection.of(Rejection.Reason.NOT_FOUND, "id", "kakehashi.error.id.format");
        }
        lunch.answer(caller.key(), roundId, Callers.body(body).met());
        return Map.of("met", body.met());
    }
}
