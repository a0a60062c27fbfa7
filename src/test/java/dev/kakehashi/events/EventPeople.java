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

    /**
     * ito (営業) and suzuki (開発) organise a public lunch from 12:00 to 13:00 Tokyo time on 10 December 2026, announced
     * after one personal invitation (to tanaka).
     */
    static Event announcedLunch(EventService events) {
        Event event = events.create(FakePeople.key("ito"), new EventInput("部署をこえたランチ会", "lunch", "offline",
                "本社 5F", "", "2026-12-10T12:00", "2026-12-10T13:00", 0, "他部署の仕事と人を知る", false, "",
                List.of("suzuki"), List.of()));
        events.updateInvitationsBeforeBroadcast(1);
        events.invite(FakePeople.key("ito"), event.id(), "tanaka", "田中さん、展示会の資料の件ではお世話になりました。ぜひ。",
                false, false);
        events.announce(FakePeople.key("ito"), event.id());
        return event;
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
