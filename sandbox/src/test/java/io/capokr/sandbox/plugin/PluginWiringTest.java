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
import io.capokr.sandbox.host.BundleMessages;
import io.capokr.sandbox.host.RequestContext;
import io.capokr.sandbox.host.SampleTracker;
import io.capokr.sandbox.host.SandboxAccess;
import io.capokr.host.SystemClock;
import io.capokr.sandbox.host.SandboxProjects;
import io.capokr.service.CycleService;
import io.capokr.service.Guard;
import io.capokr.web.ProjectPageContextFactory;
import org.junit.Test;

/** The plugin's own Spring XML, wired with the sandbox's host ports in place of the Jira adapters. */
public class PluginWiringTest {

    private final ClassLoader loader = getClass().getClassLoader();
    private final RequestContext requests = new RequestContext();
    private final SampleTracker tracker = new SampleTracker();
    private final SandboxAccess access = new SandboxAccess(tracker, requests);
    private final SandboxProjects projects = new SandboxProjects(tracker);
    private final BundleMessages messages = new BundleMessages("i18n.capokr", loader, requests);
    /** Never called while wiring: constructors only keep their arguments. */
    private final ActiveObjects activeObjects = (ActiveObjects) Proxy.newProxyInstance(loader,
            new Class<?>[] {ActiveObjects.class}, (proxy, method, args) -> {
                throw new UnsupportedOperationException(method.getName());
            });
    private final PluginWiring wiring = new PluginWiring(loader, List.of(access, projects, messages),
            Map.of(ActiveObjects.class.getName(), activeObjects));

    @Test
    public void thePluginsXmlIsWiredWithSandboxStandInsForEveryJiraAdapter() {
        SpringBeansXml xml = SpringBeansXml.load(loader);
        PluginBeans beans = wiring.wire(xml);

        assertSame(access, beans.byId("access"));
        assertSame(projects, beans.byId("projects"));
        assertSame(messages, beans.byId("messages"));
        assertTrue("the clock is no Jira adapter: the plugin's own is used", beans.byId("clock") instanceof SystemClock);
        beans.bean(CycleService.class);
        beans.bean(Guard.class);
        beans.bean(ProjectPageContextFactory.class);
        for (SpringBeansXml.BeanDefinition definition : xml.beans()) {
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

    private URL resource(String name) {
        URL url = loader.getResource(name);
        if (url == null) {
            throw new AssertionError("Missing test resource " + name);
        }
        return url;
    }
}
