package dev.kakehashi.collaboration;

import dev.kakehashi.notify.Mail;
import dev.kakehashi.notify.MailDelivery;
import dev.kakehashi.notify.MailTexts;
import dev.kakehashi.notify.NotificationKind;
import dev.kakehashi.notify.Recipient;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;

/**
 * Request notifications by email, each in its recipient's language: the issue's key and summary (every recipient may
 * browse the issue), what happened, and the link to the issue.
 */
public class RequestMail implements RequestNotices {
    static final String SETTINGS_PATH = "/plugins/servlet/kakehashi/thanks#kakehashi-notify-heading";

    private final MailDelivery delivery;
    private final MailTexts texts;
    private final People people;

    public RequestMail(MailDelivery delivery, MailTexts texts, People people) {
        this.delivery = delivery;
        this.texts = texts;
        this.people = people;
    }

    @Override
    public void tell(RequestIssues.IssueRef issue, CollaborationRequest request, NotificationKind kind,
                     Collection<String> userKeys, String actorKey, Instant at) {
        String actor = actorKey == null || actorKey.isEmpty() ? ""
                : people.byKey(actorKey).map(Person::displayName).orElse("");
        for (String userKey : userKeys) {
            delivery.deliver(userKey, kind, recipient -> compose(recipient, issue, request, kind, actor), at);
        }
    }

    Mail compose(Recipient recipient, RequestIssues.IssueRef issue, CollaborationRequest request,
                 NotificationKind kind, String actor) {
        Locale locale = MailDelivery.locale(recipient);
        String base = texts.baseUrl();
        String name = kind.key().substring("request-".length());
        String step = texts.text(locale, "kakehashi.collaboration.step." + request.step().key());
        String subject = texts.text(locale, "kakehashi.notify.request." + name + ".subject", issue.key(),
                issue.summary(), request.step().number(), step,
                request.dueDate() == null ? "" : request.dueDate().toString());
        StringBuilder body = new StringBuilder();
        String what = switch (kind) {
            case REQUEST_NAMED -> texts.text(locale, "kakehashi.notify.request.named.body",
                    actor.isEmpty() ? "?" : actor, texts.text(locale, roleKey(recipient.key(), request)));
            case REQUEST_STEP -> texts.text(locale, "kakehashi.notify.request.step.body",
                    actor.isEmpty() ? "?" : actor, request.step().number(), step);
            case REQUEST_RESULT -> texts.text(locale, "kakehashi.notify.request.result.body",
                    actor.isEmpty() ? "?" : actor);
            case REQUEST_OVERDUE -> texts.text(locale, "kakehashi.notify.request.overdue.body",
                    String.valueOf(request.dueDate()), request.step().number(), step);
            case REQUEST_NO_RESULT -> texts.text(locale, "kakehashi.notify.request.no-result.body");
            default -> "";
        };
        body.append(what).append("\n\n");
        body.append(texts.text(locale, "kakehashi.notify.request.issue", issue.key(), issue.summary())).append('\n');
        body.append(texts.text(locale, "kakehashi.notify.request.step", request.step().number(), step)).append('\n');
        if (request.dueDate() != null) {
            body.append(texts.text(locale, "kakehashi.notify.request.due", request.dueDate().toString())).append('\n');
        }
        body.append(texts.text(locale, "kakehashi.notify.request.open",
                base + "/browse/" + URLEncoder.encode(issue.key(), StandardCharsets.UTF_8))).append("\n\n");
        body.append("-- \n").append(texts.text(locale, "kakehashi.notify.request.footer", base + SETTINGS_PATH))
                .append('\n');
        return new Mail(recipient.email(), MailDelivery.oneLine(subject), body.toString());
    }

    private static String roleKey(String userKey, CollaborationRequest request) {
        if (userKey.equals(request.partnerContactKey())) {
            return "kakehashi.notify.request.role.partner";
        }
        if (userKey.equals(request.decisionOwnerKey())) {
            return "kakehashi.notify.request.role.owner";
        }
        return "kakehashi.notify.request.role.requester";
    }
}
