package dev.kakehashi.company;

import dev.kakehashi.admin.CompanyRole;
import dev.kakehashi.admin.CompanyRoleService;
import dev.kakehashi.admin.CompanyValueService;
import dev.kakehashi.admin.CopyCount;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.thanks.ThanksService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One company across both products: this product either holds the departments, values and thanks policy (the source)
 * or copies them from the other product (a follower). A follower copies when it becomes one, when an admin asks, and
 * when an admin opens the configuration page and the last attempt is older than {@link #DUE_AFTER}. Copies keep the
 * keys, so existing thanks and requests keep their departments; nothing is deleted.
 */
public class CompanySync {
    /** How old the last attempt may be before the configuration page copies again. */
    public static final Duration DUE_AFTER = Duration.ofHours(6);

    private final CompanyRoleService roles;
    private final SourceReader source;
    private final DepartmentService departments;
    private final CompanyValueService values;
    private final ThanksService thanks;
    private final Clock clock;

    public CompanySync(CompanyRoleService roles, SourceReader source, DepartmentService departments,
                       CompanyValueService values, ThanksService thanks, Clock clock) {
        this.roles = roles;
        this.source = source;
        this.departments = departments;
        this.values = values;
        this.thanks = thanks;
        this.clock = clock;
    }

    /** This product's lists as they are now (its own in a source, its copy in a follower). */
    public CompanyData data() {
        return new CompanyData(departments.list(), values.list(), thanks.policy());
    }

    public CompanyRole role() {
        return roles.role();
    }

    /** This product holds the lists from now on (the copy it has becomes its own). */
    public CompanyRole lead() {
        CompanyRole current = roles.role();
        CompanyRole changed = new CompanyRole(false, current.lastSyncedAt(), current.lastAttemptAt(), null,
                current.sourceVersion());
        roles.save(changed);
        return changed;
    }

    /**
     * This product follows the other one: asks it for its lists (as the current admin), copies them, and only then
     * records the choice. Refused with 409 when the other product cannot be asked or is not the source.
     */
    public Outcome follow() {
        SourceReader.Fetched fetched = source.read();
        if (fetched.failure() != null) {
            throw Rejection.of(Rejection.Reason.CONFLICT, "role", "kakehashi.error.company." + fetched.failure(),
                    roles.otherProduct(), fetched.authoriseUrl() == null ? "" : fetched.authoriseUrl());
        }
        CopyCount count = copy(fetched.data());
        Instant now = clock.instant();
        CompanyRole followed = new CompanyRole(true, now, now, null, fetched.data().version());
        roles.save(followed);
        return new Outcome(followed, count, null);
    }

    /** Copies the source's lists now (409 in a source); a failure is recorded and shown, not thrown. */
    public Outcome syncNow() {
        if (!roles.follower()) {
            throw Rejection.of(Rejection.Reason.CONFLICT, null, "kakehashi.error.company.not.follower");
        }
        return sync();
    }

    /** In a follower whose last attempt is older than {@link #DUE_AFTER} (or never made), copies now. */
    public void syncIfDue() {
        CompanyRole role = roles.role();
        if (role.follower() && (role.lastAttemptAt() == null
                || role.lastAttemptAt().plus(DUE_AFTER).isBefore(clock.instant()))) {
            sync();
        }
    }

    private Outcome sync() {
        SourceReader.Fetched fetched = source.read();
        CompanyRole current = roles.role();
        Instant now = clock.instant();
        if (fetched.failure() != null) {
            CompanyRole failed = new CompanyRole(true, current.lastSyncedAt(), now, fetched.failure(),
                    current.sourceVersion());
            roles.save(failed);
            return new Outcome(failed, new CopyCount(0, 0, 0), fetched.authoriseUrl());
        }
        CopyCount count = copy(fetched.data());
        CompanyRole synced = new CompanyRole(true, now, now, null, fetched.data().version());
        roles.save(synced);
        return new Outcome(synced, count, null);
    }

    private CopyCount copy(CompanyData data) {
        CopyCount count = departments.copyFromSource(data.departments()).plus(values.copyFromSource(data.values()));
        return thanks.copyPolicyFromSource(data.policy()) ? count.plus(new CopyCount(0, 1, 0)) : count;
    }

    /**
     * The role after a copy and what the copy changed; {@code authoriseUrl} is where the admin allows the link to act
     * for them, when that is why the copy failed (null otherwise).
     */
    public record Outcome(CompanyRole role, CopyCount copied, String authoriseUrl) {
    }
}
