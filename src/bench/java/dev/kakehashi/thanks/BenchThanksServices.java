package dev.kakehashi.thanks;

import dev.kakehashi.admin.CompanyValueService;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.notify.Notifier;
import dev.kakehashi.platform.Caches;
import dev.kakehashi.platform.People;
import java.time.Clock;

/**
 * The thanks service on a clock of the benchmark's choosing (the constructor that takes one is the package's own):
 * the data sets hold one year of thanks, and "the last year" has to be that year whenever the benchmark runs.
 */
public final class BenchThanksServices {
    private BenchThanksServices() {
    }

    public static ThanksService at(Clock clock, ThanksStore store, ThanksPolicyStore policies, People people,
                                   DepartmentService departments, CompanyValueService values, ContextAccess contexts,
                                   Notifier notifier, Caches caches) {
        return new ThanksService(store, policies, people, departments, values, contexts, notifier, caches, clock);
    }
}
