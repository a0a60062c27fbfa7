package dev.kakehashi.knowledge;

/**
 * The names of the blueprint wizards' fields: each becomes a key of the context the host gives the blueprint's
 * context provider and, after creation, the page-created event. {@code title} is the host's own: it names the page.
 */
public final class WizardFields {
    public static final String TITLE = "title";
    public static final String KIND = "kakehashiKind";
    public static final String DEPARTMENTS = "kakehashiDepartments";
    public static final String REQUEST = "kakehashiRequest";
    public static final String SUMMARY = "kakehashiSummary";
    public static final String MEETING_DATE = "kakehashiMeetingDate";
    /** The user names of a meeting's attendees, separated by commas (see {@link Attendees}). */
    public static final String ATTENDEES = "kakehashiAttendees";
    /**
     * The key of the space the wizard creates the page in, as the wizard knew it: the host does not put the space into
     * a page's context itself (docs/HOST-FACTS.md §19), so the wizard does.
     */
    public static final String SPACE = "kakehashiSpace";
    /** The host turns this context entry (space-separated) into labels of the new page. */
    public static final String LABELS = "labelsString";

    private WizardFields() {
    }
}
