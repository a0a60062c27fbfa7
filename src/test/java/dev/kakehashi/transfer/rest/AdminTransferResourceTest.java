package dev.kakehashi.transfer.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.testing.FakePeople;
import dev.kakehashi.transfer.TransferHome;
import dev.kakehashi.transfer.TransferService;
import dev.kakehashi.transfer.TransferStore;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.Test;

/**
 * Who may export and import: system administrators in a secure session only; an administrator who is not a system
 * administrator is refused (the sandbox cannot show this over HTTP: its administrators are all system administrators).
 */
public class AdminTransferResourceTest {
    private final FakePeople people = new FakePeople().with("sysadmin", "System admin")
            .with("jiraadmin", "Jira admin").with("tanaka", "田中").admin("sysadmin");
    private final UserManager users = mock(UserManager.class);
    private final WebSudoManager webSudo = mock(WebSudoManager.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);

    /** A store with no job yet; anything else would be a call the access check should have prevented. */
    private static TransferStore emptyStore() {
        return (TransferStore) Proxy.newProxyInstance(TransferStore.class.getClassLoader(),
                new Class<?>[] {TransferStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("latest")) {
                        return Optional.empty();
                    }
                    throw new AssertionError("called " + method.getName());
                });
    }

    private AdminTransferResource resource() {
        TransferHome home = new TransferHome() {
            @Override
            public Path folder() {
                return Path.of("unused");
            }

            @Override
            public String product() {
                return "jira";
            }
        };
        TransferService service = new TransferService(emptyStore(), home, null, Clock.systemUTC());
        return new AdminTransferResource(people, users, webSudo, service, mock(I18nResolver.class));
    }

    private void refused(Rejection.Reason reason) {
        try {
            resource().status(request);
            fail("not refused");
        } catch (Rejection refused) {
            assertEquals(reason, refused.reason());
        }
    }

    @Test
    public void aSystemAdministratorInASecureSessionSeesTheStatus() {
        people.loggedIn("sysadmin");
        when(users.isSystemAdmin(new UserKey(FakePeople.key("sysadmin")))).thenReturn(true);
        TransferStatusJson status = resource().status(request);
        assertEquals("jira", status.product());
        assertNull(status.job());
    }

    @Test
    public void anAdministratorWhoIsNotASystemAdministratorIsForbidden() {
        people.admin("jiraadmin").loggedIn("jiraadmin");
        when(users.isSystemAdmin(new UserKey(FakePeople.key("sysadmin")))).thenReturn(true);
        refused(Rejection.Reason.FORBIDDEN);
    }

    @Test
    public void anOrdinaryUserIsForbiddenAndAnonymousCallersMustLogIn() {
        people.loggedIn("tanaka");
        when(users.isSystemAdmin(any())).thenReturn(true);
        refused(Rejection.Reason.FORBIDDEN);
        people.loggedIn(null);
        refused(Rejection.Reason.UNAUTHENTICATED);
    }

    @Test
    public void aSystemAdministratorOutsideASecureSessionIsAskedToConfirm() throws Exception {
        people.loggedIn("sysadmin");
        when(users.isSystemAdmin(new UserKey(FakePeople.key("sysadmin")))).thenReturn(true);
        doThrow(new WebSudoSessionException("no")).when(webSudo).willExecuteWebSudoRequest(request);
        refused(Rejection.Reason.UNAUTHENTICATED);
    }
}
