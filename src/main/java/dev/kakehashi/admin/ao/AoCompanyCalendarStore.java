package dev.kakehashi.admin.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.admin.CompanyCalendar;
import dev.kakehashi.admin.CompanyCalendarStore;
import dev.kakehashi.platform.ao.AoSetting;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;

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
        Map<String, String> settings = new HashMap<>();
        for (AoSetting row : ao.find(AoSetting.class, Query.select("ID, " + AoSetting.NAME + ", " + AoSetting.VALUE)
                .where(AoSetting.NAME + " LIKE ?", "calendar.%"))) {
            settings.put(row.getSettingName(), row.getSettingValue());
        }
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
            put(ZONE, calendar.zone().getId());
            put(SKIP_WEEKENDS, Boolean.toString(calendar.skipWeekends()));
            put(SKIP_HOLIDAYS, Boolean.toString(calendar.skipHolidays()));
            return null;
        });
    }

    private void put(String name, String value) {
        AoSetting[] rows = ao.find(AoSetting.class, Query.select("ID, " + AoSetting.NAME + ", " + AoSetting.VALUE)
                .where(AoSetting.NAME + " = ?", name));
        if (rows.length == 0) {
            ao.create(AoSetting.class, new DBParam(AoSetting.NAME, name), new DBParam(AoSetting.VALUE, value));
        } else {
            rows[0].setSettingValue(value);
            rows[0].save();
        }
    }
}
