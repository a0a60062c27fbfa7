package dev.kakehashi.profiles.web;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.collaboration.RequestKind;
import dev.kakehashi.collaboration.web.RequestPanel;
import dev.kakehashi.platform.Person;
import dev.kakehashi.profiles.Challenge;
import dev.kakehashi.profiles.DepartmentProfile;
import dev.kakehashi.profiles.NewRequestLink;
import dev.kakehashi.profiles.ProfileService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a department profile into what {@code templates/profiles/profile.vm} shows, for the Jira page and the
 * Confluence macro alike: plain text and small records (the host escapes all of it), and, for its contacts and the
 * administrators, the form that changes it.
 */
public class ProfileView {
    static final String RESOURCES = "dev.kakehashi.kakehashi:profile-resources";
    public static final String TEMPLATE = "templates/profiles/profile.vm";
    /** Empty challenge rows the form offers below the existing ones. */
    static final int EMPTY_ROWS = 2;

    private final ProfileService profiles;
    private final I18nResolver i18n;
    private final LocaleResolver locales;
    private final PageBuilderService pageBuilder;
    private final ApplicationProperties application;
    private final NewRequestLink newRequest;

    public ProfileView(ProfileService profiles, I18nResolver i18n, LocaleResolver locales,
                       PageBuilderService pageBuilder, ApplicationProperties application, NewRequestLink newRequest) {
        this.profiles = profiles;
        this.i18n = i18n;
        this.locales = locales;
        this.pageBuilder = pageBuilder;
        this.application = application;
        this.newRequest = newRequest;
    }

    /** A challenge as shown; {@code stale} only for those who may change the profile. */
    public record ChallengeRow(int number, String text, String since, String reviewBy, boolean stale) {
    }

    /**
     * The model of a profile for this reader (a user key; null when anonymous, who is shown only that a login is
     * needed), or null when no active department has this key.
     */
    public Map<String, Object> model(String departmentKey, String readerKey) {
        Map<String, Object> model = new HashMap<>();
        Locale locale = locales.getLocale() == null ? Locale.ENGLISH : locales.getLocale();
        model.put("i18n", i18n);
        model.put("language", locale.getLanguage());
        model.put("restBase", application.getBaseUrl(UrlMode.RELATIVE) + "/rest/kakehashi/1.0");
        model.put("loggedIn", readerKey != null);
        DepartmentName department = profiles.activeDepartment(departmentKey).orElse(null);
        model.put("found", department != null);
        model.put("departmentKey", departmentKey == null ? "" : departmentKey);
        if (department == null || readerKey == null) {
            return model;
        }
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        DepartmentProfile profile = profiles.profile(departmentKey);
        boolean canEdit = profiles.canEdit(readerKey, profile);
        LocalDate today = profiles.today();
        model.put("departmentName", department.name(locale));
        model.put("empty", profile.isEmpty());
        model.put("does", profile.does(locale));
        model.put("help", profile.help(locale));
        RequestKind kind = RequestKind.ofKey(profile.requestKind()).orElse(null);
        model.put("kindName", kind == null ? "" : i18n.getText(kind.nameKey()));
        model.put("kindDescription", kind == null ? "" : i18n.getText(kind.descriptionKey()));
        List<Person> contacts = profiles.contacts(profile);
        model.put("contacts", contacts);
        List<ChallengeRow> challenges = new ArrayList<>();
        for (Challenge c : profile.challenges()) {
            challenges.add(new ChallengeRow(challenges.size() + 1, c.text(), c.since().toString(),
                    c.reviewBy().toString(), canEdit && c.staleOn(today)));
        }
        model.put("challenges", challenges);
        model.put("anyStale", challenges.stream().anyMatch(ChallengeRow::stale));
        ProfileService.Members members = profiles.members(departmentKey);
        model.put("people", members.shown());
        model.put("morePeople", members.more() == 0 ? ""
                : i18n.getText(members.atLeast() ? "kakehashi.profile.people.more.atleast"
                : "kakehashi.profile.people.more", Integer.toString(members.more())));
        model.put("askUrl", newRequest.asking(departmentKey, profile.requestKind()).orElse(""));
        model.put("canEdit", canEdit);
        model.put("version", Integer.toString(profile.version()));
        if (canEdit) {
            model.putAll(form(profile, contacts));
        }
        return model;
    }

    private Map<String, Object> form(DepartmentProfile profile, List<Person> contacts) {
        Map<String, Object> form = new HashMap<>();
        form.put("doesEn", profile.doesEn());
        form.put("doesJa", profile.doesJa());
        form.put("helpEn", profile.helpEn());
        form.put("helpJa", profile.helpJa());
        List<RequestPanel.Choice> kinds = new ArrayList<>();
        kinds.add(new RequestPanel.Choice("", i18n.getText("kakehashi.profile.form.kind.none"),
                profile.requestKind().isEmpty()));
        for (RequestKind k : RequestKind.values()) {
            kinds.add(new RequestPanel.Choice(k.key(), i18n.getText(k.nameKey()), k.key().equals(profile.requestKind())));
        }
        form.put("kinds", kinds);
        form.put("contactUsernames", contacts.stream().map(Person::username).collect(Collectors.joining(", ")));
        List<ChallengeRow> rows = new ArrayList<>();
        for (Challenge c : profile.challenges()) {
            rows.add(new ChallengeRow(rows.size() + 1, c.text(), c.since().toString(), c.reviewBy().toString(), false));
        }
        int empty = Math.min(EMPTY_ROWS, ProfileService.MAX_CHALLENGES - rows.size());
        for (int i = 0; i < empty; i++) {
            rows.add(new ChallengeRow(rows.size() + 1, "", "", "", false));
        }
        form.put("challengeRows", rows);
        form.put("maxText", Integer.toString(ProfileService.MAX_TEXT));
        form.put("maxChallenge", Integer.toString(ProfileService.MAX_CHALLENGE));
        return form;
    }
}
