package dev.kakehashi.community.web;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.community.Community;
import dev.kakehashi.community.CommunityService;
import dev.kakehashi.community.Membership;
import dev.kakehashi.community.MonthlyReport;
import dev.kakehashi.community.Session;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Rejection;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a community into what {@code templates/community/community.vm} shows, for the page in both products and the
 * {@code community} macro alike: plain text and small records (the host escapes all of it). A community the reader
 * may not see is shown exactly like one that does not exist.
 */
public class CommunityView {
    static final String RESOURCES = "dev.kakehashi.kakehashi:community-resources";
    public static final String TEMPLATE = "templates/community/community.vm";
    public static final String PATH = "/plugins/servlet/kakehashi/communities";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private final CommunityService communities;
    private final DepartmentService departments;
    private final People people;
    private final I18nResolver i18n;
    private final LocaleResolver locales;
    private final PageBuilderService pageBuilder;
    private final ApplicationProperties application;

    public CommunityView(CommunityService communities, DepartmentService departments, People people,
                         I18nResolver i18n, LocaleResolver locales, PageBuilderService pageBuilder,
                         ApplicationProperties application) {
        this.communities = communities;
        this.departments = departments;
        this.people = people;
        this.i18n = i18n;
        this.locales = locales;
        this.pageBuilder = pageBuilder;
        this.application = application;
    }

    /** A community in the list. */
    public record Row(String name, String url, String state, boolean recognised) {
    }

    /** An output on the board as shown. */
    public record BoardRow(String kind, String title, String url, String addedOn, String id, boolean removable) {
    }

    /** A member as leaders see them, with their step on the ladder. */
    public record MemberRow(String name, String username, String step) {
    }

    /** A step of the ladder in a choice. */
    public record Step(String value, String label) {
    }

    /** A candidate first pin as the sponsor sees them. */
    public record CandidateRow(String name, String username, String evidence) {
    }

    /** The candidates of one department. */
    public record CandidateGroup(String department, List<CandidateRow> people) {
    }

    /** A department reached in the monthly report (only those with at least k people are given). */
    public record DepartmentRow(String name, int people) {
    }

    /** An approval part and whether it was given. */
    public record PartRow(String label, boolean approved) {
    }

    private Map<String, Object> base(String readerKey) {
        Map<String, Object> model = new HashMap<>();
        Locale locale = locale();
        model.put("i18n", i18n);
        model.put("language", locale.getLanguage());
        model.put("restBase", application.getBaseUrl(UrlMode.RELATIVE) + "/rest/kakehashi/1.0");
        model.put("listUrl", application.getBaseUrl(UrlMode.RELATIVE) + PATH);
        model.put("loggedIn", readerKey != null);
        if (readerKey != null) {
            pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        }
        return model;
    }

    /** The list of the communities the reader may see, and the form that starts one. */
    public Map<String, Object> listModel(String readerKey) {
        Map<String, Object> model = base(readerKey);
        if (readerKey == null) {
            return model;
        }
        Locale locale = locale();
        String context = application.getBaseUrl(UrlMode.RELATIVE);
        List<Row> rows = communities.list(readerKey).stream().map(c -> new Row(c.name(locale),
                context + PATH + "/" + c.key(), i18n.getText("kakehashi.community.state." + c.state().name()
                        .toLowerCase(Locale.ROOT)), c.recognition() == Community.Recognition.RECOGNISED)).toList();
        model.put("communities", rows);
        model.put("maxName", Integer.toString(CommunityService.MAX_NAME));
        model.put("maxText", Integer.toString(CommunityService.MAX_TEXT));
        model.put("maxLogo", Integer.toString(CommunityService.MAX_LOGO));
        return model;
    }

    /** One community for this reader (a user key; null when anonymous), or {@code found = false}. */
    public Map<String, Object> model(String key, String readerKey) {
        Map<String, Object> model = base(readerKey);
        model.put("communityKey", key == null ? "" : key);
        model.put("found", false);
        if (readerKey == null || key == null || key.isEmpty()) {
            return model;
        }
        CommunityService.Reading r;
        try {
            r = communities.read(readerKey, key);
        } catch (Rejection e) {
            return model;
        }
        Locale locale = locale();
        Community c = r.community();
        model.put("found", true);
        model.put("name", c.name(locale));
        model.put("purpose", c.purpose());
        model.put("goalTitle", communities.goalTitle(readerKey, c).orElse(""));
        model.put("rules", c.rules());
        model.put("rulesVersion", Integer.toString(c.rulesVersion()));
        model.put("logo", c.logo());
        model.put("logoIsImage", c.logoIsImage());
        model.put("themes", c.themes());
        model.put("pilot", c.state() == Community.State.PILOT);
        model.put("state", i18n.getText("kakehashi.community.state." + c.state().name().toLowerCase(Locale.ROOT)));
        model.put("recognition", c.recognition().name());
        model.put("recognised", c.recognition() == Community.Recognition.RECOGNISED);
        model.put("requested", c.recognition() == Community.Recognition.REQUESTED);
        model.put("memberCount", Integer.toString(r.memberCount()));
        model.put("member", r.member());
        model.put("acknowledged", r.acknowledged());
        model.put("leader", r.leader());
        if (r.leader()) {
            // the change form's current values: user names, as the pickers write them
            model.put("leaderUsernames", String.join(",", c.leaderKeys().stream()
                    .map(k -> people.byKey(k).map(Person::username).orElse("")).filter(u -> !u.isEmpty()).toList()));
            model.put("sponsorUsername", people.byKey(c.sponsorKey()).map(Person::username).orElse(""));
        }
        model.put("sponsorName", people.byKey(c.sponsorKey()).map(Person::displayName).orElse(""));
        model.put("leaders", c.leaderKeys().stream().map(k -> people.byKey(k).map(Person::displayName).orElse(k))
                .toList());
        model.put("canJoin", !r.acknowledged() && (r.member() || c.state() == Community.State.OPEN));
        model.put("canApprove", !r.approvableParts().isEmpty());
        model.put("ladder", r.membership().map(m -> ladder(m.ladder())).orElse(""));
        List<String> approved = r.approvals().stream().map(a -> a.part()).toList();
        model.put("parts", r.parts().stream().map(p -> new PartRow(partLabel(p, locale), approved.contains(p)))
                .toList());
        model.put("board", communities.board(readerKey, c).stream().map(e -> new BoardRow(
                i18n.getText("kakehashi.community.board.kind." + e.item().kind().name().toLowerCase(Locale.ROOT)),
                e.title(), e.item().pageId() == null ? application.getBaseUrl(UrlMode.RELATIVE) + e.url() : e.url(),
                DAY.format(e.item().addedAt()), Integer.toString(e.item().id()),
                communities.mayRemove(c, e.item(), readerKey))).toList());
        List<MemberRow> members = new ArrayList<>();
        for (Membership m : communities.membersForLeaders(readerKey, c)) {
            people.byKey(m.userKey()).ifPresent(p -> members.add(new MemberRow(p.displayName(), p.username(),
                    m.ladder().name())));
        }
        model.put("members", members);
        model.put("ladders", List.of(Membership.Ladder.values()).stream().map(l -> new Step(l.name(), ladder(l)))
                .toList());
        MonthlyReport report = communities.latestReport(c).orElse(null);
        model.put("hasReport", report != null);
        if (report != null) {
            model.put("reportMonth", report.month().toString());
            model.put("reportSessions", i18n.getText("kakehashi.community.report.sessions",
                    Integer.toString(report.sessions()), Integer.toString(report.sessionsOnline()),
                    Integer.toString(report.sessionsOffline())));
            model.put("reportKinds", report.kinds().entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> i18n.getText("kakehashi.community.report.kind", kindName(e.getKey()),
                            Integer.toString(e.getValue())))
                    .collect(java.util.stream.Collectors.joining(i18n.getText("kakehashi.community.report.kind.sep"))));
            model.put("reportPeople", i18n.getText("kakehashi.community.report.people",
                    Integer.toString(report.attendances()), Integer.toString(report.uniquePeople())));
            model.put("reportRepeat", i18n.getText("kakehashi.community.report.repeat",
                    Integer.toString(report.repeatPercent())));
            List<DepartmentRow> reached = new ArrayList<>();
            for (DepartmentName d : departments.allNames()) {
                Integer n = report.departments().get(d.key());
                if (n != null) {
                    reached.add(new DepartmentRow(d.name(locale), n));
                }
            }
            model.put("reportDepartments", reached);
        }
        model.put("firstPins", communities.firstPins(r.pins()).stream().map(Person::displayName).toList());
        model.put("pinInvited", r.pins().stream().anyMatch(p -> p.userKey().equals(readerKey)
                && p.state() == dev.kakehashi.community.Pin.State.INVITED));
        boolean sponsor = readerKey.equals(c.sponsorKey());
        model.put("sponsor", sponsor);
        List<CandidateGroup> groups = new ArrayList<>();
        if (sponsor) {
            Map<String, String> names = new HashMap<>();
            departments.allNames().forEach(d -> names.put(d.key(), d.name(locale)));
            communities.firstPinCandidates(readerKey, key).forEach((d, list) -> groups.add(new CandidateGroup(
                    names.getOrDefault(d, d), list.stream().map(x -> new CandidateRow(x.person().displayName(),
                            x.person().username(), i18n.getText("kakehashi.community.pins.evidence",
                            Integer.toString(x.evidence().thanksReceived()),
                            Integer.toString(x.evidence().resultsPages()),
                            Integer.toString(x.evidence().requestsCompleted())))).toList())));
            model.put("pendingPins", communities.pendingPins(readerKey, c).stream().map(Person::displayName)
                    .toList());
        }
        model.put("candidates", groups);
        model.put("maxTitle", Integer.toString(CommunityService.MAX_TITLE));
        model.put("maxUrl", Integer.toString(CommunityService.MAX_URL));
        return model;
    }

    private String ladder(Membership.Ladder step) {
        return i18n.getText("kakehashi.community.ladder." + step.name().toLowerCase(Locale.ROOT));
    }

    private String partLabel(String part, Locale locale) {
        if (part.startsWith(dev.kakehashi.community.Approval.DEPARTMENT)) {
            String key = part.substring(dev.kakehashi.community.Approval.DEPARTMENT.length());
            String name = departments.allNames().stream().filter(d -> d.key().equals(key)).findFirst()
                    .map(d -> d.name(locale)).orElse(key);
            return i18n.getText("kakehashi.community.recognition.part.head", name);
        }
        return i18n.getText("kakehashi.community.recognition.part.sponsor");
    }

    private Locale locale() {
        return locales.getLocale() == null ? Locale.ENGLISH : locales.getLocale();
    }

    /** A session kind's name: recorded sessions, or an event format's; the key for one this version does not know. */
    private String kindName(String kind) {
        if (Session.RECORDED.equals(kind)) {
            return i18n.getText("kakehashi.community.report.kind.recorded");
        }
        String key = "kakehashi.events.format." + kind;
        String name = i18n.getText(key);
        return name == null || name.equals(key) ? kind : name;
    }

}
