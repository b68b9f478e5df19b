package io.capokr.sandbox.http;

import java.util.EnumSet;

import io.capokr.host.Access;
import io.capokr.rest.ErrorResponses;
import io.capokr.sandbox.host.BundleMessages;
import io.capokr.sandbox.host.RequestContext;
import io.capokr.sandbox.host.SampleTracker;
import io.capokr.sandbox.plugin.PluginDescriptor;
import io.capokr.sandbox.rest.SampleSearch;
import io.capokr.sandbox.rest.SandboxRestApplication;
import io.capokr.sandbox.velocity.VelocityRenderer;
import io.capokr.sandbox.web.Layout;
import io.capokr.sandbox.web.LoginPage;
import io.capokr.sandbox.web.ProjectShell;
import io.capokr.sandbox.web.GeneralShell;
import io.capokr.web.AdminPageContextFactory;
import io.capokr.web.CompanyPageContextFactory;
import io.capokr.web.ProjectPageContextFactory;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The sandbox's web server: Jetty with one servlet context laid out like Jira's URLs: the plugin's REST
 * API, the sandbox's own API (sample issues), the project page, the company page, the issue page and the issue
 * search, web-resource downloads, the login page, and static files (AUI). Every request first passes the filter that establishes its user and language;
 * requests to either REST API then pass the XSRF check.
 */
public final class SandboxServer implements AutoCloseable {

    /** Everything the server routes to. */
    public record Parts(String host, int port, ResourceConfig rest, ResourceConfig sandboxRest, PluginDescriptor descriptor,
                        ProjectPageContextFactory pages, CompanyPageContextFactory companyPages,
                        AdminPageContextFactory adminPages, VelocityRenderer renderer, RequestContext requests,
                        SampleTracker tracker, SampleSearch search, Access access, BundleMessages pluginTexts,
                        BundleMessages sandboxTexts, ErrorResponses errors,
                        ClassLoader loader) {
    }

    private final Server server;
    private final ServerConnector connector;

    private SandboxServer(Parts parts) {
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        server = new Server();
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(parts.host());
        connector.setPort(parts.port());
        server.addConnector(connector);
        RestErrorPages errorPages = new RestErrorPages(parts.errors());
        server.setErrorHandler(errorPages.server());
        ServletContextHandler context = context(parts);
        context.setErrorHandler(errorPages.context());
        server.setHandler(context);
        server.setStopTimeout(5_000);
    }

    /** Starts listening; a servlet that cannot initialize (Jersey, say) fails the start rather than the first request. */
    public static SandboxServer start(Parts parts) throws Exception {
        SandboxServer sandboxServer = new SandboxServer(parts);
        try {
            sandboxServer.server.start();
        } catch (Exception e) {
            sandboxServer.close();
            throw e;
        }
        return sandboxServer;
    }

    /** The port listened on: the one asked for, or the one the system picked for port 0. */
    public int port() {
        return connector.getLocalPort();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop cleanly", e);
        }
    }

    private static ServletContextHandler context(Parts parts) {
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        SessionHandler sessions = context.getSessionHandler();
        sessions.setHttpOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.LAX);

        EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
        context.addFilter(new FilterHolder(new RequestContextFilter(parts.requests(), parts.tracker(), parts.sandboxTexts())),
                "/*", requests);
        String rest = parts.descriptor().rest().mountPoint();
        context.addFilter(new FilterHolder(new XsrfFilter()), rest + "/*", requests);
        context.addFilter(new FilterHolder(new ContentTypeFilter(parts.errors())), rest + "/*", requests);

        ServletHolder jersey = new ServletHolder(new ServletContainer(parts.rest()));
        jersey.setInitOrder(1);
        context.addServlet(jersey, rest + "/*");
        context.addFilter(new FilterHolder(new XsrfFilter()), SandboxRestApplication.MOUNT_POINT + "/*", requests);
        ServletHolder sandboxJersey = new ServletHolder(new ServletContainer(parts.sandboxRest()));
        sandboxJersey.setInitOrder(1);
        context.addServlet(sandboxJersey, SandboxRestApplication.MOUNT_POINT + "/*");

        Layout layout = new Layout(parts.sandboxTexts());
        context.addServlet(new ServletHolder(new ProjectPageServlet(new ProjectPageServlet.Parts(parts.pages(),
                parts.renderer(), parts.descriptor(), parts.pluginTexts(), new ProjectShell(layout), parts.tracker(),
                parts.access(), parts.requests()))), ProjectPageServlet.PATH + "/*");
        GeneralPageServlet.Parts general = new GeneralPageServlet.Parts(parts.renderer(), parts.descriptor(),
                parts.pluginTexts(), new GeneralShell(layout), parts.tracker(), parts.access(), parts.requests());
        ServletHolder companyPage = new ServletHolder(new GeneralPageServlet(
                GeneralPageServlet.company(parts.companyPages()), general));
        context.addServlet(companyPage, GeneralPageServlet.COMPANY_PATH);
        context.addServlet(companyPage, parts.descriptor().servlet(GeneralPageServlet.COMPANY_MODULE).path());
        ServletHolder adminPage = new ServletHolder(new GeneralPageServlet(
                GeneralPageServlet.administration(parts.adminPages(), parts.access()), general));
        context.addServlet(adminPage, parts.descriptor().servlet(GeneralPageServlet.ADMIN_MODULE).path());
        context.addServlet(adminPage, GeneralPageServlet.ADMIN_PATH);
        context.addServlet(new ServletHolder(new IssuePageServlet(new IssuePageServlet.Parts(parts.renderer(),
                parts.descriptor(), parts.pluginTexts(), new GeneralShell(layout), parts.tracker(), parts.access(),
                parts.requests()))), IssuePageServlet.PATH + "/*");
        context.addServlet(new ServletHolder(new IssueSearchServlet(new IssueSearchServlet.Parts(parts.search(),
                new GeneralShell(layout), parts.descriptor(), parts.pluginTexts(), parts.access(), parts.requests()))), "/issues/*");
        context.addServlet(new ServletHolder(new ApiDocsServlet(new ApiDocsServlet.Parts(rest + "/openapi.json",
                new GeneralShell(layout), parts.descriptor(), parts.pluginTexts(), parts.access(), parts.requests()))),
                ApiDocsServlet.PATH);
        context.addServlet(new ServletHolder(new ClasspathFileServlet(ApiDocsServlet.swaggerUiFolder(parts.loader()),
                parts.loader())), ApiDocsServlet.UI + "/*");
        context.addServlet(new ServletHolder(new LoginServlet(parts.tracker(), parts.requests(), parts.sandboxTexts(),
                new LoginPage(layout))), LoginPage.PATH);
        context.addServlet(new ServletHolder(new LogoutServlet()), "/logout");
        context.addServlet(new ServletHolder(new WebResourceServlet(parts.descriptor(), parts.loader())),
                WebResourceServlet.PATH + "/*");
        context.addServlet(new ServletHolder(new ClasspathFileServlet(Layout.STATIC.substring(1), parts.loader())),
                Layout.STATIC + "/*");
        // "" is the servlet mapping of the context root itself, and nothing else.
        context.addServlet(new ServletHolder(new RedirectServlet(ProjectPageServlet.PATH + "/" + SampleTracker.MARKETING)), "");
        return context;
    }
}
