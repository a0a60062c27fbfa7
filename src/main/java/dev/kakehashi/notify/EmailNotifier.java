package dev.kakehashi.notify;

import dev.kakehashi.admin.CompanyValue;
import dev.kakehashi.admin.CompanyValueService;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emails a thanked person in their own language, unless they turned such emails off or the host has no address for
 * them (through {@link MailDelivery}: at once, or in their daily digest). A failure is logged and never reaches the
 * sender: the thanks is stored already; a thanks email the mail queue refused is reported to the caller, which may try
 * it again.
 */
public class EmailNotifier implements Notifier {
    private static final Logger LOG = LoggerFactory.getLogger(EmailNotifier.class);
    static final String WALL_PATH = "/plugins/servlet/kakehashi/thanks";

    private final MailDelivery delivery;
    private final People people;
    private final CompanyValueService values;
    private final MailTexts texts;
    private final java.time.Clock clock;

    public EmailNotifier(MailDelivery delivery, People people, CompanyValueService values, MailTexts texts,
                         java.time.Clock clock) {
        this.delivery = delivery;
        this.people = people;
        this.values = values;
        this.texts = texts;
        this.clock = clock;
    }

    /** False when the email could not be queued (logged): the caller may try again later. */
    @Override
    public boolean personThanked(Thanked thanked) {
        MailDelivery.Outcome outcome = delivery.deliver(thanked.recipientKey(), NotificationKind.THANKS,
                recipient -> compose(recipient, thanked), clock.instant());
        if (outcome == MailDelivery.Outcome.FAILED) {
            LOG.warn("The thanks email to user {} could not be queued; the thanks itself is saved",
                    thanked.recipientKey());
            return false;
        }
        return true;
    }

    @Override
    public void thanksHidden(ThanksHidden hidden) {
        // A thanks mail of the sender's own: it follows their choice for thanks emails (single or in the digest).
        MailDelivery.Outcome outcome = delivery.deliver(hidden.senderKey(), NotificationKind.THANKS,
                sender -> compose(sender, hidden), clock.instant());
        if (outcome == MailDelivery.Outcome.FAILED) {
            LOG.warn("The email about a hidden thanks to user {} could not be queued; the thanks is hidden",
                    hidden.senderKey());
        }
    }

    @Override
    public void thanksShownAgain(ThanksHidden shown) {
        MailDelivery.Outcome outcome = delivery.deliver(shown.senderKey(), NotificationKind.THANKS,
                sender -> compose(sender, shown, true), clock.instant());
        if (outcome == MailDelivery.Outcome.FAILED) {
            LOG.warn("The email about a thanks shown again to user {} could not be queued; the thanks is shown",
                    shown.senderKey());
        }
    }

    Mail compose(Recipient sender, ThanksHidden hidden) {
        return compose(sender, hidden, false);
    }

    /** The sender's mail about a hide (with its reason) or, {@code shownAgain}, about a thanks visible again. */
    Mail compose(Recipient sender, ThanksHidden hidden, boolean shownAgain) {
        Locale locale = MailDelivery.locale(sender);
        String base = texts.baseUrl();
        StringBuilder body = new StringBuilder();
        line(body, texts.text(locale,
                shownAgain ? "kakehashi.notify.unhidden.intro" : "kakehashi.notify.hidden.intro"));
        body.append('\n');
        if (!shownAgain) {
            line(body, texts.text(locale, "kakehashi.notify.hidden.reason"));
            line(body, hidden.reason());
            body.append('\n');
        }
        line(body, texts.text(locale, "kakehashi.notify.thanks.message"));
        line(body, hidden.message());
        body.append('\n');
        String where = contextLine(new Thanked(sender.key(), sender.key(), "", "", hidden.contextType(),
                hidden.contextId(), hidden.contextTitle()), locale, base);
        if (!where.isEmpty()) {
            line(body, where);
        }
        body.append('\n');
        line(body, "-- ");
        line(body, texts.text(locale, "kakehashi.notify.thanks.footer", base + WALL_PATH));
        String subject = texts.text(locale,
                shownAgain ? "kakehashi.notify.unhidden.subject" : "kakehashi.notify.hidden.subject");
        return new Mail(sender.email(), MailDelivery.oneLine(subject), body.toString());
    }

    Mail compose(Recipient recipient, Thanked thanked) {
        Locale locale = MailDelivery.locale(recipient);
        String sender = people.byKey(thanked.senderKey()).map(Person::displayName).orElse("?");
        String base = texts.baseUrl();
        StringBuilder body = new StringBuilder();
        line(body, texts.text(locale, "kakehashi.notify.thanks.intro", sender));
        body.append('\n');
        String value = valueName(thanked.valueKey(), locale);
        if (!value.isEmpty()) {
            line(body, texts.text(locale, "kakehashi.notify.thanks.value", value));
        }
        line(body, texts.text(locale, "kakehashi.notify.thanks.message"));
        line(body, thanked.message());
        body.append('\n');
        String where = contextLine(thanked, locale, base);
        if (!where.isEmpty()) {
            line(body, where);
        }
        line(body, texts.text(locale, "kakehashi.notify.thanks.wall", base + WALL_PATH + "?person="
                + URLEncoder.encode(recipient.username(), StandardCharsets.UTF_8)));
        body.append('\n');
        line(body, "-- ");
        line(body, texts.text(locale, "kakehashi.notify.thanks.footer", base + WALL_PATH));
        return new Mail(recipient.email(), MailDelivery.oneLine(texts.text(locale, "kakehashi.notify.thanks.subject", sender)),
                body.toString());
    }

    private String valueName(String key, Locale locale) {
        if (key.isEmpty()) {
            return "";
        }
        return values.list().stream().filter(v -> v.key().equals(key)).findFirst()
                .map(v -> (v.icon() == null || v.icon().isBlank() ? "" : v.icon() + " ") + v.name(locale))
                .orElse("");
    }

    /**
     * The issue by its key and summary, the page by its title, with its address; by its id only when no title was
     * given (the title is given only to a recipient who may see the issue or page).
     */
    private String contextLine(Thanked thanked, Locale locale, String base) {
        String id = thanked.contextId();
        if (!id.matches("[0-9]{1,19}")) {
            return "";
        }
        String title = MailDelivery.oneLine(thanked.contextTitle());
        return switch (thanked.contextType()) {
            case "jira-issue" -> title.isEmpty()
                    ? texts.text(locale, "kakehashi.notify.thanks.issue", id, base + "/secure/ViewIssue.jspa?id=" + id)
                    : texts.text(locale, "kakehashi.notify.thanks.issue.titled", title,
                            base + "/secure/ViewIssue.jspa?id=" + id);
            case "confluence-page" -> title.isEmpty()
                    ? texts.text(locale, "kakehashi.notify.thanks.page", id, base + "/pages/viewpage.action?pageId=" + id)
                    : texts.text(locale, "kakehashi.notify.thanks.page.titled", title,
                            base + "/pages/viewpage.action?pageId=" + id);
            default -> "";
        };
    }

    private static void line(StringBuilder body, String text) {
        body.append(text).append('\n');
    }
}
