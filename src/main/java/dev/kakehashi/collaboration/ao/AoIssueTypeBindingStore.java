package dev.kakehashi.collaboration.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.collaboration.IssueTypeBindingStore;
import dev.kakehashi.collaboration.RequestKind;
import dev.kakehashi.platform.ao.AoErrors;
import java.util.EnumMap;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The issue type of each kind of request in Active Objects; the unique kind keeps one row per kind.
 */
public class AoIssueTypeBindingStore implements IssueTypeBindingStore {
    private static final int CONFLICT_ATTEMPTS = 5;
    private final ActiveObjects ao;

    public AoIssueTypeBindingStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Map<RequestKind, String> all() {
        Map<RequestKind, String> result = new EnumMap<>(RequestKind.class);
        for (AoIssueTypeBinding row : ao.find(AoIssueTypeBinding.class)) {
            RequestKind.ofKey(row.getKind()).ifPresent(kind -> result.put(kind, row.getIssueTypeId()));
        }
        return result;
    }

    @Override
    public boolean bind(RequestKind kind, String issueTypeId) {
        for (int attempt = 1; ; attempt++) {
            try {
                ao.executeInTransaction(() -> ao.create(AoIssueTypeBinding.class,
                        new DBParam(AoIssueTypeBinding.KIND, kind.key()),
                        new DBParam(AoIssueTypeBinding.ISSUE_TYPE_ID, issueTypeId)));
                return true;
            } catch (RuntimeException e) {
                if (AoErrors.isConstraintViolation(e)) {
                    return false;
                }
                // InnoDB may pick one of several inserts waiting on the same unique key as a deadlock victim; it wrote
                // nothing, so it tries again and then meets the winner's row.
                if (!AoErrors.isRolledBackByConflict(e) || attempt >= CONFLICT_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public void rebind(RequestKind kind, String issueTypeId) {
        ao.executeInTransaction(() -> {
            AoIssueTypeBinding[] rows = ao.find(AoIssueTypeBinding.class,
                    Query.select().where(AoIssueTypeBinding.KIND + " = ?", kind.key()));
            if (rows.length == 0) {
                ao.create(AoIssueTypeBinding.class, new DBParam(AoIssueTypeBinding.KIND, kind.key()),
                        new DBParam(AoIssueTypeBinding.ISSUE_TYPE_ID, issueTypeId));
            } else {
                rows[0].setIssueTypeId(issueTypeId);
                rows[0].save();
            }
            return null;
        });
    }
}
