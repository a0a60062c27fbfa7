package dev.kakehashi.profiles;

import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.collaboration.RequestKind;
import dev.kakehashi.platform.InputCheck;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Rejection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Department profiles: everyone logged in reads them; the department's contacts and the administrators change them,
 * from the version they saw (a change from an older one is refused, so that nobody overwrites what they have not
 * read). Only active departments have a profile to show.
 */
public class ProfileService {
    /** Characters of "what we do" and "what we can help with", per language. */
    public static final int MAX_TEXT = 2000;
    /** Characters of one challenge. */
    public static final int MAX_CHALLENGE = 500;
    public static final int MAX_CHALLENGES = 10;
    public static final int MAX_CONTACTS = 10;
    /** People named on a profile; beyond them a profile says how many more there are. */
    public static final int PEOPLE_SHOWN = 12;
    /** People counted for "and N more"; beyond this a profile says only "and more". */
    static final int PEOPLE_COUNTED = 500;

    private final ProfileStore store;
    private final DepartmentService departments;
    private final People people;
    private final Clock clock;

    public ProfileService(ProfileStore store, DepartmentService departments, People people, Clock clock) {
        this.store = store;
        this.departments = departments;
        this.people = people;
        this.clock = clock;
    }

    /** The department's people as a profile shows them: the first few, and how many more (exactly or at least). */
    public record Members(List<Person> shown, int more, boolean atLeast) {
    }

    /** The active department with this key, if there is one. */
    public Optional<DepartmentName> activeDepartment(String key) {
        return departments.activeNames().stream().filter(d -> d.key().equals(key)).findFirst();
    }

    /** The active department with this key; 404 otherwise (an inactive one has no profile to show or change). */
    public DepartmentName department(String key) {
        return activeDepartment(key).orElseThrow(() -> Rejection.of(Rejection.Reason.NOT_FOUND, "key", "kakehashi.profile.error.not.found"));
    }

    /** The active department's profile, empty (version 0) when nobody has written it yet. */
    public DepartmentProfile profile(String key) {
        department(key);
        return store.find(key).orElseGet(() -> DepartmentProfile.empty(key));
    }

    /** Whether this person may change the profile: one of its contacts, or an administrator. */
    public boolean canEdit(String userKey, DepartmentProfile profile) {
        return userKey != null && (profile.contactKeys().contains(userKey) || people.isAdmin(userKey));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The contacts the host still knows, in the profile's order. */
    public List<Person> contacts(DepartmentProfile profile) {
        List<Person> contacts = new ArrayList<>();
        profile.contactKeys().forEach(k -> people.byKey(k).ifPresent(contacts::add));
        return contacts;
    }

    /** The department's people from its host groups, bounded. */
    public Members members(String key) {
        List<String> keys = departments.memberKeys(key, PEOPLE_COUNTED);
        List<Person> shown = new ArrayList<>();
        for (String k : keys) {
            if (shown.size() >= PEOPLE_SHOWN) {
                break;
            }
            people.byKey(k).ifPresent(shown::add);
        }
        int more = Math.max(0, keys.size() - PEOPLE_SHOWN);
        return new Members(List.copyOf(shown), more, keys.size() >= PEOPLE_COUNTED);
    }

    /**
     * Changes the profile. 404 for an unknown or inactive department, 403 for a caller who is neither a contact nor
     * an administrator, 400 with every problem of the input, 409 when the profile moved on from {@code version}.
     */
    public DepartmentProfile update(String callerKey, String key, ProfileInput input) {
        DepartmentProfile current = profile(key);
        if (!canEdit(callerKey, current)) {
            throw Rejection.of(Rejection.Reason.FORBIDDEN, null, "kakehashi.profile.error.forbidden");
        }
        InputCheck check = new InputCheck();
        if (input.version() == null) {
            check.add("version", "kakehashi.error.required");
        }
        String doesEn = check.optional("doesEn", input.doesEn(), MAX_TEXT);
        String doesJa = check.optional("doesJa", input.doesJa(), MAX_TEXT);
        String helpEn = check.optional("helpEn", input.helpEn(), MAX_TEXT);
        String helpJa = check.optional("helpJa", input.helpJa(), MAX_TEXT);
        String kind = requestKind(check, input.requestKind());
        List<String> contacts = contacts(check, input.contacts());
        List<Challenge> challenges = challenges(check, input.challenges());
        check.rejectIfAny();
        if (input.version() != current.version()) {
            throw conflict();
        }
        DepartmentProfile next = new DepartmentProfile(key, doesEn, doesJa, helpEn, helpJa, kind, contacts,
                challenges, current.version() + 1, clock.instant(), callerKey);
        if (!store.save(next)) {
            throw conflict();
        }
        return next;
    }

    private static Rejection conflict() {
        return Rejection.of(Rejection.Reason.CONFLICT, "version", "kakehashi.profile.error.conflict");
    }

    private static String requestKind(InputCheck check, String requested) {
        String kind = InputCheck.normalize(requested);
        if (kind == null || kind.isEmpty()) {
            return "";
        }
        if (RequestKind.ofKey(kind).isEmpty()) {
            check.add("requestKind", "kakehashi.profile.error.kind");
            return "";
        }
        return kind;
    }

    /**
     * The contacts' user keys. More than {@link #MAX_CONTACTS} different names (ignoring case, as the hosts' user
     * names do) are refused before any is looked up in the directory: one request costs at most that many lookups.
     */
    private List<String> contacts(InputCheck check, List<String> usernames) {
        List<String> names = new ArrayList<>();
        Set<String> distinct = new HashSet<>();
        for (String raw : usernames == null ? List.<String>of() : usernames) {
            String name = InputCheck.normalize(raw);
            if (name == null || name.isEmpty() || !distinct.add(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (distinct.size() > MAX_CONTACTS) {
                check.add("contacts", "kakehashi.profile.error.too.many.contacts", MAX_CONTACTS);
                return List.of();
            }
            names.add(name);
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names) {
            String username = check.optional("contacts", name, 255);
            if (username == null || username.isEmpty()) {
                continue;
            }
            Optional<Person> person = people.byUsername(username);
            if (person.isEmpty()) {
                check.add("contacts", "kakehashi.profile.error.contact.unknown", username);
            } else {
                keys.add(person.get().key());
            }
        }
        return List.copyOf(keys);
    }

    /** The challenges; more than {@link #MAX_CHALLENGES} rows are refused before any is read. */
    private List<Challenge> challenges(InputCheck check, List<ProfileInput.ChallengeInput> inputs) {
        List<ProfileInput.ChallengeInput> rows = new ArrayList<>();
        for (ProfileInput.ChallengeInput input : inputs == null ? List.<ProfileInput.ChallengeInput>of() : inputs) {
            if (input == null || blank(input.text()) && blank(input.since()) && blank(input.reviewBy())) {
                continue;
            }
            if (rows.size() == MAX_CHALLENGES) {
                check.add("challenges", "kakehashi.profile.error.too.many.challenges", MAX_CHALLENGES);
                return List.of();
            }
            rows.add(input);
        }
        List<Challenge> challenges = new ArrayList<>();
        int row = 0;
        for (ProfileInput.ChallengeInput input : rows) {
            row++;
            String field = "challenge-" + row;
            String text = check.required(field, input.text(), MAX_CHALLENGE);
            LocalDate since = blank(input.since()) ? today()
                    : check.date(field, input.since(), "kakehashi.profile.error.date");
            LocalDate reviewBy = check.date(field, input.reviewBy(), "kakehashi.profile.error.date");
            if (blank(input.reviewBy())) {
                check.add(field, "kakehashi.profile.error.review.required");
            } else if (since != null && reviewBy != null && reviewBy.isBefore(since)) {
                check.add(field, "kakehashi.profile.error.review.before.since");
            }
            if (text != null && since != null && reviewBy != null) {
                challenges.add(new Challenge(text, since, reviewBy));
            }
        }
        return challenges;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
