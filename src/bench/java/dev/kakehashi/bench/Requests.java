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
import dev.kakehashi.collaboration.CollaborationStore;
import dev.kakehashi.collaboration.RequestLists;
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
import dev.kakehashi.platform.LinkedApplication;
import dev.kakehashi.thanks.BenchThanksServices;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.ThanksService;
import dev.kakehashi.thanks.ao.AoThanksPolicyStore;
import dev.kakehashi.thanks.ao.AoThanksStore;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
    final AoThanksStore thanksStore;
    final ThanksService thanks;
    final CollaborationService service;
    final RequestPanel panel;
    final BenchRequestIssues issues;
    final RequestLists lists;

    Requests(ActiveObjects ao, int rows) {
        BenchPeople people = new BenchPeople(READER);
        HostCaches caches = new HostCaches();
        Clock clock = Clock.fixed(RequestData.NOW, ZoneOffset.UTC);
        DepartmentService departments = new DepartmentService(new AoDepartmentStore(ao), new AllGroups(), people,
                caches);
        CompanyValueService values = new CompanyValueService(new AoCompanyValueStore(ao), caches);
        thanksStore = new AoThanksStore(ao);
        thanks = BenchThanksServices.at(clock, thanksStore, new AoThanksPolicyStore(ao), people,
                departments, values, new Panel.AllowAll(), Notifier.NONE, caches);
        store = new AoCollaborationStore(ao);
        RequestTypeInstaller types = new RequestTypeInstaller(new AoIssueTypeBindingStore(ao), new IssueTypes(),
                new SameNode(), caches);
        issues = new BenchRequestIssues(RequestData.requests(rows));
        service = BenchCollaborationServices.at(clock, store, issues, types, people, departments, thanks);
        lists = new RequestLists(store, issues, departments, clock);
        panel = new RequestPanel(service, departments, people,
                stub(LocaleResolver.class, Locale.class, arguments -> Locale.JAPANESE),
                stub(I18nResolver.class, String.class, Requests::firstString),
                Panel.pageBuilder(),
                stub(ApplicationProperties.class, String.class, arguments -> "/jira"), new LinkedConfluence());
    }

    /** Jira's link to Confluence, which the host keeps in memory: the panel only asks where Confluence is. */
    private static final class LinkedConfluence implements LinkedApplication {
        @Override
        public java.util.Optional<String> displayUrl() {
            return java.util.Optional.of("https://confluence.example.com");
        }

        @Override
        public Reply call(String method, String path, String jsonBody) {
            throw new IllegalStateException("The panel makes no call to Confluence");
        }
    }

    /** The request as REST and the step changes read it (the panel reads it through {@code panel}). */
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

    /** The first page of the requests to the reader's department (the department requests page). */
    RequestLists.Page list() {
        return lists.list(READER, CollaborationStore.Side.TO, 0);
    }

    /** The partnership as REST serves it (the panel computes it from its own read of the request). */
    Partnership partnership() {
        return service.partnership(READER, ISSUE_KEY);
    }

    /**
     * A host service answering every method of one return type the same way, and any other with null, false or zero.
     * A plain proxy rather than a Mockito stub: the panel asks the i18n resolver about a hundred times per view, and
     * a Mockito call costs microseconds and needs many seconds of JIT before it stops costing more, which would be
     * timed as the panel's.
     */
    static <T> T stub(Class<T> service, Class<?> returned, Function<Object[], Object> answer) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == arguments[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> service.getSimpleName() + " stub";
                };
            }
            Class<?> type = method.getReturnType();
            if (type == returned) {
                return answer.apply(arguments == null ? new Object[0] : arguments);
            }
            if (type == boolean.class) {
                return false;
            }
            if (type == int.class || type == long.class || type == short.class || type == byte.class
                    || type == double.class || type == float.class || type == char.class) {
                return Array.get(Array.newInstance(type, 1), 0);
            }
            return null;
        };
        return service.cast(Proxy.newProxyInstance(service.getClassLoader(), new Class<?>[] {service}, handler));
    }

    /** The i18n key itself: the texts are not what is measured. */
    private static Object firstString(Object[] arguments) {
        for (Object argument : arguments) {
            if (argument instanceof String text) {
                return text;
            }
        }
        return "";
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

    /** A department never thanked on the busy issue: the usual state at step 5, until the requester thanks. */
    static final String NEVER_THANKED = "legal";

    static ThanksContext context() {
        return ThanksContext.issue(ISSUE_ID);
    }
}
