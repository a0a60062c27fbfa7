package dev.kakehashi.admin.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoManager;
import dev.kakehashi.admin.CompanyCalendar;
import dev.kakehashi.admin.CompanyCalendarService;
import dev.kakehashi.admin.Holiday;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.rest.Callers;
import dev.kakehashi.platform.rest.EmptyJson;
import dev.kakehashi.platform.rest.Params;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The company's time zone and working days for scheduled mail, for administrators:
 * {@code /rest/kakehashi/1.0/admin/calendar}, and its holiday list under {@code …/admin/calendar/holidays}. 401
 * anonymous, 403 not an administrator; a change needs a secure administrator session and JSON.
 */
@Path("admin/calendar")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class AdminCalendarResource {
    private final People people;
    private final CompanyCalendarService calendars;
    private final WebSudoManager webSudo;

    @Inject
    public AdminCalendarResource(People people, CompanyCalendarService calendars, WebSudoManager webSudo) {
        this.people = people;
        this.calendars = calendars;
        this.webSudo = webSudo;
    }

    /** The calendar as JSON: {@code zone} (an IANA region id), {@code skipWeekends} and {@code skipHolidays}. */
    public record CalendarJson(String zone, Boolean skipWeekends, Boolean skipHolidays) {
        static CalendarJson of(CompanyCalendar calendar) {
            return new CalendarJson(calendar.zone().getId(), calendar.skipWeekends(), calendar.skipHolidays());
        }
    }

    /** One day of the holiday list; {@code origin} is {@code national} or {@code company}. */
    public record HolidayJson(String date, String nameJa, String nameEn, String origin, boolean removed) {
        static HolidayJson of(Holiday day) {
            return new HolidayJson(day.date().toString(), day.nameJa(), day.nameEn(), day.origin().id(),
                    day.removed());
        }
    }

    /** A day to add. */
    public record HolidayInput(String date, String nameJa, String nameEn) {
    }

    /**
     * One year of the holiday list: its days by date, the years there are to choose from, and the last year the
     * national list holds (the equinox days are published a year ahead, so no later year is known).
     */
    public record HolidayYearJson(int year, List<Integer> years, int publishedThrough, boolean skipHolidays,
                                  List<HolidayJson> holidays) {
    }

    /** 200: the calendar in force. */
    @GET
    public CalendarJson get() {
        Callers.admin(people);
        return CalendarJson.of(calendars.calendar());
    }

    /** 200: the calendar saved; 400: a zone the time zone database does not know. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public CalendarJson update(CalendarJson input, @Context HttpServletRequest request, @Context HttpHeaders headers) {
        Callers.json(headers);
        Callers.adminInSecureSession(people, webSudo, request);
        CalendarJson body = Callers.body(input);
        return CalendarJson.of(calendars.update(body.zone(), body.skipWeekends(), body.skipHolidays()));
    }

    /** 200: the holidays of {@code year} (default: the company's current year); 400: a year out of range. */
    @GET
    @Path("holidays")
    public HolidayYearJson holidays(@QueryParam("year") String year) {
        Callers.admin(people);
        Integer asked = Params.integer("year", year);
        return year(asked == null ? calendars.currentYear() : asked);
    }

    /** 201: the day added; 400: a malformed date, a day already in the list, names missing or too long. */
    @POST
    @Path("holidays")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addHoliday(HolidayInput input, @Context HttpServletRequest request,
                               @Context HttpHeaders headers) {
        Callers.json(headers);
        Callers.adminInSecureSession(people, webSudo, request);
        HolidayInput body = Callers.body(input);
        Holiday added = calendars.add(body.date(), body.nameJa(), body.nameEn());
        return Response.status(Response.Status.CREATED).entity(HolidayJson.of(added)).build();
    }

    /** 204: the day is no longer a holiday (a national one stays listed as removed); 404: no holiday that day. */
    @POST
    @Path("holidays/{date}/remove")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response removeHoliday(@PathParam("date") String date, EmptyJson body,
                                  @Context HttpServletRequest request, @Context HttpHeaders headers) {
        Callers.json(headers);
        Callers.adminInSecureSession(people, webSudo, request);
        Callers.body(body);
        calendars.remove(date);
        return Response.noContent().build();
    }

    /** 204: the national holiday of that date back in force; 404: no national holiday the company removed then. */
    @POST
    @Path("holidays/{date}/restore")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response restoreHoliday(@PathParam("date") String date, EmptyJson body,
                                   @Context HttpServletRequest request, @Context HttpHeaders headers) {
        Callers.json(headers);
        Callers.adminInSecureSession(people, webSudo, request);
        Callers.body(body);
        calendars.restore(date);
        return Response.noContent().build();
    }

    /** 200: every national holiday back in force, the company's own days kept; the current year's list. */
    @POST
    @Path("holidays/restore")
    @Consumes(MediaType.APPLICATION_JSON)
    public HolidayYearJson restoreHolidays(EmptyJson body, @Context HttpServletRequest request,
                                           @Context HttpHeaders headers) {
        Callers.json(headers);
        Callers.adminInSecureSession(people, webSudo, request);
        Callers.body(body);
        calendars.restoreNational();
        return year(calendars.currentYear());
    }

    private HolidayYearJson year(int year) {
        List<HolidayJson> days = calendars.holidays(year).stream().map(HolidayJson::of).toList();
        return new HolidayYearJson(year, calendars.years(), calendars.lastPublishedYear(),
                calendars.calendar().skipHolidays(), days);
    }
}
