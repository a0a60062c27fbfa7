package dev.kakehashi.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.sandbox.ao.AoDatabase;
import dev.kakehashi.sandbox.ao.AoUpgrades;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.sandbox.ao.PooledDataSource;
import dev.kakehashi.sandbox.demo.DemoCollaboration;
import dev.kakehashi.sandbox.demo.DemoData;
import dev.kakehashi.sandbox.demo.DemoGoals;
import dev.kakehashi.sandbox.demo.DemoKnowledge;
import dev.kakehashi.sandbox.demo.DemoProfiles;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import dev.kakehashi.sandbox.host.HostServices;
import dev.kakehashi.sandbox.host.SandboxCluster;
import dev.kakehashi.sandbox.host.WebResources;
import dev.kakehashi.sandbox.plugin.EnabledPlugin;
import dev.kakehashi.sandbox.plugin.PluginDescriptor;
import dev.kakehashi.sandbox.web.ProductSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;

/**
 * One product (Jira or Confluence) running the plugin: its own HSQLDB file database under {@code <home>/<product>/}
 * (also holding the sandbox product's own {@code SANDBOX_} tables: Jira's issues, Confluence's pages), the plugin's
 * components from its index files, SAL's lifecycle calls, demo data, and its web site on localhost. Or one node of a
 * {@link SandboxCluster}: the cluster's database, locks and caches.
 *
 * <p>Disabling and enabling the plugin, or uninstalling and installing it again, is a stop ({@link #close()}: the
 * plugin's {@code onStop}, its context closes) and a start on the same database: as in the host, the plugin's tables
 * stay, and the start initialises AO again (upgrade tasks newer than the stored model version, then the entities) and
 * calls {@code onStart}.
 */
public final class SandboxHost implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SandboxHost.class.getName());

    private final Product product;
    private final PluginDescriptor descriptor;
    private final EntityManager entityManager;
    private final PooledDataSource hostDataSource;
    private final HostServices services;
    private final EnabledPlugin plugin;
    private final ProductSite site;
    private final SandboxCluster cluster;

    private SandboxHost(Product product, PluginDescriptor descriptor, EntityManager entityManager,
                        PooledDataSource hostDataSource, HostServices services, EnabledPlugin plugin,
                        ProductSite site, SandboxCluster cluster) {
        this.cluster = cluster;
        this.product = product;
        this.descriptor = descriptor;
        this.entityManager = entityManager;
        this.hostDataSource = hostDataSource;
        this.services = services;
        this.plugin = plugin;
        this.site = site;
    }

    /**
     * Starts a product; the database is created on first start and kept between starts.
     *
     * @param port the HTTP port, 0 for any free port
     */
    public static SandboxHost start(Product product, Path home, int port) {
        String url = databaseUrl(product, home);
        return start(product, url, "SA", "", port, null);
    }

    /**
     * Starts one node of a cluster: the cluster's database, its locks, and caches that hear the other nodes' resets.
     * As the host does, a node initialises the plugin's tables (upgrade tasks, then the entities) under a cluster lock
     * named after the plugin; the sandbox adds its demo data under the same lock.
     *
     * @param port the HTTP port, 0 for any free port
     */
    public static SandboxHost start(Product product, SandboxCluster cluster, int port) {
        return start(product, cluster.url(), cluster.user(), cluster.password(), port, cluster);
    }

    private static SandboxHost start(Product product, String url, String user, String password, int port,
                                     SandboxCluster cluster) {
        ClassLoader loader = SandboxHost.class.getClassLoader();
        PluginDescriptor descriptor = PluginDescriptor.load(loader, product);
        DemoDirectory directory = DemoDirectory.of(product);
        String namespace = descriptor.ao().isEmpty() ? descriptor.pluginKey() : descriptor.ao().get(0).namespace();
        EntityManager entityManager = AoDatabase.open(url, user, password, namespace);
        PooledDataSource hostDataSource = new PooledDataSource(url, user, password);
        EnabledPlugin plugin = null;
        HostServices services = null;
        int listenPort = port == 0 ? freePort() : port;
        Lock initialisation = cluster == null ? new ReentrantLock()
                : cluster.locks().getLockForName("ao-initialisation:" + descriptor.pluginKey());
        try {
            ActiveObjects ao = new EntityManagerActiveObjects(entityManager);
            initialisation.lock();
            try {
                migrate(ao, descriptor, loader,
                        AoUpgrades.inDatabase(hostDataSource, AoDatabase.tablePrefix(namespace)));
                WebResources.check(descriptor, loader);
                services = new HostServices(product, descriptor, directory, ao, hostDataSource, loader, cluster);
                // the demo data mails people before the site listens: its links must name the port it will listen on
                services.applicationProperties().baseUrl("http://localhost:" + listenPort + product.contextPath());
                plugin = EnabledPlugin.start(loader, product, services.byInterface());
                if (DemoData.createIfEmpty(plugin)) {
                    LOG.info(product.displayName() + ": demo departments and company values created");
                }
            } finally {
                initialisation.unlock();
            }
            if (cluster != null) {
                cluster.beforeLifecycle();
            }
            plugin.startLifecycle();
            initialisation.lock();
            try {
                if (product == Product.JIRA && DemoCollaboration.createIfEmpty(plugin, services)) {
                    LOG.info(product.displayName() + ": demo collaboration requests created");
                }
                if (product == Product.CONFLUENCE && DemoGoals.createIfEmpty(plugin, services)) {
                    LOG.info(product.displayName() + ": demo shared goals and their pages created");
                }
            } finally {
                initialisation.unlock();
            }
            ProductSite site = ProductSite.start(product, listenPort, descriptor, directory, services, plugin, loader);
            services.applicationProperties().baseUrl(site.baseUrl());
            return new SandboxHost(product, descriptor, entityManager, hostDataSource, services, plugin, site, cluster);
        } catch (Exception | Error e) {
            if (plugin != null) {
                plugin.close();
            }
            if (cluster != null && services != null) {
                cluster.leave(services.cacheManager());
                cluster.jobs().leave(services.scheduler());
            }
            entityManager.getProvider().dispose();
            hostDataSource.dispose();
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("Cannot start the " + product.displayName() + " sandbox: " + e, e);
        }
    }

    /** A port no one listens on now, chosen before the site starts so that what is made before it can link to it. */
    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getByName("localhost"))) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The product's HSQLDB file database under the sandbox home, created on first start (user SA, no password). */
    public static String databaseUrl(Product product, Path home) {
        Path directory = home.resolve(product.key()).toAbsolutePath();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "jdbc:hsqldb:file:" + directory.resolve("db") + ";shutdown=true;hsqldb.write_delay=false";
    }

    @SuppressWarnings("unchecked")
    /** As the host's AO plugin: the upgrade tasks first, then every entity of the module is migrated. */
    private static void migrate(ActiveObjects ao, PluginDescriptor descriptor, ClassLoader loader,
                                AoUpgrades.VersionStore versions) {
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
        for (PluginDescriptor.AoModule module : descriptor.ao()) {
            AoUpgrades.run(ao, versions, AoUpgrades.instantiate(module.upgradeTasks(), loader));
            for (String name : module.entities()) {
                Class<?> type;
                try {
                    type = Class.forName(name, true, loader);
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("<ao> names the entity " + name + ", which cannot be loaded", e);
                }
                if (!RawEntity.class.isAssignableFrom(type) || !type.isInterface()) {
                    throw new IllegalStateException("<ao> entity " + name + " is not an interface extending RawEntity");
                }
                entities.add((Class<? extends RawEntity<?>>) type);
            }
        }
        if (!entities.isEmpty()) {
            ao.migrate(entities.toArray(new Class[0]));
        }
    }

    /**
     * The rows of each table of the descriptor's {@code <ao>} entities, by the table's name as the host names it
     * ({@code AO_112619_THANKS}), in the descriptor's order.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Map<String, Long> rowsPerTable() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (PluginDescriptor.AoModule module : descriptor.ao()) {
            for (String name : module.entities()) {
                try {
                    Class type = Class.forName(name, true, SandboxHost.class.getClassLoader());
                    rows.put(entityManager.getTableNameConverter().getName(type), (long) entityManager.count(type));
                } catch (ClassNotFoundException | SQLException e) {
                    throw new IllegalStateException("Cannot count the rows of " + name + ": " + e, e);
                }
            }
        }
        return rows;
    }

    public Product product() {
        return product;
    }

    /** For example {@code http://localhost:40123/jira}, without a trailing slash. */
    public String baseUrl() {
        return site.baseUrl();
    }

    /** A component of the plugin (or an imported host service), as the plugin's context holds it. */
    public <T> T bean(Class<T> type) {
        return plugin.bean(type);
    }

    public PluginDescriptor descriptor() {
        return descriptor;
    }

    /** The host services this product offers the plugin (the sandbox's own objects behind them). */
    public HostServices services() {
        return services;
    }

    /** Confluence's blueprints, as its Create dialog uses them (null in Jira). */
    public dev.kakehashi.sandbox.pages.CreateContent createContent() {
        return site.createContent();
    }

    /** Builds a module class the way the host does, from the plugin's context. */
    public <T> T autowire(Class<T> type) {
        return plugin.autowire(type);
    }

    /**
     * Links Jira and Confluence to each other (each one's primary application link to the other), as an admin does
     * once both run, then adds the demo data that needs both (a results page about a Jira request, the page of department profiles
     * whose buttons lead to Jira).
     */
    public static void link(SandboxHost jira, SandboxHost confluence) {
        if (jira.product != Product.JIRA || confluence.product != Product.CONFLUENCE) {
            throw new IllegalArgumentException("link(jira, confluence)");
        }
        jira.services.applicationLinks().linkTo(Product.CONFLUENCE, confluence.baseUrl(), jira.baseUrl());
        confluence.services.applicationLinks().linkTo(Product.JIRA, jira.baseUrl(), confluence.baseUrl());
        if (DemoKnowledge.createIfEmpty(confluence.site.createContent(), confluence.plugin, confluence.services)) {
            LOG.info("Confluence: demo knowledge pages created");
            DemoProfiles.page(confluence.services);
            DemoKnowledge.createStory(confluence.site.createContent(), confluence.plugin, confluence.services);
        }
        dev.kakehashi.goals.GoalStore goals = confluence.plugin.bean(dev.kakehashi.goals.GoalStore.class);
        int named = DemoCollaboration.nameGoals(jira.plugin, jira.services, title -> goals.titled(title,
                confluence.services.spaces().all().stream().map(s -> s.getKey()).toList(), 5).stream().filter(g -> g.title().equals(title))
                .map(dev.kakehashi.goals.GoalStore.Titled::id).findFirst());
        if (named > 0) {
            LOG.info("Jira: " + named + " demo requests name the demo goal they serve");
        }
    }

    /** Stops the web site, the plugin and the database, which is written to disk. */
    @Override
    public void close() {
        try {
            site.stop();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Stopping the " + product.displayName() + " web site failed", e);
        }
        plugin.close();
        if (cluster != null) {
            cluster.leave(services.cacheManager());
            cluster.jobs().leave(services.scheduler());
        }
        entityManager.getProvider().dispose();
        hostDataSource.dispose();
    }
}
