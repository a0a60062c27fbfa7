package dev.kakehashi.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Japan's national holidays as the Cabinet Office publishes them (内閣府「国民の祝日について」), with the substitute
 * holidays and citizens' holidays of its list, for the years already published; shipped with the app in
 * {@code holidays/japan.csv}. A later version of the app brings the years published after it.
 */
public final class NationalHolidays {
    static final String RESOURCE = "/holidays/japan.csv";
    private static final NationalHolidays JAPAN = load();

    private final NavigableMap<LocalDate, Holiday> days;

    NationalHolidays(Map<LocalDate, Holiday> days) {
        this.days = Collections.unmodifiableNavigableMap(new TreeMap<>(days));
    }

    public static NationalHolidays japan() {
        return JAPAN;
    }

    /** The national holiday on this date, or null. */
    public Holiday on(LocalDate date) {
        return days.get(date);
    }

    /** The national holidays of one year, by date. */
    public java.util.Collection<Holiday> year(int year) {
        return days.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).values();
    }

    public java.util.Collection<Holiday> all() {
        return days.values();
    }

    /** The first and the last year the list holds. */
    public int firstYear() {
        return days.firstKey().getYear();
    }

    public int lastYear() {
        return days.lastKey().getYear();
    }

    private static NationalHolidays load() {
        try (InputStream in = NationalHolidays.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            Map<LocalDate, Holiday> days = new TreeMap<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(",", 3);
                LocalDate date = LocalDate.parse(parts[0]);
                days.put(date, new Holiday(date, parts[1], parts[2], Holiday.Origin.NATIONAL, false));
            }
            return new NationalHolidays(days);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
