package dev.kakehashi.goals.web;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.goals.Cadence;
import dev.kakehashi.goals.Goal;
import dev.kakehashi.goals.GoalStatus;
import dev.kakehashi.goals.GoalUpdate;
import dev.kakehashi.goals.GoalView;
import dev.kakehashi.goals.Measure;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns goals into what the goal templates show: plain text and small records (the host escapes all of it), the
 * progress as a percentage, the status lozenge, and the history as the points of a small inline SVG chart.
 */
public class GoalCards {
    static final String RESOURCES = "dev.kakehashi.kakehashi:goals-resources";
    /** The chart's drawing area, in SVG units. */
    static final int CHART_WIDTH = 240;
    static final int CHART_HEIGHT = 60;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final People people;
    private final DepartmentService departments;
    private final LocaleResolver locales;
    private final I18nResolver i18n;
    private final PageBuilderService pageBuilder;
    private final ApplicationProperties application;

    public GoalCards(People people, DepartmentService departments, LocaleResolver locales, I18nResolver i18n,
                     PageBuilderService pageBuilder, ApplicationProperties application) {
        this.people = people;
        this.departments = departments;
        this.locales = locales;
        this.i18n = i18n;
        this.pageBuilder = pageBuilder;
        this.application = application;
    }

    /** A department of a goal: its name, its contact and what it contributes. */
    public record ParticipantRow(String department, String contact, String contribution) {
    }

    /** A milestone of a checklist goal, with its position (what an update sends back). */
    public record MilestoneRow(int index, String title, boolean done) {
    }

    /** The latest update: who, when, the status then, the comment. */
    public record LatestRow(String author, String when, String status, String comment) {
    }

    /** One point of the chart: where it is drawn and what it says. */
    public record ChartPoint(String x, String y, String label) {
    }

    /** An option of a select. */
    public record Choice(String value, String label, boolean selected) {
    }

    /** A goal as a card or a list row shows it. */
    public record Card(long id, String title, String description, String spaceKey, String spaceName, String pageUrl,
                       String status, String statusName, String lozenge, int percent, String progressText,
                       String measureKind, String currentValue, String unit, String startDate, String dueDate,
                       String cadence, String nextReview, boolean reviewOverdue, boolean canEdit, String owner,
                       List<ParticipantRow> participants, List<MilestoneRow> milestones, LatestRow latest,
                       String chartLine, List<ChartPoint> chartPoints, String chartLabel, int version,
                       String labels, String timelineLeft, String timelineWidth) {
    }

    /** A month on a timeline's axis: its name in the reader's language and where it starts, in percent. */
    public record Month(String label, String left) {
    }

    /**
     * A timeline's range, from the first day of a month to the first day of a later month: its months, where today
     * is (empty when outside), and a sentence saying all of it for those who do not see the drawing.
     */
    public record Timeline(String from, String to, List<Month> months, String todayLeft, String summary) {
    }

    /**
     * The timeline of goals running from {@code start} to {@code end}: whole months, at least one. Month labels are
     * {@code 2026年10月} in Japanese and {@code Oct 2026} in English where the year starts or changes, the month alone
     * elsewhere; more than four months label every second (third …) month.
     */
    public Timeline timeline(LocalDate start, LocalDate end, LocalDate today) {
        LocalDate from = start.withDayOfMonth(1);
        LocalDate to = end.withDayOfMonth(1).plusMonths(1);
        double span = ChronoUnit.DAYS.between(from, to);
        Locale locale = locale();
        DateTimeFormatter format = DateTimeFormatter.ofPattern(
                "ja".equals(locale.getLanguage()) ? "yyyy年M月" : "MMM yyyy", locale);
        // The axis is narrow: the year only where it starts or changes, and at most four labels.
        DateTimeFormatter monthOnly = DateTimeFormatter.ofPattern("ja".equals(locale.getLanguage()) ? "M月" : "MMM",
                locale);
        long count = ChronoUnit.MONTHS.between(from, to);
        long every = Math.max(1, (count + 3) / 4);
        List<Month> months = new ArrayList<>();
        int index = 0;
        for (LocalDate m = from; m.isBefore(to); m = m.plusMonths(1), index++) {
            if (index % every != 0) {
                continue;
            }
            boolean withYear = index == 0 || m.getMonthValue() <= every;
            months.add(new Month((withYear ? format : monthOnly).format(m), String.format(Locale.ROOT, "%.1f",
                    ChronoUnit.DAYS.between(from, m) / span * 100)));
        }
        String todayLeft = today.isBefore(from) || !today.isBefore(to) ? ""
                : String.format(Locale.ROOT, "%.1f", ChronoUnit.DAYS.between(from, today) / span * 100);
        String summary = i18n.getText("kakehashi.goals.timeline.summary", format.format(from),
                format.format(to.minusMonths(1)), today.toString());
        return new Timeline(from.toString(), to.toString(), months, todayLeft, summary);
    }

    /**
     * What a list's rows need (the macro's first page and every later page alike): the rows, the view and, for a
     * timeline, its range (the one given, or one that spans these goals).
     */
    public Map<String, Object> rows(List<GoalView> goals, boolean timeline, LocalDate from, LocalDate to,
                                    LocalDate today) {
        Map<String, Object> model = labels();
        Timeline range = null;
        if (timeline) {
            LocalDate start = from != null ? from : goals.stream().map(v -> v.goal().startDate())
                    .min(LocalDate::compareTo).orElse(today);
            LocalDate end = to != null ? to.minusDays(1) : goals.stream().map(v -> v.goal().dueDate())
                    .max(LocalDate::compareTo).orElse(today);
            range = timeline(start, end.isBefore(start) ? start : end, today);
        }
        LocalDate a = range == null ? null : LocalDate.parse(range.from());
        LocalDate b = range == null ? null : LocalDate.parse(range.to());
        model.put("rows", goals.stream().map(v -> card(v, a, b)).toList());
        model.put("view", timeline ? "timeline" : "list");
        model.put("timeline", range);
        return model;
    }

    /** What every goal template needs: the reader's language, the REST base, the script and styles. */
    public Map<String, Object> common() {
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        return labels();
    }

    /** The texts and choices of the goal templates (no web resources: also for rows a script asks for). */
    private Map<String, Object> labels() {
        Map<String, Object> model = new HashMap<>();
        Locale locale = locale();
        String contextPath = application.getBaseUrl(UrlMode.RELATIVE);
        model.put("i18n", i18n);
        model.put("language", locale.getLanguage());
        model.put("restBase", contextPath + "/rest/kakehashi/1.0");
        model.put("pageBase", contextPath + "/pages/viewpage.action?pageId=");
        model.put("statuses", Arrays.stream(GoalStatus.values()).map(s -> new Choice(s.key(), statusName(s), false))
                .toList());
        model.put("cadences", Arrays.stream(Cadence.values()).map(c -> new Choice(c.key(),
                i18n.getText("kakehashi.goals.cadence." + c.key()), c == Cadence.BIWEEKLY)).toList());
        model.put("participantsMax", Integer.toString(Goal.PARTICIPANTS_MAX));
        model.put("departmentChoices", departments.activeNames().stream()
                .map(d -> new Choice(d.key(), d.name(locale), false)).toList());
        return model;
    }

    /** The card of one goal, with its history drawn as a chart. */
    public Card card(GoalView view) {
        return card(view, null, null);
    }

    /** A card placed on a timeline running from {@code from} to {@code to} (list rows of the timeline view). */
    public Card card(GoalView view, LocalDate from, LocalDate to) {
        Goal g = view.goal();
        Locale locale = locale();
        List<DepartmentName> names = departments.allNames();
        Measure m = g.measure();
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(2);
        String progressText = m.kind() == Measure.Kind.CHECKLIST
                ? i18n.getText("kakehashi.goals.progress.checklist", m.doneMilestones(), m.milestones().size())
                : i18n.getText(m.target() < m.start() ? "kakehashi.goals.progress.number.lower"
                        : "kakehashi.goals.progress.number.higher", number.format(m.current()),
                        number.format(m.target()), m.unit());
        List<ParticipantRow> participants = g.participants().stream().map(p -> new ParticipantRow(
                name(names, p.departmentKey(), locale), p.contactKey().isEmpty() ? "" : displayName(p.contactKey()),
                p.contribution())).toList();
        List<MilestoneRow> milestones = new ArrayList<>();
        for (int i = 0; i < m.milestones().size(); i++) {
            milestones.add(new MilestoneRow(i, m.milestones().get(i).title(), m.milestones().get(i).done()));
        }
        GoalUpdate last = view.latest();
        LatestRow latest = last == null ? null : new LatestRow(displayName(last.authorKey()),
                WHEN.format(last.at().atZone(ZoneId.systemDefault())), statusName(last.status()), last.comment());
        List<ChartPoint> points = chart(view, number);
        String line = points.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" "));
        String chartLabel = points.isEmpty() ? "" : i18n.getText("kakehashi.goals.chart.label", points.size(),
                percent(firstProgress(view)), percent(view.progress()));
        String left = "";
        String width = "";
        if (from != null && to != null && to.isAfter(from)) {
            double span = ChronoUnit.DAYS.between(from, to);
            double start = Math.min(1, Math.max(0, ChronoUnit.DAYS.between(from, g.startDate()) / span));
            double end = Math.max(start, Math.min(1, ChronoUnit.DAYS.between(from, g.dueDate()) / span));
            left = String.format(Locale.ROOT, "%.1f", start * 100);
            width = String.format(Locale.ROOT, "%.1f", Math.max(1, (end - start) * 100));
        }
        return new Card(g.id(), g.title(), g.description(), g.spaceKey(), view.spaceName(),
                g.homePageId() == 0 ? "" : application.getBaseUrl(UrlMode.RELATIVE) + "/pages/viewpage.action?pageId="
                        + g.homePageId(),
                g.status().key(), statusName(g.status()), lozenge(g.status()), percent(view.progress()), progressText,
                m.kind().name().toLowerCase(Locale.ROOT), plain(m.current()), m.unit(), g.startDate().toString(),
                g.dueDate().toString(), i18n.getText("kakehashi.goals.cadence." + g.cadence().key()),
                view.nextReview().toString(), view.reviewOverdue(), view.canEdit(), displayName(g.ownerKey()),
                participants, milestones, latest, line, points, chartLabel, g.version(), String.join(", ", g.labels()),
                left, width);
    }

    /** The history's progress updates (and the start) as points: time across, progress up. */
    private List<ChartPoint> chart(GoalView view, NumberFormat number) {
        List<GoalUpdate> entries = view.history().stream().filter(u -> u.kind() != GoalUpdate.Kind.EDITED).toList();
        if (entries.isEmpty()) {
            return List.of();
        }
        long first = entries.get(0).at().toEpochMilli();
        long last = entries.get(entries.size() - 1).at().toEpochMilli();
        double span = Math.max(1, last - first);
        Measure m = view.goal().measure();
        List<ChartPoint> points = new ArrayList<>();
        for (GoalUpdate u : entries) {
            double progress = progressOf(m, u);
            double x = entries.size() == 1 ? CHART_WIDTH / 2.0 : (u.at().toEpochMilli() - first) / span * CHART_WIDTH;
            double y = CHART_HEIGHT - progress * CHART_HEIGHT;
            String day = LocalDate.ofInstant(u.at(), ZoneId.systemDefault()).toString();
            String label = m.kind() == Measure.Kind.CHECKLIST
                    ? i18n.getText("kakehashi.goals.chart.point.checklist", day, u.milestonesDone(),
                            m.milestones().size(), percent(progress))
                    : i18n.getText("kakehashi.goals.chart.point.number", day, number.format(u.value()),
                            number.format(m.target()), m.unit(), percent(progress));
            points.add(new ChartPoint(String.format(Locale.ROOT, "%.1f", x), String.format(Locale.ROOT, "%.1f", y),
                    label));
        }
        return points;
    }

    private static double progressOf(Measure m, GoalUpdate u) {
        if (m.kind() == Measure.Kind.CHECKLIST) {
            return m.milestones().isEmpty() ? 0 : Math.min(1, (double) u.milestonesDone() / m.milestones().size());
        }
        return m.progressOf(u.value());
    }

    private static double firstProgress(GoalView view) {
        return view.history().stream().filter(u -> u.kind() != GoalUpdate.Kind.EDITED).findFirst()
                .map(u -> progressOf(view.goal().measure(), u)).orElse(0.0);
    }

    private static int percent(double progress) {
        return (int) Math.round(progress * 100);
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    /** A text in the reader's language. */
    public String text(String key, Serializable... arguments) {
        return i18n.getText(key, arguments);
    }

    /** The key of a department named by its key or by its name in either language. */
    public Optional<String> departmentKey(String given) {
        String wanted = given.strip();
        return departments.allNames().stream().filter(d -> d.key().equals(wanted)
                || wanted.equals(d.name(Locale.JAPANESE)) || wanted.equalsIgnoreCase(d.name(Locale.ENGLISH)))
                .map(DepartmentName::key).findFirst();
    }

    public String statusName(GoalStatus status) {
        return i18n.getText("kakehashi.goals.status." + status.key());
    }

    /** The AUI lozenge of a status. */
    static String lozenge(GoalStatus status) {
        return switch (status) {
            case ON_TRACK -> "aui-lozenge-success";
            case AT_RISK -> "aui-lozenge-moved";
            case OFF_TRACK -> "aui-lozenge-error";
            case DONE -> "aui-lozenge-complete";
            case PAUSED -> "aui-lozenge-subtle";
        };
    }

    private String displayName(String userKey) {
        return userKey == null || userKey.isEmpty() ? "" : people.byKey(userKey).map(Person::displayName).orElse(userKey);
    }

    private static String name(List<DepartmentName> names, String key, Locale locale) {
        return names.stream().filter(d -> d.key().equals(key)).findFirst().map(d -> d.name(locale)).orElse(key);
    }

    private Locale locale() {
        Locale locale = locales.getLocale();
        return locale == null ? Locale.ENGLISH : locale;
    }
}
