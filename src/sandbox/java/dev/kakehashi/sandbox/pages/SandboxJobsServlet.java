package dev.kakehashi.sandbox.pages;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobId;
import dev.kakehashi.sandbox.directory.DemoUser;
import dev.kakehashi.sandbox.host.RequestContext;
import dev.kakehashi.sandbox.host.SandboxJobs;
import dev.kakehashi.sandbox.web.AtlTokens;
import dev.kakehashi.sandbox.web.HostChrome;
import dev.kakehashi.sandbox.web.Html;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /sandbox/jobs}, for administrators and only in the sandbox: the cluster's scheduled jobs with their next run,
 * and a button that runs one now, as the host's scheduler would when it is due (the sandbox has no thread that wakes
 * jobs on time). A run is a form post with the page's token.
 */
public final class SandboxJobsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient HostChrome chrome;
    private final transient SandboxJobs jobs;
    private final transient AtlTokens tokens = new AtlTokens();

    public SandboxJobsServlet(HostChrome chrome, SandboxJobs jobs) {
        this.chrome = chrome;
        this.jobs = jobs;
    }

    private Optional<DemoUser> admin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DemoUser user = HostPage.userOrLogin(chrome, request, response).orElse(null);
        if (user == null) {
            return Optional.empty();
        }
        if (!user.isMemberOf(chrome.product().adminGroup())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return Optional.empty();
        }
        return Optional.of(user);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DemoUser user = admin(request, response).orElse(null);
        if (user != null) {
            page(request, response, user, "");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DemoUser user = admin(request, response).orElse(null);
        if (user == null) {
            return;
        }
        if (!tokens.accepts(request, user)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        boolean ja = "ja".equals(RequestContext.currentLocale().getLanguage());
        String id = request.getParameter("job");
        Optional<JobRunnerResponse> run = id == null ? Optional.empty() : jobs.runNow(JobId.of(id));
        String outcome = run.map(r -> (r.sandboxSucceeded() ? (ja ? "実行しました: " : "Ran: ")
                : (ja ? "失敗しました: " : "Failed: ")) + (r.sandboxMessage() == null ? "" : r.sandboxMessage()))
                .orElse(ja ? "そのジョブはありません。" : "No such job.");
        page(request, response, user, outcome);
    }

    private void page(HttpServletRequest request, HttpServletResponse response, DemoUser user, String outcome)
            throws IOException {
        boolean ja = "ja".equals(RequestContext.currentLocale().getLanguage());
        String title = ja ? "スケジュールされたジョブ" : "Scheduled jobs";
        StringBuilder body = new StringBuilder("<h1>").append(title).append("</h1>\n<p>")
                .append(ja ? "サンドボックスにはジョブを時刻どおりに起こすスレッドがありません。ここから今すぐ実行できます（クラスタで 1 回）。"
                        : "The sandbox has no thread that wakes jobs on time; run one now here (once for the cluster).")
                .append("</p>\n");
        if (!outcome.isEmpty()) {
            body.append("<p id=\"sandbox-jobs-outcome\" role=\"status\" class=\"aui-message\">").append(Html.text(outcome))
                    .append("</p>\n");
        }
        body.append("<table class=\"aui\" id=\"sandbox-jobs\"><thead><tr><th>").append(ja ? "ジョブ" : "Job")
                .append("</th><th>").append(ja ? "次回の実行" : "Next run").append("</th><th></th></tr></thead><tbody>\n");
        for (JobId id : jobs.ids()) {
            body.append("<tr data-job=\"").append(Html.text(id.toString())).append("\"><td>").append(Html.text(id.toString()))
                    .append("</td><td>").append(Html.text(jobs.nextRun(id).map(Object::toString).orElse("")))
                    .append("</td><td><form method=\"post\" class=\"aui\">").append(tokens.hiddenField(user))
                    .append("<input type=\"hidden\" name=\"job\" value=\"").append(Html.text(id.toString()))
                    .append("\"><button type=\"submit\" class=\"aui-button\">").append(ja ? "今すぐ実行" : "Run now")
                    .append("</button></form></td></tr>\n");
        }
        body.append("</tbody></table>\n");
        HostPage.write(response, chrome.page(request, HostChrome.Decorator.ADMIN, title, "", body.toString()));
    }
}
