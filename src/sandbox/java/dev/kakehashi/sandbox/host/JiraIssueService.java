package dev.kakehashi.sandbox.host;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.util.SimpleErrorCollection;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.directory.DemoUser;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Jira's {@link IssueService} for creating issues. {@code validateCreate} refuses as Jira does, with messages in the
 * user's language: no user or no Create Issues permission (an error message), an unknown project (field
 * {@code project}), an issue type the project's scheme does not offer ({@code issuetype}), an empty
 * summary or one over 255 characters ({@code summary}), an unknown reporter or assignee key ({@code reporter},
 * {@code assignee}). {@code create} stores the validated issue (status 未着手; reporter: the one given, else the
 * user) and returns it with its id and key. Not emulated: required custom fields, field configurations, screens,
 * the creation event, editing, transitions and deletion.
 */
public final class JiraIssueService implements IssueService {
    static final int SUMMARY_MAX = 255;
    private static final Map<String, String[]> TEXT = Map.of(
            "permission", new String[] {"You do not have permission to create issues in this project.",
                "このプロジェクトで課題を作成する権限がありません。"},
            "project", new String[] {"You must specify a valid project.", "有効なプロジェクトを指定してください。"},
            "issuetype", new String[] {"The issue type selected is invalid.", "選択された課題タイプは無効です。"},
            "summary.required", new String[] {"You must specify a summary of the issue.", "課題の要約を指定してください。"},
            "summary.long", new String[] {"Summary must be less than 255 characters.",
                "要約は 255 文字以内で入力してください。"},
            "reporter", new String[] {"The reporter specified is not a user.", "指定された報告者はユーザーではありません。"},
            "assignee", new String[] {"User does not exist.", "ユーザーが存在しません。"});

    private final DemoDirectory directory;
    private final JiraProjects projects;
    private final JiraIssueTypeSchemes schemes;
    private final JiraIssues issues;
    private final JiraPermissions permissions;

    public JiraIssueService(DemoDirectory directory, JiraProjects projects, JiraIssueTypeSchemes schemes,
                            JiraIssues issues, JiraPermissions permissions) {
        this.directory = directory;
        this.projects = projects;
        this.schemes = schemes;
        this.issues = issues;
        this.permissions = permissions;
    }

    @Override
    public IssueInputParameters newIssueInputParameters() {
        return new JiraIssueInputParameters();
    }

    @Override
    public CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters) {
        JiraIssueInputParameters input = (JiraIssueInputParameters) issueInputParameters;
        DemoUser demoUser = user == null ? null : directory.byKey(user.getKey()).orElse(null);
        Locale locale = RequestContext.current().map(RequestContext::locale)
                .orElse(demoUser == null ? RequestContext.DEFAULT_LOCALE : demoUser.locale());
        ErrorCollection errors = new SimpleErrorCollection();
        Map<String, Object> fields = new HashMap<>();
        fields.put("pid", input.projectId());
        fields.put("issuetype", input.issueTypeId());
        fields.put("summary", input.summary());
        fields.put("description", input.description());
        fields.put("reporter", input.reporterId());
        fields.put("assignee", input.assigneeId());
        if (!permissions.canCreate(demoUser)) {
            errors.addErrorMessage(text(locale, "permission"));
            return new CreateValidationResult(null, errors, fields);
        }
        JiraProject project = projects.byId(input.projectId()).orElse(null);
        if (project == null) {
            errors.addError("project", text(locale, "project"));
        }
        JiraIssueType type = null;
        if (project != null) {
            List<JiraIssueType> offered = schemes.offered(project);
            type = offered.stream().filter(t -> t.getId().equals(input.issueTypeId())).findFirst().orElse(null);
            if (type == null) {
                errors.addError("issuetype", text(locale, "issuetype"));
            }
        }
        String summary = input.summary() == null ? "" : input.summary().strip();
        if (summary.isEmpty()) {
            errors.addError("summary", text(locale, "summary.required"));
        } else if (summary.length() > SUMMARY_MAX) {
            errors.addError("summary", text(locale, "summary.long"));
        }
        String reporter = input.reporterId() == null || input.reporterId().isBlank() ? user.getKey()
                : input.reporterId();
        if (directory.byKey(reporter).isEmpty()) {
            errors.addError("reporter", text(locale, "reporter"));
        }
        String assignee = input.assigneeId() == null || input.assigneeId().isBlank() ? null : input.assigneeId();
        if (assignee != null && directory.byKey(assignee).isEmpty()) {
            errors.addError("assignee", text(locale, "assignee"));
        }
        if (errors.hasAnyErrors()) {
            return new CreateValidationResult(null, errors, fields);
        }
        JiraIssue draft = new JiraIssue(null, null, project, type, summary, input.description(), reporter, assignee,
                JiraIssues.STATUS_OPEN, null, Set.of());
        return new CreateValidationResult(draft, errors, fields);
    }

    /** Stores the issue of a valid validation result; an invalid one is refused with IllegalStateException. */
    @Override
    public IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult) {
        if (createValidationResult == null || !createValidationResult.isValid()
                || !(createValidationResult.getIssue() instanceof JiraIssue draft) || draft.getId() != null) {
            throw new IllegalStateException("You cannot create an issue with an invalid validation result.");
        }
        JiraIssue created = issues.create(draft.project(), draft.issueType(), draft.getSummary(), draft.description(),
                draft.getReporterId(), draft.getAssigneeId());
        return new IssueResult(created);
    }

    private static String text(Locale locale, String key) {
        String[] text = TEXT.get(key);
        return "ja".equals(locale.getLanguage()) ? text[1] : text[0];
    }
}
