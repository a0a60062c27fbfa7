package dev.kakehashi.sandbox.pages;

import dev.kakehashi.sandbox.directory.DemoUser;
import dev.kakehashi.sandbox.host.MailOutbox;
import dev.kakehashi.sandbox.host.RequestContext;
import dev.kakehashi.sandbox.web.HostChrome;
import dev.kakehashi.sandbox.web.Html;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * {@code /sandbox/mail}, for administrators: the emails the product would have sent, newest first, so that people
 * trying the sandbox see its notifications. Everything shown is escaped: bodies hold what users typed.
 */
public final class MailOutboxServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient HostChrome chrome;
    private final transient MailOutbox outbox;

    public MailOutboxServlet(HostChrome chrome, MailOutbox outbox) {
        this.chrome = chrome;
        this.outbox = outbox;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DemoUser user = HostPage.userOrLogin(chrome, request, response).orElse(null);
        if (user == null) {
            return;
        }
        if (!user.isMemberOf(chrome.product().adminGroup())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        boolean ja = "ja".equals(RequestContext.currentLocale().getLanguage());
        String title = ja ? "送信されたメール" : "Sent email";
        StringBuilder body = new StringBuilder("<h1>").append(title).append("</h1>\n<p>")
                .append(ja ? "サンドボックスにはメールサーバーがありません。製品が送るはずのメールをここに表示します（新しい順）。"
                        : "The sandbox has no mail server; this is the email the product would have sent, newest first.")
                .append("</p>\n");
        List<MailOutbox.SentMail> sent = outbox.sent();
        if (sent.isEmpty()) {
            body.append("<p id=\"sandbox-mail-empty\">").append(ja ? "まだメールはありません。" : "No email yet.")
                    .append("</p>\n");
        }
        body.append("<ol class=\"sandbox-mail\" reversed>\n");
        for (int i = sent.size() - 1; i >= 0; i--) {
            MailOutbox.SentMail mail = sent.get(i);
            body.append("<li class=\"sandbox-mail-item\">\n<dl>\n")
                    .append(row(ja ? "宛先" : "To", "sandbox-mail-to", mail.to()))
                    .append(row(ja ? "件名" : "Subject", "sandbox-mail-subject", mail.subject()))
                    .append(row(ja ? "送信日時" : "Sent", "sandbox-mail-sent", mail.sentAt().toString()))
                    .append("</dl>\n<pre class=\"sandbox-mail-body\">").append(Html.text(mail.body()))
                    .append("</pre>\n</li>\n");
        }
        body.append("</ol>\n");
        HostPage.write(response, chrome.page(request, HostChrome.Decorator.ADMIN, title, "", body.toString()));
    }

    private static String row(String label, String className, String value) {
        return "<dt>" + label + "</dt><dd class=\"" + className + "\">" + Html.text(value) + "</dd>\n";
    }
}
