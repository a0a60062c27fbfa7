package dev.kakehashi.schedule;

import dev.kakehashi.admin.CompanyCalendar;
import dev.kakehashi.admin.CompanyCalendarService;
import dev.kakehashi.collaboration.CollaborationService;
import dev.kakehashi.digest.DepartmentDigest;
import dev.kakehashi.goals.GoalReviewReminders;
import dev.kakehashi.notify.MailDelivery;
import dev.kakehashi.notify.NotificationLedger;
import dev.kakehashi.thanks.MailWatermark;
import dev.kakehashi.thanks.ThanksService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The mail that goes out on a schedule rather than when something happens, run once per cluster at a time:
 * thanks emails once the withdraw window has passed (any day), and on the company's working days (its time zone,
 * weekends and holidays left out unless an administrator chose otherwise) overdue-request reminders, missed goal
 * review reminders, the daily digests and, on the digest day of each week, the weekly department digests. Thanks are read only after the stored watermark, which a run moves past what
 * it mailed. Every item is recorded in the ledger for its period, so running again sends nothing twice. Overdue
 * requests and missed reviews are looked for at the first run of each working day (what makes them due is the day);
 * the later runs of that day read one ledger entry for them, whatever the number of goals and requests.
 */
public class ScheduledMail {
    /** Ledger entries are kept this long: far longer than any period they guard (a week, a thanks's window). */
    static final Duration LEDGER_KEPT = Duration.ofDays(60);
    /** The ledger entry of a company day whose overdue requests and missed reviews were looked for. */
    static final String SWEEP = "daily-reminders";

    private final ThanksService thanks;
    private final CollaborationService requests;
    private final GoalReviewReminders goals;
    private final MailDelivery delivery;
    private final NotificationLedger ledger;
    private final MailWatermark watermark;
    private final CompanyCalendarService calendars;
    private final DepartmentDigest departmentDigest;
    private final Clock clock;

    public ScheduledMail(ThanksService thanks, CollaborationService requests, GoalReviewReminders goals,
                         MailDelivery delivery, NotificationLedger ledger, MailWatermark watermark,
                         CompanyCalendarService calendars, DepartmentDigest departmentDigest, Clock clock) {
        this.thanks = thanks;
        this.requests = requests;
        this.goals = goals;
        this.delivery = delivery;
        this.ledger = ledger;
        this.watermark = watermark;
        this.calendars = calendars;
        this.departmentDigest = departmentDigest;
        this.clock = clock;
    }

    /** What one run did. {@code workingDay} is false when the company's day was a weekend or holiday left out. */
    public record Run(LocalDate day, boolean workingDay, int thanksMailed, int overdueReminded, int reviewsReminded,
                      int digestsSent, int departmentDigestsSent) {
        public String describe() {
            return day + (workingDay ? "" : " (not a working day)") + ": " + thanksMailed + " thanks emails, "
                    + overdueReminded + " overdue-request reminders, " + reviewsReminded + " goal review reminders, "
                    + digestsSent + " digests, " + departmentDigestsSent + " department digests";
        }
    }

    public Run run() {
        Instant now = clock.instant();
        int mailed = thanks.mailDue(now, ledger, watermark);
        CompanyCalendar calendar = calendars.calendar();
        LocalDate today = calendar.day(now);
        if (!calendar.workingDay(today)) {
            return new Run(today, false, mailed, 0, 0, 0, 0);
        }
        // Overdue requests and missed reviews change with the company's day, so they are looked for once a day: a
        // later run that day reads one ledger entry instead of every goal and overdue request.
        String sweep = MailDelivery.ledgerKey(SWEEP, today.toString());
        int overdue = 0;
        int reviews = 0;
        if (!ledger.recorded(sweep)) {
            overdue = requests.remindOverdue(today, now, ledger);
            reviews = goals.remind(today, calendar.zone(), now, ledger);
            ledger.forgetBefore(now.minus(LEDGER_KEPT));
            // claimed once the day's work is done: a run that failed part-way is tried again by the next one
            ledger.claim(sweep, now);
        }
        // before the daily digests, so that a contact who chose one gets the weekly digest in it the same day
        int departmentDigests = departmentDigest.send(calendar, today, now, ledger);
        int digests = delivery.sendDigests(today, now);
        return new Run(today, true, mailed, overdue, reviews, digests, departmentDigests);
    }
}
