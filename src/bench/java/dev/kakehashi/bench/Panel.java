package dev.kakehashi.bench;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import dev.kakehashi.admin.CompanyValueService;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.admin.ao.AoCompanyValueStore;
import dev.kakehashi.admin.ao.AoDepartmentStore;
import dev.kakehashi.notify.Notifier;
import dev.kakehashi.thanks.ContextAccess;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.ThanksPage;
import dev.kakehashi.thanks.ThanksQuery;
import dev.kakehashi.thanks.ThanksService;
import dev.kakehashi.thanks.ao.AoThanksPolicyStore;
import dev.kakehashi.thanks.ao.AoThanksStore;
import dev.kakehashi.thanks.web.ThanksView;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mockito.Answers;
import org.mockito.Mockito;
import org.mockito.invocation.InvocationOnMock;
import org.mockito.stubbing.Answer;

/**
 * The server side of the thanks panel on the issue with many thanks, wired as in the host: the plugin's services
 * and AO stores over the benchmark database; the host's services are stand-ins that answer from memory, so every
 * statement and every microsecond measured is the plugin's.
 */
final class Panel {
    static final long ISSUE_ID = 10_000;
    static final ThanksContext CONTEXT = ThanksContext.issue(ISSUE_ID);
    static final int PAGE = 10;
    /** The department the department-filtered list shows. */
    static final String FILTER_DEPARTMENT = "sales";
    /** An ordinary reader, sender or recipient of a few of the issue's thanks, so private ones are in play. */
    static final String VIEWER = BenchPeople.key(42);

    final DepartmentService departments;
    final CompanyValueService values;
    final ThanksService thanks;
    final ThanksView view;

    Panel(ActiveObjects ao) {
        BenchPeople people = new BenchPeople(VIEWER);
        HostCaches caches = new HostCaches();
        departments = new DepartmentService(new AoDepartmentStore(ao), new AllGroups(), people, caches);
        values = new CompanyValueService(new AoCompanyValueStore(ao), caches);
        thanks = new ThanksService(new AoThanksStore(ao), new AoThanksPolicyStore(ao), people, departments, values,
                new AllowAll(), Notifier.NONE, caches, java.time.Clock.systemUTC());
        view = new ThanksView(people, thanks, departments,
                host(LocaleResolver.class, Locale.class, call -> Locale.JAPANESE),
                host(I18nResolver.class, String.class, Panel::firstString),
                pageBuilder(),
                host(ApplicationProperties.class, String.class, call -> "/jira"));
    }

    Map<String, Object> model() {
        return view.model(CONTEXT, true);
    }

    ThanksPage firstPage() {
        return thanks.list(VIEWER, query(null));
    }

    /** The viewer's "thanks to me" (public and private), first page, across every issue and page. */
    ThanksPage toViewer() {
        return thanks.list(VIEWER, new ThanksQuery(ThanksContext.NONE, VIEWER, null, null, null, null, null, null,
                PAGE));
    }

    /** Thanks given or received by a department, first page, as the viewer may see them. */
    ThanksPage ofDepartment() {
        return thanks.list(VIEWER, new ThanksQuery(ThanksContext.NONE, null, null, FILTER_DEPARTMENT, null, null,
                null, null, PAGE));
    }

    ThanksPage pageBefore(Long cursor) {
        return thanks.list(VIEWER, query(cursor));
    }

    private static ThanksQuery query(Long before) {
        ThanksQuery in = ThanksQuery.in(CONTEXT);
        return new ThanksQuery(in.context(), in.recipientKey(), in.senderKey(), in.departmentKey(), in.valueKey(),
                in.from(), in.to(), before, PAGE);
    }

    static PageBuilderService pageBuilder() {
        RequiredResources none = new RequiredResources() {
            @Override
            public RequiredResources requireWebResource(String moduleCompleteKey) {
                return this;
            }
        };
        return () -> () -> none;
    }

    /** Jira's permission check is cached in the host; here every issue is visible to everyone. */
    static final class AllowAll implements ContextAccess {
        @Override
        public boolean supports(ThanksContext.Type type) {
            return true;
        }

        @Override
        public boolean canView(String userKey, ThanksContext context) {
            return true;
        }

        @Override
        public List<String> suggestedPeople(ThanksContext context) {
            return List.of(BenchPeople.key(7), BenchPeople.key(1_234));
        }
    }

    /**
     * A host service answering every method of one return type the same way. A stub, not a recording mock: the
     * benchmark calls it millions of times. Host interfaces grow members; this keeps compiling when they do.
     */
    static <T> T host(Class<T> service, Class<?> returned, Answer<?> answer) {
        return Mockito.mock(service, Mockito.withSettings().stubOnly().defaultAnswer(call ->
                call.getMethod().getReturnType() == returned ? answer.answer(call)
                        : Answers.RETURNS_DEFAULTS.answer(call)));
    }

    /** The i18n key itself: the texts are not what is measured. */
    static Object firstString(InvocationOnMock call) {
        for (Object argument : call.getArguments()) {
            if (argument instanceof String text) {
                return text;
            }
        }
        return "";
    }
}
