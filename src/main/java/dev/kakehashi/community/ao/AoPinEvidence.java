package dev.kakehashi.community.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.collaboration.Step;
import dev.kakehashi.collaboration.ao.AoRequest;
import dev.kakehashi.community.PinEvidence;
import dev.kakehashi.knowledge.KnowledgeKind;
import dev.kakehashi.knowledge.ao.AoKnowledgePage;
import dev.kakehashi.thanks.Thanks;
import dev.kakehashi.thanks.ao.AoThanks;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import net.java.ao.Query;

/**
 * The first-pin evidence read from the app's own tables in three streamed statements: public, active,
 * cross-department thanks (their recipients), results pages (their creators) and requests that reached "result
 * shared" (their partner contact and decision owner). A product without one of them contributes nothing for it.
 */
public class AoPinEvidence implements PinEvidence {
    private final ActiveObjects ao;

    public AoPinEvidence(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Map<String, Evidence> since(Instant since) {
        long from = since.toEpochMilli();
        Map<String, Evidence> found = new HashMap<>();
        ao.stream(AoThanks.class, Query.select(String.join(", ", "ID", AoThanks.RECIPIENT_KEYS))
                .where(AoThanks.STATE + " = ? AND " + AoThanks.VISIBILITY + " = ? AND " + AoThanks.CROSS_DEPARTMENT
                        + " = ? AND " + AoThanks.CREATED_AT + " >= ?", Thanks.State.ACTIVE.name(),
                        Thanks.Visibility.PUBLIC.name(), true, from), row -> {
                    for (String key : row.getRecipientKeys().split("\\|")) {
                        if (!key.isEmpty()) {
                            found.merge(key, new Evidence(1, 0, 0), Evidence::plus);
                        }
                    }
                });
        ao.stream(AoKnowledgePage.class, Query.select(String.join(", ", "ID", AoKnowledgePage.CREATOR_KEY))
                .where(AoKnowledgePage.KIND + " = ? AND " + AoKnowledgePage.CREATED_AT + " >= ?",
                        KnowledgeKind.RESULTS.key(), from), row -> {
                    if (row.getCreatorKey() != null) {
                        found.merge(row.getCreatorKey(), new Evidence(0, 1, 0), Evidence::plus);
                    }
                });
        ao.stream(AoRequest.class, Query.select(String.join(", ", "ID", AoRequest.PARTNER_CONTACT_KEY,
                        AoRequest.DECISION_OWNER_KEY))
                .where(AoRequest.STEP + " >= ? AND " + AoRequest.CREATED_AT + " >= ?", Step.RESULT_SHARED.number(),
                        from), row -> {
                    for (String key : new String[] {row.getPartnerContactKey(), row.getDecisionOwnerKey()}) {
                        if (key != null && !key.isEmpty()) {
                            found.merge(key, new Evidence(0, 0, 1), Evidence::plus);
                        }
                    }
                });
        return found;
    }
}
