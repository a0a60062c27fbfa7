package dev.kakehashi.notify;

import static dev.kakehashi.testing.FakePeople.key;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import dev.kakehashi.admin.CompanyValue;
import dev.kakehashi.admin.CompanyValueService;
import dev.kakehashi.notify.confluence.ConfluenceMailQueueOutbox;
import dev.kakehashi.notify.jira.JiraMailQueueOutbox;
import dev.kakehashi.notify.sal.SalMailTexts;
import dev.kakehashi.sandbox.host.BundleI18nResolver;
import dev.kakehashi.testing.FakePeople;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

public class EmailNotifierTest {
    private static final String BASE = "https://jira.example.com";

    private final FakePeople people = new FakePeople()
            .with("tanaka", "田中 美咲", "sales")
            .with("suzuki", "鈴木 大輔", "development")
            .with("smith", "John Smith", "development")
            .with("nomail", "山田 花子", "general-affairs");
    private final Map<String, Recipient> directory = new HashMap<>();
    private final Map<String, Boolean> emailEnabled = new HashMap<>();
    private final MailQueue jiraQueue = mock(MailQueue.class);
    private final CompanyValueService values = mock(CompanyValueService.class);
    private EmailNotifier notifier;

    private final dev.kakehashi.testing.MemoryNotifications memory = new dev.kakehashi.testing.MemoryNotifications();
    private final NotificationPreferenceStore preferences = memory.preferences;

    @Before
    public void setUp() {
        recipient("suzuki", "鈴木 大輔", "suzuki@example.com", Locale.JAPANESE);
        recipient("smith", "John Smith", "smith@example.com", Locale.ENGLISH);
        recipient("nomail", "山田 花子", "", Locale.JAPANESE);
        when(values.list()).thenReturn(List.of(new CompanyValue("collaboration", "Collaboration", "協力", "", "",
                "🤝", 0, true)));
        notifier = notifier(new JiraMailQueueOutbox(jiraQueue));
    }

    private void recipient(String username, String name, String email, Locale locale) {
        directory.put(key(username), new Recipient(key(username), username, name, email, locale));
    }

    private EmailNotifier notifier(Outbox outbox) {
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn(BASE + "/");
        MailTexts texts = new SalMailTexts(new BundleI18nResolver("i18n.kakehashi", getClass().getClassLoader()),
                application);
        Recipients recipients = userKey -> Optional.ofNullable(directory.get(userKey));
        return new EmailNotifier(memory.delivery(recipients, texts, outbox), people, values, texts,
                java.time.Clock.systemUTC());
    }

    private static Thanked thanks(String recipient, String context, String id) {
        return new Thanked(key(recipient), key("tanaka"), "collaboration", "見積もりの確認ありがとう！\n助かりました。",
                context, id);
    }

    private Email queuedEmail() {
        ArgumentCaptor<MailQueueItem> item = ArgumentCaptor.forClass(MailQueueItem.class);
        verify(jiraQueue).addItem(item.capture());
        return ((SingleMailQueueItem) item.getValue()).getEmail();
    }

    @Test
    public void theRecipientIsMailedInTheirOwnLanguage() {
        notifier.personThanked(thanks("suzuki", "none", ""));

        Email email = queuedEmail();
        assertEquals("suzuki@example.com", email.getTo());
        assertEquals("田中 美咲さんからサンクスが届きました", email.getSubject());
        assertEquals("text/plain", email.getMimeType());
        assertEquals("UTF-8", email.getEncoding());
        assertTrue(email.getBody(), email.getBody().contains("バリュー: 🤝 協力"));
        assertTrue(email.getBody().contains("見積もりの確認ありがとう！\n助かりました。"));
        assertTrue(email.getBody().contains(BASE + "/plugins/servlet/kakehashi/thanks?person=suzuki"));
    }

    @Test
    public void anEnglishReaderGetsEnglish() {
        notifier.personThanked(thanks("smith", "none", ""));

        Email email = queuedEmail();
        assertEquals("田中 美咲 thanked you", email.getSubject());
        assertTrue(email.getBody(), email.getBody().contains("Company value: 🤝 Collaboration"));
    }

    @Test
    public void anIssueOrPageIsNamedOnlyByItsIdAndLink() {
        notifier.personThanked(thanks("smith", "jira-issue", "10001"));

        assertTrue(queuedEmail().getBody().contains("Jira issue with id 10001: " + BASE + "/secure/ViewIssue.jspa?id=10001"));
        Mail page = notifier.compose(directory.get(key("smith")), thanks("smith", "confluence-page", "65538"));
        assertTrue(page.body().contains(BASE + "/pages/viewpage.action?pageId=65538"));
    }

    @Test
    public void anIssueOrPageTheRecipientMaySeeIsNamedByItsKeyAndSummaryOrTitle() {
        notifier.personThanked(new Thanked(key("smith"), key("tanaka"), "", "Thanks!", "jira-issue", "10000",
                "DEMO-1 Share the quote template"));

        String body = queuedEmail().getBody();
        assertTrue(body, body.contains("Given on the Jira issue DEMO-1 Share the quote template: " + BASE
                + "/secure/ViewIssue.jspa?id=10000"));
        assertFalse(body, body.contains("id 10000"));
        Mail page = notifier.compose(directory.get(key("suzuki")), new Thanked(key("suzuki"), key("tanaka"), "",
                "ありがとう", "confluence-page", "65539", "FAQ のまとめ\nSubject: x"));
        assertTrue(page.body(), page.body().contains("Confluence ページ「FAQ のまとめ Subject: x」で贈られました: " + BASE
                + "/pages/viewpage.action?pageId=65539"));
    }

    @Test
    public void theSenderOfAHiddenThanksIsToldTheReasonInTheirLanguage() {
        notifier.thanksHidden(new ThanksHidden(key("suzuki"), "ありがとう！", "個人名が含まれているため", "jira-issue",
                "10000", "DEMO-1 見積もり"));

        Email email = queuedEmail();
        assertEquals("suzuki@example.com", email.getTo());
        assertEquals("送ったサンクスが管理者によって非表示にされました", email.getSubject());
        assertTrue(email.getBody(), email.getBody().contains("理由:\n個人名が含まれているため"));
        assertTrue(email.getBody(), email.getBody().contains("ありがとう！"));
        assertTrue(email.getBody(), email.getBody().contains("Jira 課題「DEMO-1 見積もり」"));

        Mail english = notifier.compose(directory.get(key("smith")), new ThanksHidden(key("smith"), "Thanks!",
                "Off topic", "none", "", ""));
        assertEquals("An administrator hid a thanks you sent", english.subject());
        assertTrue(english.body(), english.body().contains("Reason:\nOff topic"));
    }

    @Test
    public void theSenderOfAThanksShownAgainIsToldInTheirLanguageWithoutTheOldReason() {
        notifier.thanksShownAgain(new ThanksHidden(key("suzuki"), "ありがとう！", "", "jira-issue", "10000",
                "DEMO-1 見積もり"));

        Email email = queuedEmail();
        assertEquals("suzuki@example.com", email.getTo());
        assertEquals("送ったサンクスが再び表示されるようになりました", email.getSubject());
        assertTrue(email.getBody(), email.getBody().startsWith("Kakehashi で送ったサンクスを管理者が再び表示しました。"));
        assertTrue(email.getBody(), email.getBody().contains("ありがとう！"));
        assertTrue(email.getBody(), email.getBody().contains("Jira 課題「DEMO-1 見積もり」"));
        assertFalse(email.getBody(), email.getBody().contains("理由:"));

        Mail english = notifier.compose(directory.get(key("smith")), new ThanksHidden(key("smith"), "Thanks!",
                "", "none", "", ""), true);
        assertEquals("A thanks you sent is shown again", english.subject());
        assertTrue(english.body(), english.body().startsWith("An administrator showed a thanks you sent on Kakehashi"));
        assertFalse(english.body(), english.body().contains("Reason:"));
    }

    @Test
    public void peopleWhoTurnedEmailsOffGetNone() {
        preferences.setEmailEnabled(key("suzuki"), false);

        assertTrue("nothing to try again", notifier.personThanked(thanks("suzuki", "none", "")));

        verify(jiraQueue, never()).addItem(any());
    }

    @Test
    public void peopleWithoutAnAddressOrUnknownToTheHostGetNone() {
        assertTrue("nothing to try again", notifier.personThanked(thanks("nomail", "none", "")));
        assertTrue("nothing to try again", notifier.personThanked(thanks("nobody", "none", "")));

        verify(jiraQueue, never()).addItem(any());
    }

    @Test
    public void aLineBreakInTheSendersNameCannotAddAHeader() {
        people.with("evil", "Eve\r\nBcc: all@example.com", "sales");
        Thanked thanked = new Thanked(key("smith"), key("evil"), "", "x", "none", "");

        Mail mail = notifier.compose(directory.get(key("smith")), thanked);

        assertFalse(mail.subject().contains("\n"));
        assertFalse(mail.subject().contains("\r"));
    }

    @Test
    public void aQueueThatFailsDoesNotFailTheCallerButTellsItToTryAgain() {
        doThrow(new IllegalStateException("queue down")).when(jiraQueue).addItem(any());

        assertFalse(notifier.personThanked(thanks("suzuki", "none", "")));

        verify(jiraQueue).addItem(any());
    }

    /** The OSGi registry of a Confluence that publishes these task queues (none: publishes none). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static BundleContext queues(MultiQueueTaskManager tasks) {
        BundleContext bundle = mock(BundleContext.class);
        if (tasks != null) {
            ServiceReference reference = mock(ServiceReference.class);
            when(bundle.getServiceReference("com.atlassian.core.task.MultiQueueTaskManager")).thenReturn(reference);
            when(bundle.getService(reference)).thenReturn(tasks);
        }
        return bundle;
    }

    @Test
    public void withoutConfluencesTaskQueuesNothingIsSentItIsLoggedOnceAndTheOutboxSaysSo() {
        MultiQueueTaskManager tasks = mock(MultiQueueTaskManager.class);
        BundleContext bundle = queues(null);
        ConfluenceMailQueueOutbox outbox = new ConfluenceMailQueueOutbox(mock(MailServerManager.class), bundle);
        assertFalse(outbox.available());
        List<java.util.logging.LogRecord> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(ConfluenceMailQueueOutbox.class.getName());
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord entry) {
                warnings.add(entry);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(handler);
        try {
            notifier(outbox).personThanked(thanks("suzuki", "none", ""));
            notifier(outbox).personThanked(thanks("suzuki", "none", ""));
        } finally {
            log.removeHandler(handler);
        }
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).getMessage(), warnings.get(0).getMessage().startsWith("Kakehashi sends no emails"));

        when(bundle.getServiceReference("com.atlassian.core.task.MultiQueueTaskManager"))
                .thenReturn(mock(ServiceReference.class));
        outbox.send(new dev.kakehashi.notify.Mail("suzuki@example.com", "s", "b"));
        verify(tasks, never()).addTask(any(), any());
        assertTrue(new ConfluenceMailQueueOutbox(mock(MailServerManager.class), queues(tasks)).available());
    }

    /** A thanks to suzuki through Confluence's outbox over these servers: the task it queued on the "mail" queue. */
    private Task queuedInConfluence(MailServerManager servers) {
        MultiQueueTaskManager tasks = mock(MultiQueueTaskManager.class);
        notifier(new ConfluenceMailQueueOutbox(servers, queues(tasks))).personThanked(thanks("suzuki", "none", ""));
        ArgumentCaptor<Task> task = ArgumentCaptor.forClass(Task.class);
        verify(tasks).addTask(eq("mail"), task.capture());
        return task.getValue();
    }

    @Test
    public void confluenceSendsNothingWhileMailIsTurnedOff() throws Exception {
        MailServerManager servers = mock(MailServerManager.class);
        SMTPMailServer server = mock(SMTPMailServer.class);
        when(servers.getDefaultSMTPMailServer()).thenReturn(server);
        Task task = queuedInConfluence(servers);
        System.setProperty("atlassian.mail.senddisabled", "true");
        try {
            task.execute();
        } finally {
            System.clearProperty("atlassian.mail.senddisabled");
        }
        verify(server, never()).send(any());
        task.execute();
        verify(server).send(any());
    }

    @Test
    public void confluenceQueuesTheEmailForItsMailQueueWhichSendsThroughTheDefaultServer() throws Exception {
        MailServerManager servers = mock(MailServerManager.class);
        SMTPMailServer server = mock(SMTPMailServer.class);
        when(servers.getDefaultSMTPMailServer()).thenReturn(server);

        Task task = queuedInConfluence(servers);

        verify(server, never()).send(any());
        MailQueueItem item = (MailQueueItem) task;
        assertEquals("田中 美咲さんからサンクスが届きました", item.getSubject());
        assertEquals(0, item.getSendCount());
        task.execute();
        assertEquals(1, item.getSendCount());
        ArgumentCaptor<Email> email = ArgumentCaptor.forClass(Email.class);
        verify(server).send(email.capture());
        assertEquals("suzuki@example.com", email.getValue().getTo());
        assertEquals("田中 美咲さんからサンクスが届きました", email.getValue().getSubject());
    }

    @Test
    public void confluenceSendsNothingWithoutAnOutgoingServerAndAFailedSendStaysInTheQueue() throws Exception {
        MailServerManager servers = mock(MailServerManager.class);
        Task task = queuedInConfluence(servers);

        task.execute();

        SMTPMailServer failing = mock(SMTPMailServer.class);
        doThrow(new MailException("connection refused")).when(failing).send(any());
        when(servers.getDefaultSMTPMailServer()).thenReturn(failing);
        MailQueueItem item = (MailQueueItem) task;
        try {
            task.execute();
        } catch (MailException e) {
            assertEquals("the failure goes to the host's queue, never to the sender", "connection refused",
                    e.getMessage());
            assertTrue("the queue sees the failed attempt", item.hasError());
            MailQueueItem fresh = (MailQueueItem) queuedInConfluence(servers);
            assertTrue("an item tried less often is sent first", fresh.compareTo(item) < 0);
            return;
        }
        throw new AssertionError("a failed send is reported to the queue");
    }
}
