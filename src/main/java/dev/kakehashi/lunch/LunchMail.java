package dev.kakehashi.lunch;

import dev.kakehashi.notify.Mail;
import dev.kakehashi.notify.MailDelivery;
import dev.kakehashi.notify.MailTexts;
import dev.kakehashi.notify.NotificationKind;
import dev.kakehashi.notify.NotificationLedger;
import dev.kakehashi.notify.Recipient;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shuffle lunch emails, each in its reader's language and only to people who want lunch emails: the
 * announcement of a round's group (its members, their departments and the group's conversation starter), and
 * "did you meet?" a few days later. A ledger entry per person and round keeps a second run from sending again.
 */
public class LunchMail {
    /** Conversation starters in the i18n bundles: {@code kakehashi.lunch.starter.1} to this number. */
    public static final int STARTERS = 6;

    private final MailDelivery delivery;
    private final MailTexts texts;
    private final People people;
    private final NotificationLedger ledger;

    public LunchMail(MailDelivery delivery, MailTexts texts, People people, NotificationLedger ledger) {
        this.delivery = delivery;
        this.texts = texts;
        this.people = people;
        this.ledger = ledger;
    }

    /**
     * Announces each person's group. {@code departmentNames} gives, per department key, its English and Japanese
     * names. Returns how many people were told (or had it kept for their digest).
     */
    public int announce(Programme programme, Round round, List<List<Seat>> groups,
                        Map<String, String[]> departmentNames, Instant now) {
        int told = 0;
        for (List<Seat> group : groups) {
            for (Seat seat : group) {
                if (!ledger.claim(MailDelivery.ledgerKey("lunch-group", programme.key(), round.date().toString(),
                        seat.userKey()), now)) {
                    continue;
                }
                MailDelivery.Outcome outcome = delivery.deliver(seat.userKey(), NotificationKind.LUNCH,
                        r -> groupMail(r, programme, round, group, departmentNames), now);
                told += outcome == MailDelivery.Outcome.SENT || outcome == MailDelivery.Outcome.KEPT_FOR_DIGEST
                        ? 1 : 0;
            }
        }
        return told;
    }

    /** Asks each member of the round whether their group met. Returns how many were asked. */
    public int ask(Programme programme, Round round, List<Seat> seats, Instant now) {
        int asked = 0;
        for (Seat seat : seats) {
            if (!ledger.claim(MailDelivery.ledgerKey("lunch-ask", programme.key(), round.date().toString(),
                    seat.userKey()), now)) {
                continue;
            }
            MailDelivery.Outcome outcome = delivery.deliver(seat.userKey(), NotificationKind.LUNCH,
                    r -> askMail(r, programme, round), now);
            asked += outcome == MailDelivery.Outcome.SENT || outcome == MailDelivery.Outcome.KEPT_FOR_DIGEST ? 1 : 0;
        }
        return asked;
    }

    private Mail groupMail(Recipient recipient, Programme programme, Round round, List<Seat> group,
                           Map<String, String[]> departmentNames) {
        Locale locale = MailDelivery.locale(recipient);
        String name = programme.name(locale);
        StringBuilder body = new StringBuilder();
        line(body, texts.text(locale, "kakehashi.lunch.mail.group.intro", name, round.date().toString()));
        line(body, "");
        for (Seat member : group) {
            String who = people.byKey(member.userKey()).map(Person::displayName).orElse(member.userKey());
            List<String> depts = member.departments().stream().map(k -> {
                String[] names = departmentNames.get(k);
                return names == null ? k : dev.kakehashi.platform.Localized.pick(locale, names[0], names[1]);
            }).toList();
            line(body, "- " + who + (depts.isEmpty() ? "" : " (" + String.join(", ", depts) + ")"));
        }
        line(body, "");
        line(body, texts.text(locale, "kakehashi.lunch.mail.group.starter",
                texts.text(locale, "kakehashi.lunch.starter." + group.get(0).starter())));
        if (!programme.site().isEmpty()) {
            line(body, texts.text(locale, "kakehashi.lunch.mail.group.site", programme.site()));
        }
        line(body, "");
        line(body, texts.text(locale, "kakehashi.lunch.mail.link", texts.baseUrl() + LunchPaths.PAGE));
        return new Mail(recipient.email(), MailDelivery.oneLine(texts.text(locale, "kakehashi.lunch.mail.group.subject",
                name, round.date().toString())), body.toString());
    }

    private Mail askMail(Recipient recipient, Programme programme, Round round) {
        Locale locale = MailDelivery.locale(recipient);
        String name = programme.name(locale);
        StringBuilder body = new StringBuilder();
        line(body, texts.text(locale, "kakehashi.lunch.mail.ask.intro", name, round.date().toString()));
        line(body, "");
        line(body, texts.text(locale, "kakehashi.lunch.mail.link",
                texts.baseUrl() + LunchPaths.PAGE + "#kakehashi-lunch-round-" + round.id()));
        return new Mail(recipient.email(), MailDelivery.oneLine(texts.text(locale, "kakehashi.lunch.mail.ask.subject",
                name, round.date().toString())), body.toString());
    }

    private static void line(StringBuilder body, String text) {
        body.append(text).append('\n');
    }
}
