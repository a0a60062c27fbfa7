package dev.kakehashi.retention;

import dev.kakehashi.platform.InputCheck;
import dev.kakehashi.thanks.ThanksService;
import java.time.Clock;

/**
 * The retention rule: an administrator chooses how many years thanks, histories and shuffle lunch rounds are kept;
 * the purge, run once per cluster by the scheduler, deletes what is older.
 */
public class RetentionService {
    /** Rows deleted per transaction. */
    static final int BATCH_SIZE = 500;

    private final RetentionStore store;
    private final ThanksService thanks;
    private final Clock clock;

    public RetentionService(RetentionStore store, ThanksService thanks, Clock clock) {
        this.store = store;
        this.thanks = thanks;
        this.clock = clock;
    }

    public RetentionPolicy policy() {
        return store.policy();
    }

    /** Saves the years to keep; null keeps everything for ever. */
    public RetentionPolicy updatePolicy(Integer years) {
        InputCheck check = new InputCheck();
        if (years != null && (years < 1 || years > RetentionPolicy.MAX_YEARS)) {
            check.add("years", "kakehashi.error.range", 1, RetentionPolicy.MAX_YEARS);
        }
        check.rejectIfAny();
        RetentionPolicy saved = years == null ? RetentionPolicy.FOREVER : new RetentionPolicy(years);
        store.save(saved);
        return saved;
    }

    /** Deletes what the rule no longer keeps; nothing when it keeps everything. */
    public Purged purge() {
        RetentionPolicy policy = store.policy();
        if (policy.keepsForever()) {
            return Purged.NOTHING;
        }
        long before = clock.instant().atZone(clock.getZone()).minusYears(policy.years()).toInstant().toEpochMilli();
        Purged purged = new Purged(store.purgeThanks(before, BATCH_SIZE), store.purgeRequestHistory(before, BATCH_SIZE),
                store.purgeGoalHistory(before, BATCH_SIZE), store.purgeLunchRounds(before, BATCH_SIZE));
        if (purged.thanks() > 0) {
            thanks.forgetSummaries();
        }
        return purged;
    }
}
