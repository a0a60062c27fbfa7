package dev.kakehashi.knowledge.web;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.kakehashi.knowledge.KnowledgePages;
import dev.kakehashi.knowledge.KnowledgeService;
import dev.kakehashi.knowledge.LinkedRequest;
import dev.kakehashi.knowledge.LinkedRequests;
import dev.kakehashi.knowledge.PageDraft;
import dev.kakehashi.platform.web.LoginRedirect;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where Jira's "write the results page" leads ({@code /plugins/servlet/kakehashi/knowledge/share?request=KEY},
 * Confluence): the request as the reader may see it in Jira, and a choice of the spaces they may add pages to. Its
 * form opens Confluence's Create dialog on the results-and-learnings blueprint in the chosen space, with the request
 * passed on to the wizard.
 */
public class ShareResultServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/knowledge/share.vm";
    static final String RESOURCES = "dev.kakehashi.kakehashi:knowledge-resources";
    /** The results blueprint's complete module key, as the Create dialog's URL parameters name it. */
    static final String RESULTS_BLUEPRINT = "dev.kakehashi.kakehashi:results-blueprint";

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient TemplateRenderer renderer;
    private final transient KnowledgeService knowledge;
    private final transient LinkedRequests requests;
    private final transient I18nResolver i18n;
    private final transient LocaleResolver locales;
    private final transient PageBuilderService pageBuilder;
    private final transient ApplicationProperties application;

    public ShareResultServlet(UserManager userManager, LoginUriProvider loginUriProvider, TemplateRenderer renderer,
                              KnowledgeService knowledge, LinkedRequests requests, I18nResolver i18n,
                              LocaleResolver locales, PageBuilderService pageBuilder,
                              ApplicationProperties application) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.renderer = renderer;
        this.knowledge = knowledge;
        this.requests = requests;
        this.i18n = i18n;
        this.locales = locales;
        this.pageBuilder = pageBuilder;
        this.application = application;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey user = userManager.getRemoteUserKey();
        if (user == null) {
            LoginRedirect.toLogin(request, response, loginUriProvider);
            return;
        }
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        String key = PageDraft.requestKey(request.getParameter("request"));
        LinkedRequest linked = key == null ? null : requests.find(key).orElse(null);
        Locale locale = locales.getLocale() == null ? Locale.ENGLISH : locales.getLocale();
        List<KnowledgePages.SpaceRef> spaces = knowledge.spacesForNewPages(user.getStringValue());
        Map<String, Object> model = new HashMap<>();
        model.put("i18n", i18n);
        model.put("language", locale.getLanguage());
        model.put("requestKey", key == null ? "" : key);
        model.put("badRequest", request.getParameter("request") != null && key == null);
        model.put("linked", linked != null);
        model.put("requestSummary", linked != null ? linked.summary() : text(request.getParameter("title"), 255));
        model.put("requestUrl", linked != null ? linked.url() : key == null ? "" : requests.issueUrl(key).orElse(""));
        model.put("departments", linked != null ? linked.requestingDepartment() + "," + linked.partnerDepartment()
                : text(request.getParameter("departments"), 400));
        model.put("spaces", spaces);
        model.put("hasSpaces", !spaces.isEmpty());
        model.put("createUrl", application.getBaseUrl(UrlMode.RELATIVE) + "/dashboard.action");
        model.put("blueprintKey", RESULTS_BLUEPRINT);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, model, response.getWriter());
    }

    private static String text(String value, int max) {
        String text = value == null ? "" : value.strip();
        return text.length() > max ? text.substring(0, max) : text;
    }
}
