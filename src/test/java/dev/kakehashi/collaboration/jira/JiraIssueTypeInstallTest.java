package dev.kakehashi.collaboration.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.web.action.admin.translation.TranslationManager;
import com.atlassian.sal.api.message.I18nResolver;
import dev.kakehashi.collaboration.RequestKind;
import dev.kakehashi.collaboration.RequestTypeInstaller;
import dev.kakehashi.collaboration.ao.AoIssueTypeBinding;
import dev.kakehashi.collaboration.ao.AoIssueTypeBindingStore;
import dev.kakehashi.platform.cluster.BeehiveClusterLocks;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.MemoryCaches;
import dev.kakehashi.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Installing the request issue types against Jira's API (Mockito stands in for Jira): once per kind, however often
 * it runs and on however many nodes at once.
 */
public class JiraIssueTypeInstallTest {
    private final List<IssueType> jiraTypes = new CopyOnWriteArrayList<>();
    private final IssueTypeManager issueTypeManager = mock(IssueTypeManager.class);
    private static final int KINDS = RequestKind.values().length;
    private final AvatarManager avatars = mock(AvatarManager.class);
    private final TranslationManager translations = mock(TranslationManager.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final ClusterLockService lockService = mock(ClusterLockService.class);
    private final Map<String, ClusterLock> locks = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger created = new java.util.concurrent.atomic.AtomicInteger();
    private List<EntityManagerActiveObjects> nodes = List.of();

    /** Beehive's lock for one name, shared by every node of the test cluster. */
    private static final class SharedLock implements ClusterLock {
        private final ReentrantLock lock = new ReentrantLock();

        @Override
        public boolean isHeldByCurrentThread() {
            return lock.isHeldByCurrentThread();
        }

        @Override
        public void lock() {
            lock.lock();
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            lock.lockInterruptibly();
        }

        @Override
        public boolean tryLock() {
            return lock.tryLock();
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            return lock.tryLock(time, unit);
        }

        @Override
        public void unlock() {
            lock.unlock();
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException();
        }
    }

    @Before
    public void jira() {
        when(i18n.getText(any(Locale.class), anyString())).thenAnswer(
                call -> call.getArgument(0, Locale.class).getLanguage() + ":" + call.getArgument(1));
        when(avatars.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE)).thenReturn(10300L);
        when(avatars.getAllSystemAvatars(IconType.ISSUE_TYPE_ICON_TYPE)).thenReturn(List.of(
                icon(10300L, "genericissue.svg"), icon(10318L, "task.svg"), icon(10320L, "question.svg"),
                icon(10315L, "newfeature.svg"), icon(10321L, "documentation.svg"), icon(10322L, "requirement.svg")));
        when(issueTypeManager.getIssueTypes()).thenAnswer(call -> List.copyOf(jiraTypes));
        when(issueTypeManager.getIssueType(anyString())).thenAnswer(call -> jiraTypes.stream()
                .filter(t -> t.getId().equals(call.getArgument(0))).findFirst().orElse(null));
        when(issueTypeManager.createIssueType(anyString(), anyString(), anyLong())).thenAnswer(call -> {
            Thread.sleep(5); // Jira takes a while; a race shows up here if the lock does not hold
            return type(Integer.toString(10100 + created.incrementAndGet()), call.getArgument(0));
        });
        when(lockService.getLockForName(anyString())).thenAnswer(
                call -> locks.computeIfAbsent(call.getArgument(0), n -> new SharedLock()));
    }

    /** One of Jira's own issue type icons. */
    private record Icon(Long getId, String getFileName) implements com.atlassian.jira.avatar.Avatar {
    }

    private static com.atlassian.jira.avatar.Avatar icon(Long id, String fileName) {
        return new Icon(id, fileName);
    }

    @Test
    public void withoutJirasOwnIconsTheDefaultIssueTypeIconIsUsed() {
        when(avatars.getAllSystemAvatars(IconType.ISSUE_TYPE_ICON_TYPE)).thenReturn(List.of());
        nodes = TestDatabase.openNodes(1, AoIssueTypeBinding.class);

        node(nodes.get(0)).install();

        verify(issueTypeManager, times(KINDS)).createIssueType(anyString(), anyString(), eq(10300L));
    }

    private IssueType type(String id, String name) {
        IssueType type = new JiraType(id, name);
        jiraTypes.add(type);
        return type;
    }

    /** An issue type as Jira returns it. */
    private record JiraType(String getId, String getName) implements IssueType {
        @Override
        public String getDescription() {
            return "";
        }

        @Override
        public String getNameTranslation(String locale) {
            return getName;
        }

        @Override
        public String getDescTranslation(String locale) {
            return "";
        }

        @Override
        public boolean isSubTask() {
            return false;
        }
    }

    /** The host's cluster cache, shared by the nodes of a test as in a cluster. */
    private final MemoryCaches caches = new MemoryCaches();

    @After
    public void close() {
        nodes.forEach(TestDatabase::close);
    }

    private RequestTypeInstaller node(EntityManagerActiveObjects ao) {
        JiraHostIssueTypes host = new JiraHostIssueTypes(issueTypeManager, mock(IssueTypeSchemeManager.class),
                mock(ProjectManager.class), avatars, translations, i18n);
        return new RequestTypeInstaller(new AoIssueTypeBindingStore(ao), host, new BeehiveClusterLocks(lockService),
                caches);
    }

    @Test
    public void anInstallOnOneNodeIsSeenOnTheOthers() {
        nodes = TestDatabase.openNodes(2, AoIssueTypeBinding.class);
        RequestTypeInstaller first = node(nodes.get(0));
        RequestTypeInstaller second = node(nodes.get(1));
        assertEquals(Map.of(), second.issueTypes());

        first.install();

        assertEquals(KINDS, second.issueTypes().size());
        assertEquals(first.issueTypes(), second.issueTypes());
    }

    @Test
    public void installingTwiceCreatesEachIssueTypeOnceWithItsJapaneseTranslation() {
        nodes = TestDatabase.openNodes(1, AoIssueTypeBinding.class);
        RequestTypeInstaller installer = node(nodes.get(0));

        installer.install();
        installer.install();

        Map<RequestKind, Long> icons = Map.of(RequestKind.INFORMATION_SHARING, 10321L, RequestKind.JOINT_TASK, 10318L,
                RequestKind.SMALL_POC, 10315L, RequestKind.EVENT_PREPARATION, 10322L);
        for (RequestKind kind : RequestKind.values()) {
            verify(issueTypeManager, times(1)).createIssueType("en:" + kind.nameKey(), "en:" + kind.descriptionKey(),
                    icons.get(kind));
            verify(translations, times(1)).setIssueConstantTranslation(any(IssueType.class),
                    eq("jira.translation.issuetype"), eq(Locale.JAPAN), eq("ja:" + kind.nameKey()),
                    eq("ja:" + kind.descriptionKey()));
        }
        assertEquals(KINDS, jiraTypes.size());
        assertEquals(KINDS, installer.issueTypes().size());
        assertTrue(installer.state().stream().allMatch(RequestTypeInstaller.TypeState::present));
    }

    @Test
    public void nodesStartingAtOnceCreateEachIssueTypeOnce() throws Exception {
        nodes = TestDatabase.openNodes(2, AoIssueTypeBinding.class);
        List<RequestTypeInstaller> installers = List.of(node(nodes.get(0)), node(nodes.get(1)));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            RequestTypeInstaller installer = installers.get(i % 2);
            runs.add(pool.submit(() -> {
                start.await();
                return installer.install();
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get(1, TimeUnit.MINUTES);
        }
        pool.shutdown();

        verify(issueTypeManager, times(KINDS)).createIssueType(anyString(), anyString(), anyLong());
        assertEquals(KINDS, jiraTypes.size());
        assertEquals(KINDS, nodes.get(1).count(AoIssueTypeBinding.class));
        assertEquals(installers.get(0).issueTypes(), installers.get(1).issueTypes());
    }

    @Test
    public void anIssueTypeOfAnEarlierInstallIsReusedAndOneDeletedInJiraIsCreatedAgain() {
        nodes = TestDatabase.openNodes(1, AoIssueTypeBinding.class);
        type("10050", "en:" + RequestKind.JOINT_TASK.nameKey());
        RequestTypeInstaller installer = node(nodes.get(0));

        installer.install();
        assertEquals("10050", installer.issueTypes().get(RequestKind.JOINT_TASK));
        verify(issueTypeManager, never()).createIssueType(eq("en:" + RequestKind.JOINT_TASK.nameKey()), anyString(),
                anyLong());

        jiraTypes.removeIf(t -> t.getId().equals("10050"));
        installer.install();

        String recreated = installer.issueTypes().get(RequestKind.JOINT_TASK);
        assertTrue(recreated, !recreated.equals("10050"));
        verify(issueTypeManager, times(1)).createIssueType(eq("en:" + RequestKind.JOINT_TASK.nameKey()), anyString(),
                anyLong());
        assertEquals(KINDS, nodes.get(0).count(AoIssueTypeBinding.class));
    }
}
