package dev.kakehashi.insights.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import dev.kakehashi.insights.DepartmentMap;
import dev.kakehashi.insights.DepartmentMapCsv;
import dev.kakehashi.insights.DepartmentMapService;
import dev.kakehashi.insights.MapPeriod;
import dev.kakehashi.platform.InputCheck;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.platform.rest.Callers;
import dev.kakehashi.platform.rest.EmptyJson;
import dev.kakehashi.platform.rest.Params;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * The department map: {@code /rest/kakehashi/1.0/insights/department-map} as JSON, {@code .../department-map.csv}
 * as CSV, {@code POST .../department-map/refresh} to recompute the aggregates now. Every call needs a logged-in user
 * (401); the refresh needs an administrator (403) in a secure session (401) and a JSON body. A period is {@code days}
 * (30, 90 or 365; 90 when nothing is given) or {@code from} and {@code to} (YYYY-MM-DD, 30 to 731 days, ending no
 * later than yesterday in the company's time zone): 400 else.
 */
@Path("insights")
@LicensedOnly
public class DepartmentMapResource {
    private final People people;
    private final DepartmentMapService maps;
    private final LocaleResolver locales;
    private final WebSudoManager webSudo;

    @Inject
    public DepartmentMapResource(People people, DepartmentMapService maps, LocaleResolver locales,
                                 WebSudoManager webSudo) {
        this.people = people;
        this.maps = maps;
        this.locales = locales;
        this.webSudo = webSudo;
    }

    /** 200: the map of the period. */
    @GET
    @Path("department-map")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> get(@QueryParam("days") String days, @QueryParam("from") String from,
                                   @QueryParam("to") String to) {
        Person caller = Callers.user(people);
        return maps.map(caller.key(), period(days, from, to), locale()).json();
    }

    /**
     * 200: the same cells as CSV (UTF-8 with a byte order mark, for spreadsheets); errors answer in JSON, so a
     * client that accepts JSON only is still served.
     */
    @GET
    @Path("department-map.csv")
    @Produces({"text/csv; charset=UTF-8", MediaType.APPLICATION_JSON})
    public Response csv(@QueryParam("days") String days, @QueryParam("from") String from,
                        @QueryParam("to") String to) {
        Person caller = Callers.user(people);
        DepartmentMap map = maps.map(caller.key(), period(days, from, to), locale());
        return Response.ok(DepartmentMapCsv.write(map), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"department-map-" + map.period().from() + "-"
                        + map.period().to() + ".csv\"")
                .build();
    }

    /** The time of a refresh. */
    public record RefreshedJson(String computedAt) {
    }

    /** 200: the aggregates recomputed now (administrators in a secure session). */
    @POST
    @Path("department-map/refresh")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public RefreshedJson refresh(EmptyJson body, @Context HttpServletRequest request, @Context HttpHeaders headers) {
        Callers.json(headers);
        Callers.adminInSecureSession(people, webSudo, request);
        Callers.body(body);
        return new RefreshedJson(maps.refresh(true).toString());
    }

    private Locale locale() {
        return locales.getLocale() == null ? Locale.ENGLISH : locales.getLocale();
    }

    /** The period the parameters name, or 400 with the reason. */
    MapPeriod period(String days, String from, String to) {
        boolean range = present(from) || present(to);
        if (range && present(days)) {
            throw Rejection.of(Rejection.Reason.INVALID, "days", "kakehashi.insights.error.period.both");
        }
        if (!range) {
            Integer n = Params.integer("days", days);
            int chosen = n == null ? MapPeriod.DEFAULT_DAYS : n;
            if (!MapPeriod.isStandard(chosen)) {
                throw Rejection.of(Rejection.Reason.INVALID, "days", "kakehashi.insights.error.days");
            }
            return MapPeriod.standard(chosen, maps.today());
        }
        InputCheck check = new InputCheck();
        LocalDate start = check.date("from", from, "kakehashi.insights.error.date.format");
        LocalDate end = check.date("to", to, "kakehashi.insights.error.date.format");
        if (start == null && !check.hasProblem("from")) {
            check.add("from", "kakehashi.insights.error.date.required");
        }
        if (end == null && !check.hasProblem("to")) {
            check.add("to", "kakehashi.insights.error.date.required");
        }
        check.rejectIfAny();
        if (start.isAfter(end) || MapPeriod.custom(start, end).days() > MapPeriod.MAX_DAYS) {
            throw Rejection.of(Rejection.Reason.INVALID, "to", "kakehashi.insights.error.period",
                    MapPeriod.MAX_DAYS);
        }
        // Overlapping short ranges, or a range that grows by today's contacts, would tell single contacts apart.
        LocalDate yesterday = maps.today().minusDays(1);
        if (end.isAfter(yesterday)) {
            throw Rejection.of(Rejection.Reason.INVALID, "to", "kakehashi.insights.error.period.end",
                    yesterday.toString());
        }
        if (MapPeriod.custom(start, end).days() < MapPeriod.MIN_CUSTOM_DAYS) {
            throw Rejection.of(Rejection.Reason.INVALID, "from", "kakehashi.insights.error.period.short",
                    MapPeriod.MIN_CUSTOM_DAYS);
        }
        return MapPeriod.custom(start, end);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
