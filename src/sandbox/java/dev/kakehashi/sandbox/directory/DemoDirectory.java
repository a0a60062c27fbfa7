package dev.kakehashi.sandbox.directory;

import dev.kakehashi.sandbox.Product;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The users and groups of one product: an administrator, two people in most departments and a guest in none, then
 * the people who joined later (six in 営業 and 開発, five in カスタマーサポート and マーケティング, a few reading in
 * English, and one more in 経理, 情報システム and 総務 so that thirty people can join a shuffle lunch), so that the
 * department map's strong pairs rest on enough people. The later people come after the guest:
 * Jira's keys follow the order, and the first ones keep theirs. Everyone but the guest and the administrator is in a
 * site's group ({@code site-tokyo}, {@code site-osaka}); the later people are also in the cohort {@code joined-2025}.
 */
public final class DemoDirectory {
    private static final Locale JAPANESE = Locale.JAPANESE;

    private final Map<String, DemoUser> byUsername = new LinkedHashMap<>();
    private final Map<String, DemoUser> byKey = new LinkedHashMap<>();
    private final Set<String> groups = new LinkedHashSet<>();

    private DemoDirectory(Product product) {
        groups.add(product.adminGroup());
        groups.add(product.usersGroup());
        List<String[]> people = List.of(
                new String[] {"tanaka", "田中 美咲", "sales"},
                new String[] {"sato", "佐藤 健太", "sales"},
                // The host's search matches the start of a display name's words, not a kanji name's reading: the
                // reading written out as words is what lets 「すず」 find him, as a directory can do.
                new String[] {"suzuki", "鈴木 大輔 すずき だいすけ", "development"},
                new String[] {"takahashi", "高橋 さくら", "development"},
                new String[] {"ito", "伊藤 翔", "marketing"},
                new String[] {"watanabe", "渡辺 陽菜", "marketing"},
                new String[] {"yamamoto", "山本 蓮", "support"},
                new String[] {"nakamura", "中村 結衣", "support"},
                new String[] {"kobayashi", "小林 悠真", "it"},
                new String[] {"kato", "加藤 葵", "accounting"},
                new String[] {"yoshida", "吉田 湊", "general-affairs"},
                new String[] {"yamada", "山田 花子", "general-affairs"});
        add(product, "admin", "Administrator", Locale.ENGLISH, product.adminGroup(), product.usersGroup(), "it");
        // sites and a cohort, for events meant for them: the support desk and accounting work in Osaka
        Set<String> inOsaka = Set.of("yamamoto", "nakamura", "kato");
        for (String[] p : people) {
            add(product, p[0], p[1], JAPANESE, product.usersGroup(), p[2],
                    inOsaka.contains(p[0]) ? "site-osaka" : "site-tokyo");
        }
        add(product, "guest", "ゲスト 利用者", JAPANESE, product.usersGroup());
        List<String[]> joinedLater = List.of(
                new String[] {"inoue", "井上 真央", "sales", "ja"},
                new String[] {"hayashi", "林 美月", "sales", "en"},
                new String[] {"shimizu", "清水 大和", "sales", "ja"},
                new String[] {"yamaguchi", "山口 陽太", "sales", "ja"},
                new String[] {"matsumoto", "松本 樹", "development", "ja"},
                new String[] {"ikeda", "池田 玲奈", "development", "en"},
                new String[] {"hashimoto", "橋本 湊斗", "development", "ja"},
                new String[] {"ishikawa", "石川 颯", "development", "ja"},
                new String[] {"yamazaki", "山崎 凛", "support", "ja"},
                new String[] {"mori", "森 陽葵", "support", "ja"},
                new String[] {"abe", "阿部 蒼", "support", "en"},
                new String[] {"ogawa", "小川 芽依", "marketing", "ja"},
                new String[] {"fujita", "藤田 陸", "marketing", "en"},
                new String[] {"okada", "岡田 紬", "marketing", "ja"},
                new String[] {"kondo", "近藤 彩", "accounting", "ja"},
                new String[] {"saito", "斎藤 悠", "it", "en"},
                new String[] {"ishii", "石井 湊", "general-affairs", "ja"});
        for (String[] p : joinedLater) {
            add(product, p[0], p[1], "en".equals(p[3]) ? Locale.ENGLISH : JAPANESE, product.usersGroup(), p[2],
                    "site-tokyo", "joined-2025");
        }
    }

    public static DemoDirectory of(Product product) {
        return new DemoDirectory(product);
    }

    private void add(Product product, String username, String fullName, Locale locale, String... memberOf) {
        DemoUser user = new DemoUser(keyOf(product, username, byUsername.size()), username, fullName,
                username + "@example.com", locale, Set.of(memberOf));
        byUsername.put(username, user);
        byKey.put(user.key(), user);
        groups.addAll(user.groups());
    }

    /** Jira keys look like {@code JIRAUSER10000}, Confluence keys like a 32-digit hex id; both stay stable. */
    private static String keyOf(Product product, String username, int index) {
        if (product == Product.JIRA) {
            return "JIRAUSER" + (10000 + index);
        }
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(username.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<DemoUser> byUsername(String username) {
        return Optional.ofNullable(username == null ? null : byUsername.get(username));
    }

    public Optional<DemoUser> byKey(String key) {
        return Optional.ofNullable(key == null ? null : byKey.get(key));
    }

    /** The user whose password this is, as HTTP Basic and the login form check it. */
    public Optional<DemoUser> authenticate(String username, String password) {
        return byUsername(username).filter(u -> u.username().equals(password));
    }

    public boolean groupExists(String group) {
        return groups.contains(group);
    }

    public Collection<DemoUser> users() {
        return new ArrayList<>(byUsername.values());
    }

    public Set<String> groups() {
        return Set.copyOf(groups);
    }
}
