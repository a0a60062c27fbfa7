package dev.kakehashi.configuration.web;

import com.atlassian.sal.api.message.I18nResolver;
import dev.kakehashi.collaboration.HostIssueTypes;
import dev.kakehashi.collaboration.RequestKind;
import dev.kakehashi.collaboration.RequestTypeInstaller;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The admin page's section on collaboration request issue types (Jira): each kind's issue type and state, and each
 * project with the request types its issue type scheme offers.
 */
public final class AdminRequestTypes {
    private AdminRequestTypes() {
    }

    /** One kind and its issue type. */
    public record TypeRow(String label, String issueTypeId, String name, boolean present) {
    }

    /** One project and the request kinds its scheme offers. */
    public record ProjectRow(String key, String name, String scheme, boolean defaultScheme, String offered,
                             boolean complete) {
    }

    static Map<String, Object> model(RequestTypeInstaller installer, I18nResolver i18n) {
        Map<String, Object> model = new HashMap<>();
        List<TypeRow> types = installer.state().stream().map(s -> new TypeRow(i18n.getText(s.kind().nameKey()),
                s.issueTypeId() == null ? "" : s.issueTypeId(), s.name(), s.present())).toList();
        model.put("requestTypes", types);
        model.put("requestTypesInstalled", types.stream().allMatch(TypeRow::present));
        Map<RequestKind, String> ids = installer.issueTypes();
        List<ProjectRow> projects = installer.projects().stream().map(p -> row(p, ids, i18n)).toList();
        model.put("requestProjects", projects);
        return model;
    }

    private static ProjectRow row(HostIssueTypes.ProjectTypes p, Map<RequestKind, String> ids, I18nResolver i18n) {
        List<RequestKind> offered = Arrays.stream(RequestKind.values())
                .filter(k -> ids.get(k) != null && p.offered().contains(ids.get(k))).toList();
        return new ProjectRow(p.key(), p.name(), p.schemeName(), p.defaultScheme(),
                offered.stream().map(k -> i18n.getText(k.nameKey())).collect(Collectors.joining(", ")),
                !ids.isEmpty() && offered.size() == RequestKind.values().length);
    }
}
