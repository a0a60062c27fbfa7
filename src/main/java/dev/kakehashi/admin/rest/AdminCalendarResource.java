package dev.kakehashi.admin.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoManager;
import dev.kakehashi.admin.CompanyCalendar;
import dev.kakehashi.admin.CompanyCalendarService;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.rest.Callers;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * The company's time zone and working days for scheduled mail, for administrators:
 * {@code /rest/kakehashi/1.0/admin/calendar}. 401 anonymous, 403 not an administrator; a change needs a secure
 * administrator session and JSON.
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

    /** The calendar as JSON: {@code zone} (an IANA region id) and {@code skipWeekends}. */
    public record CalendarJson(String zone, Boolean skipWeekends) {
        static CalendarJson of(CompanyCalendar calendar) {
            return new CalendarJson(calendar.zone().getId(), calendar.skipWeekends());
        }
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
        return CalendarJson.of(calendars.update(body.zone(), body.skipWeekends()));
    }
}
