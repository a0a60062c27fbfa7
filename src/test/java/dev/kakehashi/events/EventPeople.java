package dev.kakehashi.events;

import dev.kakehashi.admin.DepartmentInput;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.admin.ao.AoDepartmentStore;
import dev.kakehashi.events.ao.AoAudienceGroupStore;
import dev.kakehashi.platform.ClusterLocks;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.FakePeople;
import dev.kakehashi.testing.MemoryCaches;
import java.util.List;
import java.util.function.Supplier;

/**
 * The people and departments of the event tests: five departments, nine people, the sites and cohorts, one node's
 * locks.
 */
final class EventPeople {
    private EventPeople() {
    }

    static FakePeople people() {
        return new FakePeople()
                .with("ito", "伊藤 健", "sales")
                .with("suzuki", "鈴木 大輔", "development")
                .with("sato", "佐藤 花子", "sales")
                .with("tanaka", "田中 美咲", "marketing")
                .with("kato", "加藤 翼", "development")
                .with("yamada", "山田 太郎", "support", "osaka-office")
                .with("kobayashi", "小林 愛", "it", "joined-2020")
                .with("watanabe", "渡辺 誠", "support")
                .with("outsider", "Out Sider", "it");
    }

    /** The departments 営業, 開発, マーケティング, カスタマーサポート and 情報システム, each of its own group. */
    static DepartmentService departments(EntityManagerActiveObjects ao, FakePeople people, MemoryCaches caches) {
        DepartmentService departments = new DepartmentService(new AoDepartmentStore(ao), people.groups(g -> true),
                people, caches);
        for (String[] d : new String[][] {{"sales", "営業"}, {"development", "開発"}, {"marketing", "マーケティング"},
                {"support", "カスタマーサポート"}, {"it", "情報システム"}}) {
            departments.create(new DepartmentInput(d[0], d[0], d[1], List.of(d[0]), null));
        }
        return departments;
    }

    /** The sites and cohorts of the event tests: none until a test maps one (yamada works in Osaka, kobayashi
     * joined in 2020). */
    static AudienceGroups audiences(EntityManagerActiveObjects ao, FakePeople people, DepartmentService departments,
                                    MemoryCaches caches) {
        return new AudienceGroups(new AoAudienceGroupStore(ao), departments, people.groups(g -> true), people,
                caches);
    }

    /** Locks of a single node: the work runs at once. */
    static ClusterLocks oneNode() {
        return new ClusterLocks() {
            @Override
            public <T> T underLock(String name, Supplier<T> work) {
                return work.get();
            }
        };
    }
}
