package dev.kakehashi.goals;

import dev.kakehashi.notify.Mail;
import dev.kakehashi.notify.MailDelivery;
import dev.kakehashi.notify.MailTexts;
import dev.kakehashi.notify.NotificationKind;
import dev.kakehashi.notify.NotificationLedger;
import dev.kakehashi.notify.Recipient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reminds the owner and the department contacts of every goal whose review cadence was missed, once per missed review
 * (the review's due day is the period the ledger records), each in their language, and only people who may view the
 * goal's space.
 */
public class GoalReviewReminders {
    static final int PAGE = 200;
    static final String SETTINGS_PATH = "/plugins/servlet/kakehashi/thanks#kakehashi-notify-heading";

    private final GoalStore store;
    private final GoalSpaces spaces;
    private final MailDelivery delivery;
    private final MailTexts texts;

    public GoalReviewReminders(GoalStore store, GoalSpaces spaces, MailDelivery delivery, MailTexts texts) {
        this.store = store;
        this.spaces = spaces;
        this.delivery = delivery;
        this.texts = texts;
    }

    /** Sends the reminders due on this day of the company's zone; returns how many people were reminded. */
    public int remind(LocalDate today, ZoneId zone, Instant now, NotificationLedger ledger) {
        int reminded = 0;
        long after = 0;
        while (true) {
            List<Goal> goals = store.activeAfter(after, PAGE);
            for (Goal goal : goals) {
                if (!goal.reviewOverdue(today, zone)) {
                    continue;
                }
                LocalDate missed = goal.nextReview(zone);
                for (String userKey : audience(goal)) {
                    if (ledger.claim(MailDelivery.ledgerKey("goal-review", Long.toString(goal.id()), missed.toString(),
                            userKey), now)) {
                        delivery.deliver(userKey, NotificationKind.GOAL_REVIEW,
                                recipient -> compose(recipient, goal, missed), now);
                        reminded++;
                    }
                }
            }
            if (goals.size() < PAGE) {
                return reminded;
            }
            after = goals.get(goals.size() - 1).id();
        }
    }

    private Set<String> audience(Goal goal) {
        Set<String> people = new LinkedHashSet<>();
        people.add(goal.ownerKey());
        goal.participants().forEach(p -> {
            if (p.contactKey() != null && !p.contactKey().isEmpty()) {
                people.add(p.contactKey());
            }
        });
        people.removeIf(key -> key == null || key.isEmpty() || !spaces.canView(goal.spaceKey(), key));
        return people;
    }

    Mail compose(Recipient recipient, Goal goal, LocalDate missed) {
        Locale locale = MailDelivery.locale(recipient);
        String base = texts.baseUrl();
        String link = goal.homePageId() > 0 ? base + "/pages/viewpage.action?pageId=" + goal.homePageId()
                : base + "/display/" + URLEncoder.encode(goal.spaceKey(), StandardCharsets.UTF_8);
        String cadence = texts.text(locale, "kakehashi.goals.cadence." + goal.cadence().key());
        StringBuilder body = new StringBuilder();
        body.append(texts.text(locale, "kakehashi.notify.goal.review.body", goal.title(), missed.toString(), cadence))
                .append("\n\n");
        body.append(texts.text(locale, "kakehashi.notify.goal.review.open", link)).append("\n\n");
        body.append("-- \n").append(texts.text(locale, "kakehashi.notify.goal.review.footer", base + SETTINGS_PATH))
                .append('\n');
        return new Mail(recipient.email(), MailDelivery.oneLine(texts.text(locale,
                "kakehashi.notify.goal.review.subject", goal.title(), missed.toString())), body.toString());
    }
}
