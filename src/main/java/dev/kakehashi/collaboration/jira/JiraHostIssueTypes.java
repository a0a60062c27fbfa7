package dev.kakehashi.collaboration.jira;

import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.web.action.admin.translation.TranslationManager;
import com.atlassian.sal.api.message.I18nResolver;
import dev.kakehashi.collaboration.HostIssueTypes;
import dev.kakehashi.collaboration.RequestKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The request issue types in Jira: created with the English name and description and one of Jira's own issue type
 * icons (documentation, task, new feature), with a Japanese translation (Jira shows each person the name in their language); added to projects through
 * their issue type schemes. Nothing here ever removes an issue type or takes one out of a scheme.
 */
public class JiraHostIssueTypes implements HostIssueTypes {
    /** The prefix Jira keeps issue type translations under. */
    static final String TRANSLATION_PREFIX = "jira.translation.issuetype";
    static final Locale JAPANESE = Locale.JAPAN;

    private final IssueTypeManager issueTypeManager;
    private final IssueTypeSchemeManager schemes;
    private final ProjectManager projectManager;
    private final AvatarManager avatars;
    private final TranslationManager translations;
    private final I18nResolver i18n;

    public JiraHostIssueTypes(IssueTypeManager issueTypeManager, IssueTypeSchemeManager schemes,
                              ProjectManager projectManager, AvatarManager avatars, TranslationManager translations,
                              I18nResolver i18n) {
        this.issueTypeManager = issueTypeManager;
        this.schemes = schemes;
        this.projectManager = projectManager;
        this.avatars = avatars;
        this.translations = translations;
        this.i18n = i18n;
    }

    @Override
    public boolean supported() {
        return true;
    }

    @Override
    public Optional<IssueTypeRef> byId(String id) {
        IssueType type = id == null ? null : issueTypeManager.getIssueType(id);
        return Optional.ofNullable(type).map(JiraHostIssueTypes::ref);
    }

    @Override
    public Optional<IssueTypeRef> named(RequestKind kind) {
        String name = text(Locale.ENGLISH, kind.nameKey());
        return issueTypeManager.getIssueTypes().stream().filter(t -> !t.isSubTask() && name.equals(t.getName()))
                .findFirst().map(JiraHostIssueTypes::ref);
    }

    @Override
    public IssueTypeRef create(RequestKind kind) {
        IssueType type = issueTypeManager.createIssueType(text(Locale.ENGLISH, kind.nameKey()),
                text(Locale.ENGLISH, kind.descriptionKey()), icon(kind));
        translations.setIssueConstantTranslation(type, TRANSLATION_PREFIX, JAPANESE, text(JAPANESE, kind.nameKey()),
                text(JAPANESE, kind.descriptionKey()));
        return ref(type);
    }

    /** One of Jira's own issue type icons for the kind (by file name), else Jira's default issue type icon. */
    Long icon(RequestKind kind) {
        List<String> wanted = switch (kind) {
            case INFORMATION_SHARING -> List.of("documentation", "question");
            case JOINT_TASK -> List.of("task");
            case SMALL_POC -> List.of("newfeature", "improvement");
            case EVENT_PREPARATION -> List.of("requirement", "genericissue");
        };
        List<Avatar> system = avatars.getAllSystemAvatars(IconType.ISSUE_TYPE_ICON_TYPE);
        for (String name : wanted) {
            for (Avatar avatar : system == null ? List.<Avatar>of() : system) {
                String file = avatar.getFileName();
                if (file != null && (file.equals(name + ".svg") || file.equals(name + ".png"))) {
                    return avatar.getId();
                }
            }
        }
        return avatars.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE);
    }

    @Override
    public List<ProjectTypes> projects(List<String> issueTypeIds) {
        List<ProjectTypes> result = new ArrayList<>();
        for (Project project : projectManager.getProjectObjects()) {
            FieldConfigScheme scheme = schemes.getConfigScheme(project);
            Set<String> offered = ids(schemes.getIssueTypesForProject(project));
            result.add(new ProjectTypes(project.getKey(), project.getName(),
                    scheme == null || schemes.isDefaultIssueTypeScheme(scheme), scheme == null ? "" : scheme.getName(),
                    issueTypeIds.stream().filter(offered::contains).toList()));
        }
        return result;
    }

    @Override
    public boolean addToProject(String projectKey, List<String> issueTypeIds) {
        Project project = projectManager.getProjectByCurrentKey(projectKey);
        if (project == null) {
            return false;
        }
        FieldConfigScheme scheme = schemes.getConfigScheme(project);
        if (scheme == null || schemes.isDefaultIssueTypeScheme(scheme)) {
            Set<String> offered = ids(schemes.getIssueTypesForProject(project));
            issueTypeIds.stream().filter(id -> !offered.contains(id)).forEach(schemes::addOptionToDefault);
            return true;
        }
        Set<String> options = ids(schemes.getIssueTypesForProject(project));
        if (options.addAll(issueTypeIds)) {
            schemes.update(scheme, options);
        }
        return true;
    }

    private static Set<String> ids(Collection<IssueType> types) {
        Set<String> ids = new LinkedHashSet<>();
        if (types != null) {
            types.forEach(t -> ids.add(t.getId()));
        }
        return ids;
    }

    private String text(Locale locale, String key) {
        return i18n.getText(locale, key);
    }

    private static IssueTypeRef ref(IssueType type) {
        return new IssueTypeRef(type.getId(), type.getName());
    }
}
