package dev.kakehashi.sandbox.web;

import dev.kakehashi.sandbox.Product;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.host.HostServices;
import dev.kakehashi.sandbox.jql.IssueSearch;
import dev.kakehashi.sandbox.jql.JqlFunctions;
import dev.kakehashi.sandbox.host.SandboxApplicationLinks;
import dev.kakehashi.sandbox.pages.ApplinkAuthoriseServlet;
import dev.kakehashi.sandbox.pages.ConfluencePagesServlet;
import dev.kakehashi.sandbox.pages.CreateContent;
import dev.kakehashi.sandbox.pages.CreateDialogRestServlet;
import dev.kakehashi.sandbox.pages.JiraPagesServlet;
import dev.kakehashi.sandbox.pages.MacroBrowser;
import dev.kakehashi.sandbox.pages.MacroModules;
import dev.kakehashi.sandbox.pages.MailOutboxServlet;
import dev.kakehashi.sandbox.pages.PageEditor;
import dev.kakehashi.sandbox.pages.WebPanels;
import dev.kakehashi.sandbox.plugin.EnabledPlugin;
import dev.kakehashi.sandbox.plugin.PluginDescriptor.RestModule;
import dev.kakehashi.sandbox.plugin.PluginDescriptor.ServletModule;
import dev.kakehashi.sandbox.plugin.PluginDescriptor;
import dev.kakehashi.sandbox.rest.RestModuleServlet;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Servlet;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.servlet.ServletMapping;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * One product's web site on Jetty: the host's pages, login and helpers, then the plugin's REST modules and servlets
 * as the descriptor declares them.
 */
public final class ProductSite {
    private final Server server;
    private final ServerConnector connector;
    private final Product product;
    private final CreateContent createContent;

    private ProductSite(Server server, ServerConnector connector, Product product, CreateContent createContent) {
        this.server = server;
        this.connector = connector;
        this.product = product;
        this.createContent = createContent;
    }

    /** Confluence's blueprints (null in Jira). */
    public CreateContent createContent() {
        return createContent;
    }

    /** Builds and starts the site; port 0 picks a free port. */
    public static ProductSite start(Product product, int port, PluginDescriptor descriptor, DemoDirectory directory,
                                    HostServices services, EnabledPlugin plugin, ClassLoader loader)
            throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("sandbox-" + product.key());
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("localhost");
        connector.setPort(port);
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath(product.contextPath());
        context.setClassLoader(loader);
        AdminMenu adminMenu = new AdminMenu(product, descriptor, services.i18n());
        HostChrome chrome = new HostChrome(product, descriptor, adminMenu);
        ErrorPageErrorHandler errors = new ErrorPageErrorHandler();
        errors.addErrorPage(400, 599, "/sandbox/error");
        context.setErrorHandler(errors);

        context.addFilter(new FilterHolder(new AuthFilter(directory)), "/*",
                EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
        context.addFilter(new FilterHolder(new DecoratorFilter(chrome)), "/plugins/servlet/*",
                EnumSet.of(DispatcherType.REQUEST));

        add(context, new ErrorServlet(chrome), "/sandbox/error");
        add(context, new LoginServlet(directory, chrome), product.loginPath());
        add(context, new LogoutServlet(product), "/logout");
        add(context, new LanguageServlet(product), "/sandbox/lang");
        add(context, new WebSudoServlet(directory, chrome), "/sandbox/websudo");
        add(context, new AvatarServlet(directory), "/sandbox/avatar/*");
        add(context, new UserSearchServlet(product, directory), product == Product.JIRA
                ? new String[] {UserSearchServlet.JIRA_PATH} : UserSearchServlet.CONFLUENCE_PATHS);
        add(context, new DownloadServlet(descriptor, loader, services.i18n()), "/download/resources/*");
        add(context, new ApplinkAuthoriseServlet(chrome, services.applicationLinks()),
                SandboxApplicationLinks.AUTHORISE_PATH);
        add(context, new MailOutboxServlet(chrome, services.mailOutbox()), "/sandbox/mail");
        add(context, new dev.kakehashi.sandbox.pages.SandboxJobsServlet(chrome, services.scheduler().jobs()),
                "/sandbox/jobs");
        CreateContent createContent = null;
        WebPanels panels = new WebPanels(descriptor, plugin::autowire, services.renderer(), services.i18n(),
                product == Product.JIRA ? WebPanels.Frame.JIRA_MODULE : WebPanels.Frame.BARE);
        if (product == Product.JIRA) {
            IssueSearch search = new IssueSearch(services.jira(), new JqlFunctions(descriptor, plugin::autowire),
                    services.issueProperties());
            Servlet pages = new JiraPagesServlet(chrome, services, panels, adminMenu, search);
            add(context, pages, "", "/secure/Dashboard.jspa", "/secure/admin", "/secure/admin/*", "/browse/*",
                    "/issues/*", JiraPagesServlet.RESOLVE_PATH, JiraPagesServlet.ISSUE_CONTENT_PATH, JiraPagesServlet.BOARD_PATH);
        } else {
            createContent = new CreateContent(descriptor, services, plugin::autowire, loader);
            PageEditor editor = new PageEditor(chrome, services,
                    new MacroBrowser(descriptor, services.i18n(), product.contextPath()), descriptor, createContent);
            Servlet pages = new ConfluencePagesServlet(chrome, services,
                    new MacroModules(descriptor, plugin::autowire), panels, adminMenu, editor);
            add(context, pages, "", "/display/*", ConfluencePagesServlet.VIEW_PATH, ConfluencePagesServlet.SPACES_PATH,
                    ConfluencePagesServlet.DASHBOARD_PATH, ConfluencePagesServlet.LABEL_PATH + "/*",
                    PageEditor.EDIT_PATH, PageEditor.CREATE_PATH, PageEditor.RESUME_DRAFT_PATH,
                    PageEditor.SAVE_EDIT_PATH, PageEditor.SAVE_CREATE_PATH, "/admin/console.action");
            add(context, new CreateDialogRestServlet(createContent), CreateDialogRestServlet.BASE + "/*");
            chrome.createSpaces(user -> services.spaces().all().stream()
                    .filter(s -> services.pagePermissions().canAddPage(s.demo(), user))
                    .map(s -> new HostChrome.Space(s.getKey(), s.getName())).toList());
        }

        for (RestModule rest : descriptor.rest()) {
            add(context, RestModuleServlet.create(rest, plugin, loader, services.userManager()),
                    rest.basePath() + "/*");
        }
        for (ServletModule module : descriptor.servlets()) {
            Servlet servlet = (Servlet) plugin.autowire(module.className(), "<servlet key=\"" + module.key() + "\">");
            add(context, servlet, module.urlPatterns().stream()
                    .map(p -> "/plugins/servlet" + (p.startsWith("/") ? p : "/" + p)).toArray(String[]::new));
        }
        server.setHandler(context);
        server.setStopAtShutdown(false);
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw e;
        }
        return new ProductSite(server, connector, product, createContent);
    }

    /** One holder per servlet, so that a servlet with several url patterns is initialised once. */
    private static void add(ServletContextHandler context, Servlet servlet, String... paths) {
        ServletHolder holder = new ServletHolder(servlet);
        holder.setInitOrder(1);
        context.getServletHandler().addServlet(holder);
        ServletMapping mapping = new ServletMapping();
        mapping.setServletName(holder.getName());
        mapping.setPathSpecs(paths);
        context.getServletHandler().addServletMapping(mapping);
    }

    /** For example {@code http://localhost:2990/jira}. */
    public String baseUrl() {
        return "http://localhost:" + connector.getLocalPort() + product.contextPath();
    }

    public void stop() throws Exception {
        server.stop();
    }
}
