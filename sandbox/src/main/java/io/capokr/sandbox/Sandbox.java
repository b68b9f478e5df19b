package io.capokr.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import io.capokr.aokit.Database;
import io.capokr.aokit.LocalActiveObjects;
import io.capokr.aokit.StatementLog;
import io.capokr.aokit.Upgrades;
import io.capokr.sandbox.host.BundleMessages;
import io.capokr.sandbox.host.IssueSyncEvents;
import io.capokr.sandbox.host.RequestContext;
import io.capokr.sandbox.host.SampleTracker;
import io.capokr.sandbox.host.SandboxAccess;
import io.capokr.sandbox.host.SandboxClock;
import io.capokr.sandbox.host.SandboxIssueDirectory;
import io.capokr.sandbox.host.SandboxProjects;
import io.capokr.sandbox.host.SampleFields;
import io.capokr.sandbox.host.SandboxSettings;
import io.capokr.sandbox.host.DatabaseLocks;
import io.capokr.sandbox.host.SandboxScheduler;
import io.capokr.sandbox.host.SandboxUsers;
import io.capokr.sandbox.http.SandboxServer;
import io.capokr.aokit.wiring.PluginBeans;
import io.capokr.sandbox.plugin.PluginClasses;
import io.capokr.sandbox.plugin.PluginDescriptor;
import io.capokr.aokit.wiring.PluginWiring;
import io.capokr.aokit.wiring.SpringBeansXml;
import io.capokr.sandbox.rest.RestApplication;
import io.capokr.sandbox.rest.SampleSearch;
import io.capokr.sandbox.rest.SandboxRestApplication;
import io.capokr.sandbox.velocity.MethodAllowlist;
import io.capokr.sandbox.velocity.VelocityRenderer;
import io.capokr.rest.ErrorResponses;
import io.capokr.jira.NightlyReconcile;
import io.capokr.service.IssueSync;
import io.capokr.service.KeyResultIssuesService;
import io.capokr.service.Reconcile;
import io.capokr.web.AdminPageContextFactory;
import io.capokr.web.CompanyPageContextFactory;
import io.capokr.web.ProjectPageContextFactory;
import net.java.ao.RawEntity;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * A running sandbox: the plugin's beans, wired from its own Spring XML onto the sandbox's host ports and a
 * real Active Objects, served over HTTP. Start one with {@link #start}; close it to stop the server and
 * release the database (an H2 file database can then be opened again, by this process or another).
 */
public final class Sandbox implements AutoCloseable {

    /** The sandbox's own texts (login page, page frame), apart from the plugin's bundle. */
    static final String SANDBOX_BUNDLE = "sandbox-i18n.sandbox";
    /** The plugin's clock in its Spring XML, which the sandbox replaces with a {@link SandboxClock}. */
    static final String CLOCK_BEAN = "clock";

    private final Database database;
    private final PluginBeans beans;
    private final SampleTracker tracker;
    private final RequestContext requests;
    private final SampleTracker.Subscription issueEvents;
    private final ScheduledWork scheduled;
    private final SandboxServer server;

    private Sandbox(Database database, PluginBeans beans, SampleTracker tracker, RequestContext requests,
                    SampleTracker.Subscription issueEvents, ScheduledWork scheduled, SandboxServer server) {
        this.database = database;
        this.beans = beans;
        this.tracker = tracker;
        this.requests = requests;
        this.issueEvents = issueEvents;
        this.scheduled = scheduled;
        this.server = server;
    }

    /**
     * The app's nightly job on the sandbox's scheduler: what Jira does with the XML's {@code nightlyReconcile} bean
     * (the wiring skips it, as Jira's part) when it enables the app.
     */
    private record ScheduledWork(SandboxScheduler scheduler, NightlyReconcile nightly) implements AutoCloseable {

        static ScheduledWork start(Database database, String node, PluginBeans beans) {
            SandboxScheduler scheduler = new SandboxScheduler(database.independentConnections(), node);
            NightlyReconcile nightly = new NightlyReconcile(scheduler, beans.bean(Reconcile.class));
            nightly.start();
            return new ScheduledWork(scheduler, nightly);
        }

        @Override
        public void close() {
            try {
                nightly.stop();
            } finally {
                scheduler.close();
            }
        }
    }

    public static Sandbox start(SandboxOptions options) throws Exception {
        ClassLoader loader = Sandbox.class.getClassLoader();
        PluginDescriptor descriptor = PluginDescriptor.load(loader);
        Database database = openDatabase(options, descriptor.aoNamespace());
        PluginBeans beans = null;
        SampleTracker.Subscription issueEvents = null;
        ScheduledWork scheduled = null;
        try {
            LocalActiveObjects activeObjects = new LocalActiveObjects(database.entityManager());
            // As Jira's AO plugin does on enabling the app: upgrade tasks first, then the live entities.
            new Upgrades(activeObjects).run(upgradeTasks(descriptor, loader), entities(descriptor, loader));

            RequestContext requests = new RequestContext();
            SampleTracker tracker = new SampleTracker();
            tracker.addLoadProjects(options.load().projects(), options.load().issuesPerProject());
            BundleMessages pluginTexts = new BundleMessages(descriptor.i18nBundle(), loader, requests);
            BundleMessages sandboxTexts = new BundleMessages(SANDBOX_BUNDLE, loader, requests);
            SandboxAccess access = new SandboxAccess(tracker, requests);
            // The XML's SystemClock, but one the sample data can set back in time while it writes its history.
            SandboxClock clock = new SandboxClock();
            SandboxSettings settings = new SandboxSettings(database.entityManager());
            SampleFields fields = new SampleFields(settings);

            beans = new PluginWiring(loader,
                    List.of(access, new SandboxProjects(tracker), new SandboxIssueDirectory(tracker, fields),
                            new SandboxUsers(tracker), new DatabaseLocks(database.independentConnections(), options.node()),
                            pluginTexts, settings, fields),
                    Map.of(ActiveObjects.class.getName(), activeObjects))
                    .replacing(CLOCK_BEAN, clock)
                    .wire(SpringBeansXml.load(loader));
            // What the plugin's Jira issue event listener does on registering: the plugin's IssueSync hears of
            // every issue change from now on. The tracker is in memory and starts as defined on each start, so it
            // first republishes its issues: links kept in the database then follow it (a restart forgets moves).
            issueEvents = tracker.subscribe(new IssueSyncEvents(beans.bean(IssueSync.class), fields));
            tracker.republishAll();
            SampleData.seedIfEmpty(new SampleData.Services(beans, tracker, requests, clock));
            scheduled = ScheduledWork.start(database, options.node(), beans);

            PluginClasses pluginClasses = new PluginClasses(descriptor.url(), loader);
            List<Class<?>> restClasses = new ArrayList<>();
            descriptor.rest().packages().forEach(name -> restClasses.addAll(pluginClasses.inPackage(name)));
            ResourceConfig rest = RestApplication.create(restClasses, beans.ownBeans(), access, sandboxTexts);
            SampleSearch search = new SampleSearch(tracker, sandboxTexts, beans.bean(KeyResultIssuesService.class),
                    beans.bean(ErrorResponses.class));
            ResourceConfig sandboxRest = SandboxRestApplication.create(tracker, access, sandboxTexts, search);
            VelocityRenderer renderer = new VelocityRenderer(new MethodAllowlist(descriptor.velocityAllowlist()));

            SandboxServer server = SandboxServer.start(new SandboxServer.Parts(options.host(), options.port(), rest,
                    sandboxRest, descriptor, beans.bean(ProjectPageContextFactory.class),
                    beans.bean(CompanyPageContextFactory.class), beans.bean(AdminPageContextFactory.class), renderer,
                    requests, tracker, search, access,
                    pluginTexts, sandboxTexts, beans.bean(ErrorResponses.class), loader));
            return new Sandbox(database, beans, tracker, requests, issueEvents, scheduled, server);
        } catch (Exception | Error e) {
            if (scheduled != null) {
                scheduled.close();
            }
            if (issueEvents != null) {
                issueEvents.close();
            }
            if (beans != null) {
                beans.close();
            }
            database.close();
            throw e;
        }
    }

    public int port() {
        return server.port();
    }

    /** Where a browser on this machine reaches it. */
    /** Starts recording the SQL statements the app runs, for the benchmark and tests that count them. */
    public StatementLog recordStatements() {
        return database.recordStatements();
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + port() + "/");
    }

    /** The plugin's beans, for tests that look behind the HTTP API. */
    public PluginBeans beans() {
        return beans;
    }

    /**
     * The database the plugin's tables live in, for tests that compare what was written and the benchmark's
     * hand-written floor query (read it, never write).
     */
    public Database database() {
        return database;
    }

    public SampleTracker tracker() {
        return tracker;
    }

    /** For code that calls the plugin's services directly, as a given user. */
    public RequestContext requests() {
        return requests;
    }

    /** The sandbox's stand-in for Atlassian Scheduler, for tests that make a job's time come. */
    public SandboxScheduler scheduler() {
        return scheduled.scheduler();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            try {
                scheduled.close();
                issueEvents.close();
                beans.close();
            } finally {
                database.close();
            }
        }
    }

    private static Database openDatabase(SandboxOptions options, String namespace) {
        String database = options.database();
        if (database == null || database.isBlank()) {
            try {
                Files.createDirectories(options.dataDirectory());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the data directory " + options.dataDirectory(), e);
            }
            return Database.h2File(options.dataDirectory(), namespace);
        }
        if (database.equals(SandboxOptions.IN_MEMORY)) {
            return Database.inMemory(namespace);
        }
        return Database.at(database, urlParameter(database, "user"), urlParameter(database, "password"), namespace);
    }

    /**
     * A credential written in a JDBC URL's query. AO's builder passes a user and password to the driver,
     * where they would override the URL's own, so they are read out and passed explicitly.
     */
    static String urlParameter(String jdbcUrl, String name) {
        int query = jdbcUrl.indexOf('?');
        if (query >= 0) {
            for (String pair : jdbcUrl.substring(query + 1).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).equals(name)) {
                    return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }

    @SuppressWarnings("unchecked")
    private static List<ActiveObjectsUpgradeTask> upgradeTasks(PluginDescriptor descriptor, ClassLoader loader) {
        List<ActiveObjectsUpgradeTask> tasks = new ArrayList<>();
        for (String name : descriptor.aoUpgradeTasks()) {
            try {
                tasks.add((ActiveObjectsUpgradeTask) Class.forName(name, true, loader).getConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException("AO upgrade task " + name + " named in " + PluginDescriptor.LOCATION
                        + " cannot be made (a public no-argument ActiveObjectsUpgradeTask is expected)", e);
            }
        }
        return tasks;
    }

    private static Class<? extends RawEntity<?>>[] entities(PluginDescriptor descriptor, ClassLoader loader) {
        List<Class<?>> entities = new ArrayList<>();
        for (String name : descriptor.aoEntities()) {
            try {
                Class<?> type = Class.forName(name, true, loader);
                if (!RawEntity.class.isAssignableFrom(type)) {
                    throw new IllegalStateException("AO entity " + name + " is not a net.java.ao.RawEntity");
                }
                entities.add(type);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("AO entity " + name + " named in " + PluginDescriptor.LOCATION + " is missing", e);
            }
        }
        return entities.toArray(new Class[0]);
    }
}
