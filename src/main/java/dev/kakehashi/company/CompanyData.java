package dev.kakehashi.company;

import dev.kakehashi.admin.CompanyValue;
import dev.kakehashi.admin.Department;
import dev.kakehashi.thanks.ThanksPolicy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The company's departments, values and thanks policy as one product holds them, for the other product to copy.
 */
public record CompanyData(List<Department> departments, List<CompanyValue> values, ThanksPolicy policy) {
    public CompanyData {
        departments = List.copyOf(departments);
        values = List.copyOf(values);
    }

    /**
     * A short fingerprint of what a follower copies (keys, names, order, active flags, values' texts, the policy; not
     * the host groups, which each product keeps its own): equal lists give equal versions in both products.
     */
    public String version() {
        StringBuilder text = new StringBuilder();
        for (Department d : departments) {
            text.append("d\u0000").append(d.key()).append('\u0000').append(d.nameEn()).append('\u0000')
                    .append(d.nameJa()).append('\u0000').append(d.position()).append('\u0000').append(d.active())
                    .append('\n');
        }
        for (CompanyValue v : values) {
            text.append("v\u0000").append(v.key()).append('\u0000').append(v.nameEn()).append('\u0000')
                    .append(v.nameJa()).append('\u0000').append(v.descriptionEn()).append('\u0000')
                    .append(v.descriptionJa()).append('\u0000').append(v.icon()).append('\u0000').append(v.position())
                    .append('\u0000').append(v.active()).append('\n');
        }
        text.append("p\u0000").append(policy.valueRequired()).append('\u0000').append(policy.dailyLimit())
                .append('\u0000').append(policy.withdrawMinutes());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
