package dev.kakehashi.events;

import dev.kakehashi.notify.Mail;
import dev.kakehashi.notify.MailDelivery;
import dev.kakehashi.notify.MailTexts;
import dev.kakehashi.notify.NotificationKind;
import dev.kakehashi.notify.Recipient;
import dev.kakehashi.admin.CompanyCalendarService;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Invitations by email, in the invitee's language and only if they want such emails: who invites them to what and
 * when (in the company's time zone), the organiser's own message as written, the thanks line, and the link to answer.
 * Also the email that tells the first person on a waiting list that a seat freed up and is now theirs.
 */
public class EventMail implements InvitationNotices {
    static final String SETTINGS_PATH = "/plugins/servlet/kakehashi/thanks#kakehashi-notify-heading";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MailDelivery delivery;
    private final MailTexts texts;
    private final People people;
    private final CompanyCalendarService calendar;

    public EventMail(MailDelivery delivery, MailTexts texts, People people, CompanyCalendarService calendar) {
        this.delivery = delivery;
        this.texts = texts;
        this.people = people;
        this.calendar = calendar;
    }

    @Override
    public void invited(Event event, Invitation invitation, Instant at) {
        String organiser = people.byKey(invitation.organiserKey()).map(Person::displayName).orElse("?");
        delivery.deliver(invitation.inviteeKey(), NotificationKind.EVENT_INVITATION,
                recipient -> compose(recipient, event, invitation, organiser), at);
    }

    @Override
    public void seated(Event event, String userKey, Instant at) {
        delivery.deliver(userKey, NotificationKind.EVENT_SEAT, recipient -> composeSeat(recipient, event), at);
    }

    @Override
    public void cancelled(Event event, String userKey, Instant at) {
        delivery.deliver(userKey, NotificationKind.EVENT_CHANGED, recipient -> composeCancelled(recipient, event),
                at);
    }

    Mail composeCancelled(Recipient recipient, Event event) {
        Locale locale = MailDelivery.locale(recipient);
        String subject = texts.text(locale, "kakehashi.events.cancelled.subject", event.title());
        StringBuilder body = new StringBuilder();
        body.append(texts.text(locale, "kakehashi.events.cancelled.intro", event.title(), when(event)))
                .append("\n\n");
        if (!event.cancelNote().isEmpty()) {
            body.append(texts.text(locale, "kakehashi.events.cancelled.note", event.cancelNote())).append("\n\n");
        }
        return ending(recipient, locale, subject, body, event, "kakehashi.events.cancelled.link",
                "kakehashi.events.cancelled.footer");
    }

    @Override
    public void changed(Event event, String userKey, Instant at) {
        delivery.deliver(userKey, NotificationKind.EVENT_CHANGED, recipient -> composeChanged(recipient, event), at);
    }

    Mail composeChanged(Recipient recipient, Event event) {
        Locale locale = MailDelivery.locale(recipient);
        String subject = texts.text(locale, "kakehashi.events.changed.subject", event.title());
        StringBuilder body = new StringBuilder();
        body.append(texts.text(locale, "kakehashi.events.changed.intro", event.title())).append("\n\n");
        body.append(texts.text(locale, "kakehashi.events.mail.when", when(event))).append('\n');
        if (!event.place().isEmpty()) {
            body.append(texts.text(locale, "kakehashi.events.changed.place", event.place())).append('\n');
        }
        if (!event.link().isEmpty()) {
            body.append(texts.text(locale, "kakehashi.events.changed.link", event.link())).append('\n');
        }
        return ending(recipient, locale, subject, body, event, "kakehashi.events.cancelled.link",
                "kakehashi.events.cancelled.footer");
    }

    @Override
    public void madeOrganiser(Event event, String userKey, String byKey, Instant at) {
        String by = people.byKey(byKey).map(Person::displayName).orElse("?");
        delivery.deliver(userKey, NotificationKind.EVENT_ORGANISER, recipient -> composeOrganiser(recipient, event, by),
                at);
    }

    Mail composeOrganiser(Recipient recipient, Event event, String by) {
        Locale locale = MailDelivery.locale(recipient);
        String subject = texts.text(locale, "kakehashi.events.organiser.subject", event.title());
        StringBuilder body = new StringBuilder();
        body.append(texts.text(locale, "kakehashi.events.organiser.intro", by, event.title())).append("\n\n");
        body.append(texts.text(locale, "kakehashi.events.mail.when", when(event))).append('\n');
        return ending(recipient, locale, subject, body, event, "kakehashi.events.organiser.link",
                "kakehashi.events.organiser.footer");
    }

    Mail composeSeat(Recipient recipient, Event event) {
        Locale locale = MailDelivery.locale(recipient);
        String subject = texts.text(locale, "kakehashi.events.seat.subject", event.title());
        StringBuilder body = new StringBuilder();
        body.append(texts.text(locale, "kakehashi.events.seat.intro", event.title())).append("\n\n");
        body.append(texts.text(locale, "kakehashi.events.mail.when", when(event))).append('\n');
        return ending(recipient, locale, subject, body, event, "kakehashi.events.seat.change",
                "kakehashi.events.seat.footer");
    }

    /** The event's time in the company's time zone, as both emails write it. */
    private String when(Event event) {
        ZoneId zone = calendar.calendar().zone();
        return WHEN.format(event.start().atZone(zone)) + " - " + WHEN.format(event.end().atZone(zone)) + " ("
                + zone.getId() + ")";
    }

    Mail compose(Recipient recipient, Event event, Invitation invitation, String organiser) {
        Locale locale = MailDelivery.locale(recipient);
        String when = when(event);
        String subject = texts.text(locale, "kakehashi.events.mail.subject", organiser, event.title());
        StringBuilder body = new StringBuilder();
        body.append(texts.text(locale, "kakehashi.events.mail.intro", organiser, event.title())).append("\n\n");
        body.append(invitation.message()).append("\n\n");
        if (!invitation.thanksLine().isEmpty()) {
            body.append(texts.text(locale, "kakehashi.events.mail.thanks", invitation.thanksLine())).append("\n\n");
        }
        body.append(texts.text(locale, "kakehashi.events.mail.when", when)).append('\n');
        body.append(texts.text(locale, "kakehashi.events.mail.gain", event.gain())).append('\n');
        return ending(recipient, locale, subject, body, event, "kakehashi.events.mail.answer",
                "kakehashi.events.mail.footer");
    }

    /** Ends a mail about the event: the line with the event's address, then the footer with the settings' address. */
    private Mail ending(Recipient recipient, Locale locale, String subject, StringBuilder body, Event event,
                        String linkKey, String footerKey) {
        body.append(texts.text(locale, linkKey, texts.baseUrl() + EventPaths.PAGE + "/" + event.id()))
                .append("\n\n");
        body.append("-- \n").append(texts.text(locale, footerKey, texts.baseUrl() + SETTINGS_PATH)).append('\n');
        return new Mail(recipient.email(), MailDelivery.oneLine(subject), body.toString());
    }

}
