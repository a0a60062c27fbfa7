package dev.kakehashi.events;

import dev.kakehashi.admin.CompanyCalendarService;
import dev.kakehashi.notify.Mail;
import dev.kakehashi.notify.MailDelivery;
import dev.kakehashi.notify.MailTexts;
import dev.kakehashi.notify.NotificationKind;
import dev.kakehashi.notify.NotificationLedger;
import dev.kakehashi.notify.Recipient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Three weeks after an event, each person checked in at it is reminded, once, in their language, to keep in touch
 * with the people they met: a thanks, a topic for next time, a small request. The mail names no other attendee
 * (attendance is each person's own history). A run on a company working day covers the events that began 21 to 28
 * days before, so that a missed run, a weekend or a holiday delays a reminder without losing it; the notification
 * ledger keeps a second run, or a second node, from sending it again. People who turned the reminder off get none.
 */
public class EventReconnect {
    static final Duration AFTER = Duration.ofDays(21);
    /** How far back a run looks beyond {@link #AFTER}: a week of missed runs, weekends and holidays. */
    static final Duration CATCH_UP = Duration.ofDays(7);
    /** Events one run reminds of at most; the rest are reminded of by the next runs while in the window. */
    static final int MAX_EVENTS = 200;
    static final String THANKS_WALL = "/plugins/servlet/kakehashi/thanks";

    private final EventStore store;
    private final MailDelivery delivery;
    private final MailTexts texts;
    private final NotificationLedger ledger;
    private final CompanyCalendarService calendar;
    private final Clock clock;

    public EventReconnect(EventStore store, MailDelivery delivery, MailTexts texts, NotificationLedger ledger,
                          CompanyCalendarService calendar, Clock clock) {
        this.store = store;
        this.delivery = delivery;
        this.texts = texts;
        this.ledger = ledger;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Reminds the attendees of the events due; returns how many were told (or had it kept for their digest). */
    public int remind() {
        Instant now = clock.instant();
        ZoneId zone = calendar.calendar().zone();
        if (!calendar.calendar().workingDay(LocalDate.ofInstant(now, zone))) {
            return 0;
        }
        int told = 0;
        for (EventStore.Held held : store.held(now.minus(AFTER).minus(CATCH_UP), now.minus(AFTER), MAX_EVENTS)) {
            Event event = null;
            for (String attendee : held.attendeeKeys()) {
                String entry = MailDelivery.ledgerKey("event-reconnect", Long.toString(held.eventId()), attendee);
                if (ledger.recorded(entry)) {
                    continue;
                }
                if (event == null) {
                    event = store.find(held.eventId()).orElse(null);
                    if (event == null) {
                        break;
                    }
                }
                if (!ledger.claim(entry, now)) {
                    continue;
                }
                Event shown = event;
                MailDelivery.Outcome outcome = delivery.deliver(attendee, NotificationKind.EVENT_RECONNECT,
                        recipient -> compose(recipient, shown, zone), now);
                told += outcome == MailDelivery.Outcome.SENT || outcome == MailDelivery.Outcome.KEPT_FOR_DIGEST
                        ? 1 : 0;
            }
        }
        return told;
    }

    Mail compose(Recipient recipient, Event event, ZoneId zone) {
        Locale locale = MailDelivery.locale(recipient);
        String day = LocalDate.ofInstant(event.start(), zone).toString();
        String subject = texts.text(locale, "kakehashi.events.reconnect.subject", event.title());
        StringBuilder body = new StringBuilder();
        body.append(texts.text(locale, "kakehashi.events.reconnect.intro", event.title(), day)).append("\n\n");
        body.append(texts.text(locale, "kakehashi.events.reconnect.thanks", texts.baseUrl() + THANKS_WALL))
                .append('\n');
        body.append(texts.text(locale, "kakehashi.events.reconnect.topics",
                texts.baseUrl() + EventPaths.PAGE + "/" + event.id())).append('\n');
        body.append(texts.text(locale, "kakehashi.events.reconnect.request")).append("\n\n");
        body.append("-- \n").append(texts.text(locale, "kakehashi.events.reconnect.footer",
                texts.baseUrl() + EventMail.SETTINGS_PATH)).append('\n');
        return new Mail(recipient.email(), MailDelivery.oneLine(subject), body.toString());
    }
}
