package dev.kakehashi.sandbox.demo;

import dev.kakehashi.admin.CompanyValueInput;
import dev.kakehashi.admin.CompanyValueService;
import dev.kakehashi.admin.DepartmentInput;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.sandbox.plugin.EnabledPlugin;
import java.util.List;

/**
 * The departments, company values and department profiles a fresh sandbox starts with, created through the
 * plugin's own services so that they pass the same rules as an administrator's input. Runs only while there are no
 * departments yet.
 */
public final class DemoData {
    private DemoData() {
    }

    /** @return whether anything was created */
    public static boolean createIfEmpty(EnabledPlugin plugin) {
        DepartmentService departments = plugin.bean(DepartmentService.class);
        if (!departments.list().isEmpty()) {
            return false;
        }
        department(departments, "sales", "Sales", "営業");
        department(departments, "development", "Development", "開発");
        department(departments, "marketing", "Marketing", "マーケティング");
        department(departments, "support", "Customer Support", "カスタマーサポート");
        department(departments, "it", "IT", "情報システム");
        department(departments, "accounting", "Accounting", "経理");
        department(departments, "general-affairs", "General Affairs", "総務");
        CompanyValueService values = plugin.bean(CompanyValueService.class);
        values.create(new CompanyValueInput("collaboration", "Collaboration", "協力",
                "We cross department lines to get things done together.",
                "部署の垣根を越えて、力を合わせて物事を進めます。", "🤝", true));
        values.create(new CompanyValueInput("teamwork", "Teamwork", "チームワーク",
                "We share what we know and cover for each other.",
                "知っていることを共有し、互いに支え合います。", "👥", true));
        values.create(new CompanyValueInput("customer-focus", "Customer focus", "顧客志向",
                "We start from what our customers need.",
                "お客様に必要なことから考え始めます。", "💡", true));
        values.create(new CompanyValueInput("challenge", "Challenge", "挑戦",
                "We try new things and learn from what does not work.",
                "新しいことに挑戦し、うまくいかなかったことからも学びます。", "🚀", true));
        DemoProfiles.create(plugin);
        DemoLunch.create(plugin);
        DemoEvents.create(plugin);
        DemoCommunities.create(plugin);
        return true;
    }

    private static void department(DepartmentService departments, String key, String nameEn, String nameJa) {
        departments.create(new DepartmentInput(key, nameEn, nameJa, List.of(key), true));
    }
}
