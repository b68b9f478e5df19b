package io.capokr.sandbox.plugin;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.net.URL;
import java.util.List;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.capokr.aokit.wiring.PluginBeans;
import io.capokr.aokit.wiring.PluginWiring;
import io.capokr.aokit.wiring.SpringBeansXml;
import io.capokr.sandbox.host.BundleMessages;
import io.capokr.sandbox.host.RequestContext;
import io.capokr.sandbox.host.SampleTracker;
import io.capokr.sandbox.host.SandboxAccess;
import io.capokr.host.SystemClock;
import io.capokr.sandbox.host.SandboxIssueDirectory;
import io.capokr.sandbox.host.SandboxProjects;
import io.capokr.sandbox.host.DatabaseLocks;
import io.capokr.sandbox.host.SandboxUsers;
import io.capokr.service.IssueSync;
import io.capokr.service.CycleService;
import io.capokr.service.Guard;
import io.capokr.web.ProjectPageContextFactory;
import io.capokr.aokit.Database;
import org.junit.After;
import org.junit.Test;
import io.capokr.sandbox.host.InMemorySettings;
import io.capokr.sandbox.host.SampleFields;

/** The plugin's own Spring XML, wired with the sandbox's host ports in place of the Jira adapters. */
public class PluginWiringTest {

    private final ClassLoader loader = getClass().getClassLoader();
    private final RequestContext requests = new RequestContext();
    private final SampleTracker tracker = new SampleTracker();
    private final SandboxAccess access = new SandboxAccess(tracker, requests);
    private final SandboxProjects projects = new SandboxProjects(tracker);
    private final InMemorySettings settings = new InMemorySettings();
    private final SampleFields fields = new SampleFields(settings);
    private final SandboxIssueDirectory issueDirectory = new SandboxIssueDirectory(tracker, fields);
    private final SandboxUsers users = new SandboxUsers(tracker);
    private final Database database = Database.inMemory("io.capokr.jira");
    private final DatabaseLocks locks = new DatabaseLocks(database.independentConnections(), "node1");
    private final BundleMessages messages = new BundleMessages("i18n.capokr", loader, requests);
    /** Never called while wiring: constructors only keep their arguments. */
    private final ActiveObjects activeObjects = (ActiveObjects) Proxy.newProxyInstance(loader,
            new Class<?>[] {ActiveObjects.class}, (proxy, method, args) -> {
                throw new UnsupportedOperationException(method.getName());
            });
    private final PluginWiring wiring = new PluginWiring(loader, List.of(access, projects, issueDirectory, users, locks, messages,
            settings, fields),
            Map.of(ActiveObjects.class.getName(), activeObjects));

    @After
    public void closeDatabase() {
        database.close();
    }

    @Test
    public void thePluginsXmlIsWiredWithSandboxStandInsForEveryJiraAdapter() {
        SpringBeansXml xml = SpringBeansXml.load(loader);
        PluginBeans beans = wiring.wire(xml);

        assertSame(access, beans.byId("access"));
        assertSame(projects, beans.byId("projects"));
        assertSame(messages, beans.byId("messages"));
        assertSame(settings, beans.byId("appSettings"));
        assertSame(fields, beans.byId("issueFields"));
        assertTrue("the nightly job is Jira's scheduler's part", beans.skipped().contains("nightlyReconcile"));
        assertTrue("the clock is no Jira adapter: the plugin's own is used", beans.byId("clock") instanceof SystemClock);
        beans.bean(CycleService.class);
        beans.bean(Guard.class);
        beans.bean(ProjectPageContextFactory.class);
        beans.bean(IssueSync.class);
        assertTrue("the plugin's issue event listener is Jira's part: the sample tracker plays it",
                beans.skipped().contains("issueEventListener"));
        assertTrue(xml.beans().stream().filter(definition -> beans.contains(definition.id()))
                .anyMatch(definition -> beans.byId(definition.id()) == issueDirectory));
        assertTrue(xml.beans().stream().filter(definition -> beans.contains(definition.id()))
                .anyMatch(definition -> beans.byId(definition.id()) == users));
        for (SpringBeansXml.BeanDefinition definition : xml.beans()) {
            if (beans.skipped().contains(definition.id())) {
                assertTrue(definition.id() + " is skipped only as an io.capokr.jira bean with no host port",
                        definition.className().startsWith(PluginWiring.JIRA_ADAPTERS + ".")
                                && PluginWiring.hostPortsOf(loadClass(definition.className())).isEmpty());
                continue;
            }
            assertTrue("every bean is built: " + definition.id(), beans.contains(definition.id()));
            Object bean = beans.byId(definition.id());
            assertFalse(definition.id() + " is no Jira adapter",
                    bean.getClass().getName().startsWith(PluginWiring.JIRA_ADAPTERS + "."));
        }
        assertFalse(beans.ownBeans().isEmpty());
        assertTrue(beans.ownBeans().values().stream()
                .noneMatch(bean -> bean.getClass().getPackageName().startsWith("io.capokr.sandbox")));
    }

    @Test
    public void aJiraBeanThatImplementsNoPortIsSkippedAndItsJiraOnlyServicesAreNeverAskedFor() {
        PluginBeans beans = wiring.wire(SpringBeansXml.parse(resource("wiring/jira-listener.xml")));

        assertEquals(java.util.Set.of("issueEventListener"), beans.skipped());
        assertFalse(beans.contains("issueEventListener"));
        assertSame(issueDirectory, beans.byId("issueDirectory"));
        assertTrue("the listener's plugin dependencies are built all the same", beans.byId("issueSync") instanceof IssueSync);
        assertFalse(beans.ownBeans().containsKey("issueEventListener"));
        IllegalArgumentException lookup = assertThrows(IllegalArgumentException.class, () -> beans.byId("issueEventListener"));
        assertThat(lookup.getMessage(), containsString("skipped"));
        beans.close(); // the listener's destroy method, which would fail, is not run
    }

    @Test
    public void aPluginBeanThatDependsOnASkippedJiraBeanFailsTheStartNamingBoth() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> wiring.wire(SpringBeansXml.parse(resource("wiring/plugin-bean-uses-jira-listener.xml"))));

        assertThat(failure.getMessage(), containsString("'clock'"));
        assertThat(failure.getMessage(), containsString("'issueEventListener'"));
        assertThat(failure.getMessage(), containsString("no io.capokr.host port"));
    }

    @Test
    public void aPluginBeanThatUsesAJiraServiceDirectlyFailsTheStartNamingIt() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> wiring.wire(SpringBeansXml.parse(resource("wiring/plugin-bean-uses-jira-service.xml"))));

        assertThat(failure.getMessage(), containsString("'guard'"));
        assertThat(failure.getMessage(), containsString("com.atlassian.jira.security.JiraAuthenticationContext"));
    }

    @Test
    public void xmlTheSandboxDoesNotUnderstandFailsLoudly() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> SpringBeansXml.parse(resource("wiring/property-injection.xml")));

        assertThat(failure.getMessage(), containsString("property"));
    }

    @Test
    public void hostPortsAreFoundThroughSuperclassesToo() {
        abstract class Base implements io.capokr.host.Clock {
        }
        abstract class Derived extends Base implements Runnable {
        }
        assertEquals(java.util.Set.of(io.capokr.host.Clock.class), PluginWiring.hostPortsOf(Derived.class));
    }

    private Class<?> loadClass(String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private URL resource(String name) {
        URL url = loader.getResource(name);
        if (url == null) {
            throw new AssertionError("Missing test resource " + name);
        }
        return url;
    }
}
