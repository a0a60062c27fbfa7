package dev.kakehashi.lunch.web;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.kakehashi.lunch.LunchService;
import dev.kakehashi.lunch.Participation;
import dev.kakehashi.lunch.Programme;
import dev.kakehashi.lunch.Round;
import dev.kakehashi.platform.Person;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The lunch page's model for one reader: the programmes with their participation, their own rounds (their groups
 * only), and for administrators the programmes' settings, pairs kept apart and k-suppressed figures.
 */
public class LunchView {
    static final String RESOURCES = "dev.kakehashi.kakehashi:lunch-resources";

    private final LunchService lunch;
    private final I18nResolver i18n;
    private final LocaleResolver locales;
    private final PageBuilderService pageBuilder;
    private final ApplicationProperties application;

    public LunchView(LunchService lunch, I18nResolver i18n, LocaleResolver locales, PageBuilderService pageBuilder,
                     ApplicationProperties application) {
        this.lunch = lunch;
        this.i18n = i18n;
        this.locales = locales;
        this.pageBuilder = pageBuilder;
        this.application = application;
    }

    /** A programme as the page shows it, with the reader's participation. */
    public record ProgrammeRow(String key, String name, String site, String schedule, boolean joined,
                               String snoozedUntil, String nameEn, String nameJa, String cadence, String weekday,
                               String startsOn, int groupSize, int minDepartments, int avoidRounds, boolean active) {
    }

    /** One of the reader's rounds: their group's members, its conversation starter, and their answer. */
    public record RoundRow(long id, String programme, String date, String members, String starter, String answer,
                           boolean askable) {
    }

    /** A pair kept apart, for administrators. */
    public record ApartRow(String first, String firstUsername, String second, String secondUsername) {
    }

    /** A round's figures, for administrators; hidden figures are said so. */
    public record FigureRow(String date, int people, int groups, String newPairs, String departments, String notes,
                            String answers) {
    }

    /** A programme on the administrators' part of the page. */
    public record AdminRow(ProgrammeRow programme, List<ApartRow> apart, List<FigureRow> figures) {
    }

    /** The model; {@code secure}: the reader is an administrator in a secure session, who gets the administration. */
    public Map<String, Object> model(String readerKey, boolean secure) {
        Map<String, Object> model = new HashMap<>();
        Locale locale = locales.getLocale() == null ? Locale.ENGLISH : locales.getLocale();
        model.put("i18n", i18n);
        model.put("language", locale.getLanguage());
        model.put("restBase", application.getBaseUrl(UrlMode.RELATIVE) + "/rest/kakehashi/1.0");
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        List<ProgrammeRow> programmes = new ArrayList<>();
        for (Programme p : lunch.programmes(readerKey)) {
            if (p.active()) {
                programmes.add(row(p, lunch.participation(readerKey, p.key()), locale));
            }
        }
        model.put("programmes", programmes);
        LocalDate today = lunch.today();
        model.put("today", today.toString());
        List<RoundRow> upcoming = new ArrayList<>();
        List<RoundRow> history = new ArrayList<>();
        for (LunchService.MyRound r : lunch.mine(readerKey)) {
            String members = r.members().stream().map(Person::displayName)
                    .collect(Collectors.joining(i18n.getText("kakehashi.lunch.list.separator")));
            RoundRow row = new RoundRow(r.round().id(), r.programme().name(locale), r.round().date().toString(),
                    members, i18n.getText("kakehashi.lunch.starter." + r.starter()),
                    r.met() == null ? "" : r.met() ? "yes" : "no", r.askable());
            (r.round().date().isBefore(today) ? history : upcoming).add(row);
        }
        model.put("upcoming", upcoming);
        model.put("history", history);
        boolean admin = lunch.isAdmin(readerKey);
        model.put("admin", admin && secure);
        model.put("adminInsecure", admin && !secure);
        model.put("manageUrl", application.getBaseUrl(UrlMode.RELATIVE) + dev.kakehashi.lunch.LunchPaths.PAGE
                + "?manage=true");
        if (admin && secure) {
            List<AdminRow> rows = new ArrayList<>();
            Map<String, String> names = lunch.departmentNames(locale);
            for (Programme p : lunch.programmes(readerKey)) {
                List<ApartRow> apart = lunch.apart(readerKey, p.key()).stream()
                        .map(a -> new ApartRow(a.first().displayName(), a.first().username(),
                                a.second().displayName(), a.second().username())).toList();
                List<FigureRow> figures = lunch.figures(readerKey, p.key()).stream()
                        .map(f -> figure(f, names)).toList();
                rows.add(new AdminRow(row(p, lunch.participation(readerKey, p.key()), locale), apart, figures));
            }
            model.put("adminProgrammes", rows);
            model.put("weekdays", List.of(DayOfWeek.values()).stream()
                    .map(d -> d.name().toLowerCase(Locale.ROOT)).toList());
        }
        return model;
    }

    private ProgrammeRow row(Programme p, Participation mine, Locale locale) {
        String weekday = p.weekday().name().toLowerCase(Locale.ROOT);
        String schedule = i18n.getText("kakehashi.lunch.schedule",
                i18n.getText("kakehashi.lunch.cadence." + p.cadence().key()),
                i18n.getText("kakehashi.lunch.weekday." + weekday), p.groupSize(), p.minDepartments());
        return new ProgrammeRow(p.key(), p.name(locale), p.site(), schedule, mine.optedIn(),
                mine.snoozedUntil() == null ? "" : mine.snoozedUntil().toString(), p.nameEn(), p.nameJa(),
                p.cadence().key(), weekday, p.startsOn().toString(), p.groupSize(), p.minDepartments(),
                p.avoidRounds(), p.active());
    }

    private FigureRow figure(LunchService.RoundFigures f, Map<String, String> names) {
        String hidden = i18n.getText("kakehashi.lunch.figures.hidden", f.k());
        Round r = f.round();
        List<String> notes = new ArrayList<>();
        if (r.repeatedPairs() > 0) {
            notes.add(i18n.getText("kakehashi.lunch.round.repeated", r.repeatedPairs()));
        }
        if (r.groupsBelowMinimum() > 0) {
            notes.add(i18n.getText("kakehashi.lunch.round.below", r.groupsBelowMinimum()));
        }
        if (r.apartTogether() > 0) {
            notes.add(i18n.getText("kakehashi.lunch.round.apart", r.apartTogether()));
        }
        if (r.leftOut() > 0) {
            notes.add(i18n.getText("kakehashi.lunch.round.left.out", r.leftOut()));
        }
        if (notes.isEmpty()) {
            notes.add(i18n.getText("kakehashi.lunch.round.clean"));
        }
        String departments = f.byDepartment().entrySet().stream()
                .map(e -> names.getOrDefault(e.getKey(), e.getKey()) + " "
                        + (e.getValue() == null ? hidden : e.getValue().toString()))
                .collect(Collectors.joining(i18n.getText("kakehashi.lunch.list.separator")));
        String answers = f.answered() == null ? hidden : i18n.getText("kakehashi.lunch.figures.answers",
                f.answered(), f.answeredMet() == null ? hidden : f.answeredMet().toString());
        return new FigureRow(r.date().toString(), r.people(), r.groups(),
                f.newCrossPairs() == null ? hidden : f.newCrossPairs().toString(), departments,
                String.join(" ", notes), answers);
    }
}
