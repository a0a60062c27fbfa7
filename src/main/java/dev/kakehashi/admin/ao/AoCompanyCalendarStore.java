package dev.kakehashi.admin.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.admin.CompanyCalendar;
import dev.kakehashi.admin.CompanyCalendarStore;
import dev.kakehashi.platform.ao.AoSettingRows;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;

/**
 * The company calendar as settings rows ({@code calendar.zone}, {@code calendar.skipWeekends},
 * {@code calendar.skipHolidays}), read in one statement; a missing or unreadable row means the default. The holidays
 * themselves are kept by {@link AoHolidayStore}.
 */
public class AoCompanyCalendarStore implements CompanyCalendarStore {
    private static final String ZONE = "calendar.zone";
    private static final String SKIP_WEEKENDS = "calendar.skipWeekends";
    private static final String SKIP_HOLIDAYS = "calendar.skipHolidays";

    private final ActiveObjects ao;

    public AoCompanyCalendarStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public CompanyCalendar get() {
        Map<String, String> settings = AoSettingRows.read(ao, "calendar.");
        CompanyCalendar defaults = CompanyCalendar.DEFAULT;
        ZoneId zone = defaults.zone();
        String id = settings.get(ZONE);
        if (id != null) {
            try {
                zone = ZoneId.of(id);
            } catch (DateTimeException e) {
                zone = defaults.zone();
            }
        }
        String weekends = settings.get(SKIP_WEEKENDS);
        String holidays = settings.get(SKIP_HOLIDAYS);
        return new CompanyCalendar(zone, weekends == null ? defaults.skipWeekends() : Boolean.parseBoolean(weekends),
                holidays == null ? defaults.skipHolidays() : Boolean.parseBoolean(holidays), java.util.Set.of());
    }

    @Override
    public void save(CompanyCalendar calendar) {
        ao.executeInTransaction(() -> {
            AoSettingRows.put(ao, ZONE, calendar.zone().getId());
            AoSettingRows.put(ao, SKIP_WEEKENDS, Boolean.toString(calendar.skipWeekends()));
            AoSettingRows.put(ao, SKIP_HOLIDAYS, Boolean.toString(calendar.skipHolidays()));
            return null;
        });
    }
}
