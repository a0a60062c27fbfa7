package dev.kakehashi.sandbox.pages;

import dev.kakehashi.sandbox.directory.DemoUser;
import dev.kakehashi.sandbox.host.ConfluenceDrafts;
import dev.kakehashi.sandbox.host.ConfluencePage;
import dev.kakehashi.sandbox.host.ConfluencePages;
import dev.kakehashi.sandbox.host.ConfluencePermissions;
import dev.kakehashi.sandbox.host.ConfluenceSpace;
import dev.kakehashi.sandbox.host.ConfluenceSpaces;
import dev.kakehashi.sandbox.host.HostServices;
import dev.kakehashi.sandbox.host.RequestContext;
import dev.kakehashi.sandbox.host.WebResources;
import dev.kakehashi.sandbox.plugin.PluginDescriptor;
import dev.kakehashi.sandbox.web.AtlTokens;
import dev.kakehashi.sandbox.web.HostChrome;
import dev.kakehashi.sandbox.web.HostText;
import dev.kakehashi.sandbox.web.Html;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sandbox's stand-in for Confluence's page editor: {@code /pages/editpage.action?pageId=N} and
 * {@code /pages/createpage.action?spaceKey=KEY} show a form with the title ({@code #content-title}) and the body in
 * storage format in a plain textarea ({@code #wysiwygTextarea}, where Confluence has its rich-text editor), an
 * Insert macro button ({@code #rte-button-insert-macro}) opening the {@link MacroBrowser} dialog, and a Save
 * button ({@code #rte-button-publish}) posting to {@code /pages/doeditpage.action} or
 * {@code /pages/docreatepage.action} with the page's {@code atl_token}; a save stores the next version and redirects
 * to the page view. The screen includes the plugin's web resources of the contexts {@code editor} and
 * {@code macro-browser}. Opening or saving needs view on the page (404 otherwise) and the space's "add page"
 * permission (403). A draft made from a blueprint ({@code /pages/resumedraft.action?draftId=N}, its creator only)
 * opens the same form; publishing it creates the page through {@link CreateContent#publish}. Not emulated: the
 * rich-text editor (placeholders show as storage format), saving a draft without publishing, collaborative
 * editing, the preview, page restrictions, choosing a parent, editing labels, and moving or deleting pages.
 */
public final class PageEditor {
    public static final String EDIT_PATH = "/pages/editpage.action";
    public static final String CREATE_PATH = "/pages/createpage.action";
    public static final String SAVE_EDIT_PATH = "/pages/doeditpage.action";
    public static final String SAVE_CREATE_PATH = "/pages/docreatepage.action";
    /** A draft made from a blueprint, opened by its creator; publishing it posts to {@link #SAVE_CREATE_PATH}. */
    public static final String RESUME_DRAFT_PATH = "/pages/resumedraft.action";
    /** The web-resource contexts the editor screen includes. */
    public static final List<String> CONTEXTS = List.of("editor", "macro-browser");

    private final HostChrome chrome;
    private final ConfluenceSpaces spaces;
    private final ConfluencePages pages;
    private final ConfluencePermissions permissions;
    private final MacroBrowser macroBrowser;
    private final PluginDescriptor descriptor;
    private final ConfluenceDrafts drafts;
    private final CreateContent createContent;
    private final AtlTokens tokens = new AtlTokens();

    public PageEditor(HostChrome chrome, HostServices services, MacroBrowser macroBrowser,
                      PluginDescriptor descriptor, CreateContent createContent) {
        this.chrome = chrome;
        this.spaces = services.spaces();
        this.pages = services.pages();
        this.permissions = services.pagePermissions();
        this.macroBrowser = macroBrowser;
        this.descriptor = descriptor;
        this.drafts = services.drafts();
        this.createContent = createContent;
    }

    /** The token the editor's form carries for this user. */
    public String token(DemoUser user) {
        return tokens.of(user);
    }

    /** What is being edited: a page, a new page in a space, or a draft made from a blueprint. */
    private record Target(ConfluenceSpace space, ConfluencePage page, ConfluenceDrafts.Draft draft) {
    }

    void doGet(HttpServletRequest request, HttpServletResponse response, DemoUser user) throws IOException {
        Optional<Target> target = target(request, response, user);
        if (target.isEmpty()) {
            return;
        }
        ConfluencePage page = target.get().page();
        ConfluenceDrafts.Draft draft = target.get().draft();
        if (draft != null) {
            form(request, response, user, target.get(), draft.title(), draft.storage(), 0, null);
        } else if (page == null) {
            form(request, response, user, target.get(), "", "", 0, null);
        } else {
            form(request, response, user, target.get(), page.getTitle(), page.storage(), page.version(), null);
        }
    }

    void doPost(HttpServletRequest request, HttpServletResponse response, DemoUser user) throws IOException {
        if (!tokens.accepts(request, user)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "XSRF check failed");
            return;
        }
        Optional<Target> target = target(request, response, user);
        if (target.isEmpty()) {
            return;
        }
        Locale locale = RequestContext.currentLocale();
        String title = request.getParameter("title");
        String content = request.getParameter("wysiwygContent");
        content = content == null ? "" : content.replace("\r\n", "\n");
        int version = parseVersion(request.getParameter("originalVersion"));
        Optional<String> problem = StorageFormatRenderer.problem(content);
        if (problem.isPresent()) {
            form(request, response, user, target.get(), title, content, version,
                    HostText.get(locale, "editor.error.storage") + " " + problem.get());
            return;
        }
        ConfluencePage saved;
        try {
            ConfluencePage page = target.get().page();
            ConfluenceDrafts.Draft draft = target.get().draft();
            saved = draft != null ? createContent.publish(draft, title, content, user)
                    : page == null ? pages.create(target.get().space().getKey(), title, content, user.key())
                    : pages.save(page.getId(), title, content, user.key(), version);
        } catch (ConfluencePages.PageRefused e) {
            form(request, response, user, target.get(), title, content, version,
                    HostText.get(locale, "editor.error." + e.reason()));
            return;
        }
        response.sendRedirect(request.getContextPath() + ConfluencePagesServlet.VIEW_PATH + "?pageId="
                + saved.getId());
    }

    private static int parseVersion(String value) {
        return value != null && value.strip().matches("[0-9]{1,9}") ? Integer.parseInt(value.strip()) : -1;
    }

    /** The page (view + add page) or space (view + add page) of the request, or empty after answering 404/403. */
    private Optional<Target> target(HttpServletRequest request, HttpServletResponse response, DemoUser user)
            throws IOException {
        boolean editing = request.getServletPath().equals(EDIT_PATH)
                || request.getServletPath().equals(SAVE_EDIT_PATH);
        Target target;
        String draftId = request.getParameter("draftId");
        if (editing) {
            String id = request.getParameter("pageId");
            ConfluencePage page = id == null || !id.strip().matches("[0-9]{1,18}") ? null
                    : pages.byId(Long.parseLong(id.strip())).filter(p -> permissions.canView(p, user)).orElse(null);
            target = page == null ? null : new Target(page.getSpace(), page, null);
        } else if (request.getServletPath().equals(RESUME_DRAFT_PATH) || draftId != null) {
            ConfluenceDrafts.Draft draft = draftId == null || !draftId.strip().matches("[0-9]{1,18}") ? null
                    : drafts.of(Long.parseLong(draftId.strip()), user.key()).orElse(null);
            target = draft == null ? null : spaces.byKey(draft.spaceKey())
                    .filter(s -> permissions.canViewSpace(s.demo(), user)).map(s -> new Target(s, null, draft))
                    .orElse(null);
        } else {
            target = spaces.byKey(request.getParameter("spaceKey"))
                    .filter(s -> permissions.canViewSpace(s.demo(), user)).map(s -> new Target(s, null, null))
                    .orElse(null);
        }
        if (target == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND,
                    dev.kakehashi.sandbox.web.HostText.get(dev.kakehashi.sandbox.host.RequestContext.currentLocale(),
                            "error.notVisible"));
            return Optional.empty();
        }
        if (!permissions.canAddPage(target.space().demo(), user)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN,
                    HostText.get(RequestContext.currentLocale(), "editor.forbidden"));
            return Optional.empty();
        }
        return Optional.of(target);
    }

    private void form(HttpServletRequest request, HttpServletResponse response, DemoUser user, Target target,
                      String title, String content, int version, String error) throws IOException {
        Locale locale = RequestContext.currentLocale();
        String context = request.getContextPath();
        ConfluencePage page = target.page();
        request.setAttribute(HostChrome.SPACE_KEY_ATTRIBUTE, target.space().getKey());
        RequestContext.current().ifPresent(c -> {
            for (String key : requiredResources()) {
                if (!c.requiredResources().contains(key)) {
                    c.requiredResources().add(key);
                }
            }
        });
        String heading = HostText.get(locale, page == null ? "editor.creating" : "editor.editing");
        StringBuilder body = new StringBuilder("<div class=\"sandbox-editor\" id=\"editor-")
                .append(page == null ? "create" : "edit").append("\" data-space-key=\"")
                .append(Html.text(target.space().getKey())).append("\"")
                .append(page == null ? "" : " data-page-id=\"" + page.getId() + "\"")
                .append(target.draft() == null ? "" : " data-draft-id=\"" + target.draft().id() + "\"").append(">\n<h1>")
                .append(heading).append("</h1>\n<p class=\"page-metadata\">")
                .append(HostText.get(locale, "editor.space")).append(": <span id=\"editor-space-name\">")
                .append(Html.text(target.space().getName())).append("</span></p>\n");
        if (error != null) {
            body.append("<div class=\"aui-message aui-message-error\" id=\"editor-errors\">").append(Html.text(error))
                    .append("</div>\n");
        }
        String action = context + (page == null ? SAVE_CREATE_PATH : SAVE_EDIT_PATH);
        body.append("<form class=\"aui top-label\" id=\"").append(page == null ? "createpageform" : "editpageform")
                .append("\" name=\"").append(page == null ? "createpageform" : "editpageform")
                .append("\" method=\"post\" action=\"").append(Html.text(action)).append("\">\n")
                .append(tokens.hiddenField(user));
        if (target.draft() != null) {
            body.append("<input type=\"hidden\" name=\"draftId\" value=\"").append(target.draft().id())
                    .append("\">");
        } else if (page == null) {
            body.append("<input type=\"hidden\" name=\"spaceKey\" value=\"")
                    .append(Html.text(target.space().getKey())).append("\">");
        } else {
            body.append("<input type=\"hidden\" name=\"pageId\" value=\"").append(page.getId()).append("\">")
                    .append("<input type=\"hidden\" name=\"originalVersion\" value=\"").append(version).append("\">");
        }
        body.append("\n<div class=\"field-group\"><label for=\"content-title\">")
                .append(HostText.get(locale, "editor.title")).append("</label><input class=\"text long-field\" ")
                .append("type=\"text\" id=\"content-title\" name=\"title\" maxlength=\"")
                .append(ConfluencePages.TITLE_MAX).append("\" value=\"").append(Html.text(title)).append("\"></div>\n")
                .append("<div class=\"sandbox-editor-toolbar\" id=\"rte-toolbar\"><button type=\"button\" ")
                .append("class=\"aui-button\" id=\"rte-button-insert-macro\" aria-haspopup=\"dialog\" ")
                .append("aria-controls=\"").append(MacroBrowser.DIALOG_ID).append("\">")
                .append(HostText.get(locale, "editor.insertMacro")).append("</button></div>\n")
                .append("<div class=\"field-group\"><label for=\"wysiwygTextarea\">")
                .append(HostText.get(locale, "editor.content")).append("</label>")
                .append("<textarea id=\"wysiwygTextarea\" name=\"wysiwygContent\" class=\"textarea sandbox-storage\" ")
                .append("rows=\"24\" spellcheck=\"false\">").append(Html.text(content)).append("</textarea>")
                .append("<div class=\"description\">").append(HostText.get(locale, "editor.hint"))
                .append("</div></div>\n<div class=\"buttons-container\"><button type=\"submit\" ")
                .append("class=\"aui-button aui-button-primary\" id=\"rte-button-publish\">")
                .append(HostText.get(locale, page == null ? "editor.publish" : "editor.save")).append("</button> ")
                .append("<a class=\"aui-button aui-button-link\" id=\"rte-button-cancel\" href=\"")
                .append(Html.text(page == null ? context + "/display/"
                        + StorageFormatRenderer.encode(target.space().getKey())
                        : context + ConfluencePagesServlet.VIEW_PATH + "?pageId=" + page.getId()))
                .append("\">").append(HostText.get(locale, "editor.cancel")).append("</a></div>\n</form>\n</div>\n")
                .append(macroBrowser.dialogHtml(locale));
        HostPage.write(response, chrome.page(request, HostChrome.Decorator.GENERAL,
                heading + (page == null ? "" : " - " + Html.text(page.getTitle())), "", body.toString()));
    }

    /** The host's macro browser script, then the plugin's web resources of the editor contexts. */
    List<String> requiredResources() {
        List<String> keys = new java.util.ArrayList<>();
        keys.add(WebResources.MACRO_BROWSER);
        keys.addAll(WebResources.inContexts(descriptor, CONTEXTS));
        return keys;
    }
}
