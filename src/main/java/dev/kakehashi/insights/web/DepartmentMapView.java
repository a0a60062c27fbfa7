package dev.kakehashi.insights.web;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.kakehashi.platform.People;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The shell of the department map for the Jira page and the {@code collaboration-map} macro alike: the period form
 * and the places the map's script fills from the department-map REST resource. Nothing about departments is rendered
 * here; the script reads it for the logged-in reader.
 */
public class DepartmentMapView {
    static final String RESOURCES = "dev.kakehashi.kakehashi:map-resources";
    public static final String TEMPLATE = "templates/insights/department-map.vm";
    /** The periods a reader can choose besides from–to, in days. */
    public static final List<String> PERIODS = List.of("30", "90", "365");
    public static final String DEFAULT_DAYS = "90";

    private final I18nResolver i18n;
    private final LocaleResolver locales;
    private final PageBuilderService pageBuilder;
    private final ApplicationProperties application;
    private final People people;

    public DepartmentMapView(I18nResolver i18n, LocaleResolver locales, PageBuilderService pageBuilder,
                             ApplicationProperties application, People people) {
        this.i18n = i18n;
        this.locales = locales;
        this.pageBuilder = pageBuilder;
        this.application = application;
        this.people = people;
    }

    /** 30, 90 or 365 as asked, otherwise the default of 90 days. */
    public static String days(String requested) {
        String days = requested == null ? "" : requested.strip();
        return PERIODS.contains(days) ? days : DEFAULT_DAYS;
    }

    /**
     * The model for this reader (a user key; null when anonymous, who is only asked to log in) and period (see
     * {@link #days}); {@code interactive} is false where no script runs (an export of the page), which is said.
     */
    public Map<String, Object> model(String readerKey, String requestedDays, boolean interactive) {
        Map<String, Object> model = new HashMap<>();
        Locale locale = locales.getLocale() == null ? Locale.ENGLISH : locales.getLocale();
        model.put("i18n", i18n);
        model.put("language", locale.getLanguage());
        model.put("loggedIn", readerKey != null);
        model.put("interactive", interactive);
        model.put("headingTag", "h2");
        // tells two maps on one page apart in element ids, without keeping a counter
        model.put("mapId", "kakehashi-map-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36));
        if (readerKey == null) {
            return model;
        }
        if (interactive) {
            pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        }
        model.put("restBase", application.getBaseUrl(UrlMode.RELATIVE) + "/rest/kakehashi/1.0");
        model.put("days", days(requestedDays));
        model.put("periods", PERIODS);
        model.put("admin", people.isAdmin(readerKey));
        return model;
    }
}
