package dev.kakehashi.collaboration;

import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.platform.People;
import dev.kakehashi.thanks.ThanksService;
import java.time.Clock;

/**
 * The collaboration service on the benchmark's clock (the constructor that takes one is the package's own), so that
 * due dates and warnings relate to the year of data as they would on the day it was written.
 */
public final class BenchCollaborationServices {
    private BenchCollaborationServices() {
    }

    public static CollaborationService at(Clock clock, CollaborationStore store, RequestIssues issues,
                                          RequestTypeInstaller types, People people, DepartmentService departments,
                                          ThanksService thanks) {
        RequestProperties noProperties = (request, actorKey) -> { }; // the benchmark measures the app's own reads
        return new CollaborationService(store, issues, noProperties, types, people, departments, thanks,
                new ChangePolicyStore() {
            @Override
            public ChangePolicy get() {
                return ChangePolicy.ROLES;
            }

            @Override
            public void save(ChangePolicy policy) {
                throw new UnsupportedOperationException("the benchmark only reads");
            }
        }, new dev.kakehashi.platform.Caches() {
            @Override
            public <K extends java.io.Serializable, V> CachedMap<K, V> map(String name, int maxEntries,
                                                                           java.util.function.Function<K, V> loader) {
                throw new UnsupportedOperationException("the collaboration service keeps no keyed cache");
            }

            @Override
            public <T> CachedValue<T> value(String name, java.util.function.Supplier<T> loader) {
                T value = loader.get(); // the policy never changes in the benchmark: read it once
                return new CachedValue<>() {
                    @Override
                    public T get() {
                        return value;
                    }

                    @Override
                    public void reset() {
                    }
                };
            }
        }, clock, RequestNotices.NONE, new LinkedGoals() {
            @Override
            public Found search(String text) {
                throw new UnsupportedOperationException("the benchmark names no goal");
            }

            @Override
            public Found find(long goalId) {
                throw new UnsupportedOperationException("the benchmark names no goal");
            }
        });
    }
}
