package dev.kakehashi.bench;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import dev.kakehashi.admin.CompanyValueService;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.admin.ao.AoCompanyValueStore;
import dev.kakehashi.admin.ao.AoDepartmentStore;
import dev.kakehashi.collaboration.BenchCollaborationServices;
import dev.kakehashi.collaboration.CollaborationService;
import dev.kakehashi.collaboration.HostIssueTypes;
import dev.kakehashi.collaboration.Partnership;
import dev.kakehashi.collaboration.RequestKind;
import dev.kakehashi.collaboration.RequestTypeInstaller;
import dev.kakehashi.collaboration.RequestView;
import dev.kakehashi.collaboration.ao.AoCollaborationStore;
import dev.kakehashi.collaboration.ao.AoIssueTypeBindingStore;
import dev.kakehashi.collaboration.web.RequestPanel;
import dev.kakehashi.notify.Notifier;
import dev.kakehashi.platform.ClusterLocks;
import dev.kakehashi.thanks.BenchThanksServices;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.ThanksService;
import dev.kakehashi.thanks.ao.AoThanksPolicyStore;
import dev.kakehashi.thanks.ao.AoThanksStore;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The server side of the collaboration request panel on the busy request issue, wired as in the host: the plugin's
 * services and AO stores over the benchmark database; the host's issues, people, caches, locks and issue types are
 * stand-ins that answer from memory, so every statement and every microsecond measured is the plugin's. The
 * services' clock stands at the end of the data's year.
 */
final class Requests {
    static final long ISSUE_ID = RequestData.BUSY_ISSUE_ID;
    static final String ISSUE_KEY = BenchRequestIssues.key(ISSUE_ID);
    static final String ISSUE_TYPE_ID = RequestData.issueTypeId(RequestKind.JOINT_TASK);
    /** An ordinary reader who may browse and edit the issue and holds none of its roles (the thanks panel's). */
    static final String READER = Panel.VIEWER;
    static final String FROM = BenchPeople.DEPARTMENTS[0];
    static final String TO = BenchPeople.DEPARTMENTS[1];

    final AoCollaborationStore store;
    final ThanksService thanks;
    final CollaborationService service;
    final RequestPanel panel;

    Requests(ActiveObjects ao, int rows) {
        BenchPeople people = new BenchPeople(READER);
        HostCaches caches = new HostCaches();
        Clock clock = Clock.fixed(RequestData.NOW, ZoneOffset.UTC);
        DepartmentService departments = new DepartmentService(new AoDepartmentStore(ao), group -> true, people,
                caches);
        CompanyValueService values = new CompanyValueService(new AoCompanyValueStore(ao), caches);
        thanks = BenchThanksServices.at(clock, new AoThanksStore(ao), new AoThanksPolicyStore(ao), people,
                departments, values, new Panel.AllowAll(), Notifier.NONE, caches);
        store = new AoCollaborationStore(ao);
        RequestTypeInstaller types = new RequestTypeInstaller(new AoIssueTypeBindingStore(ao), new IssueTypes(),
                new SameNode(), caches);
        service = BenchCollaborationServices.at(clock, store, new BenchRequestIssues(RequestData.requests(rows)),
                types, people, departments, thanks);
        panel = new RequestPanel(service, departments, people,
                Panel.host(LocaleResolver.class, Locale.class, call -> Locale.JAPANESE),
                Panel.host(I18nResolver.class, String.class, Panel::firstString),
                Panel.pageBuilder(),
                Panel.host(ApplicationProperties.class, String.class, call -> "/jira"));
    }

    /** What the panel's context provider asks the service for on every view of the request issue. */
    RequestView view() {
        return service.view(READER, ISSUE_KEY);
    }

    /** What Jira runs on a view of the issue: the panel's condition, then its context provider. */
    Map<String, Object> panel() {
        if (!service.isRequestType(ISSUE_TYPE_ID)) {
            throw new IllegalStateException("The request types are not bound; run BenchMain first");
        }
        return panel.panel(Map.of(), ISSUE_KEY);
    }

    /** What the panel's script loads next: earlier requests between the two departments and their thanks. */
    Partnership partnership() {
        return service.partnership(READER, ISSUE_KEY);
    }

    /** Jira's issue types: the app's three exist, as the installer left them. */
    private static final class IssueTypes implements HostIssueTypes {
        @Override
        public boolean supported() {
            return true;
        }

        @Override
        public Optional<IssueTypeRef> byId(String id) {
            return Arrays.stream(RequestKind.values()).filter(k -> RequestData.issueTypeId(k).equals(id))
                    .findFirst().map(k -> new IssueTypeRef(id, k.key()));
        }

        @Override
        public Optional<IssueTypeRef> named(RequestKind kind) {
            return byId(RequestData.issueTypeId(kind));
        }

        @Override
        public IssueTypeRef create(RequestKind kind) {
            return named(kind).orElseThrow();
        }

        @Override
        public List<ProjectTypes> projects(List<String> issueTypeIds) {
            return List.of(new ProjectTypes(RequestData.PROJECT, "Kakehashi", false, "Kakehashi", issueTypeIds));
        }

        @Override
        public boolean addToProject(String projectKey, List<String> issueTypeIds) {
            return RequestData.PROJECT.equals(projectKey);
        }
    }

    /** One node: the lock is always free. */
    private static final class SameNode implements ClusterLocks {
        @Override
        public <T> T underLock(String name, Supplier<T> work) {
            return work.get();
        }
    }

    static ThanksContext context() {
        return ThanksContext.issue(ISSUE_ID);
    }
}
