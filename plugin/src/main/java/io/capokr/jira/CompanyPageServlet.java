package io.capokr.jira;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.capokr.web.CompanyPageContextFactory;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The company OKR page, {@code /plugins/servlet/capokr/okrs}, which the top navigation's "OKRs" item opens. Anonymous
 * visitors go to Jira's login page and come back here; for everyone else the page's web resources are required and
 * {@link CompanyPageContextFactory#TEMPLATE} is rendered with the factory's context, a whole page that Jira's general
 * decorator frames. The view model is the factory's, which the sandbox shares.
 */
public class CompanyPageServlet extends HttpServlet {

    static final String WEB_RESOURCES = "io.capokr.jira:company-page-resources";

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(CompanyPageServlet.class);

    private final transient CompanyPageContextFactory pages;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilderService;
    private final transient LoginUriProvider loginUriProvider;
    private final transient JiraAuthenticationContext authentication;

    public CompanyPageServlet(CompanyPageContextFactory pages, TemplateRenderer renderer, PageBuilderService pageBuilderService,
                              LoginUriProvider loginUriProvider, JiraAuthenticationContext authentication) {
        this.pages = pages;
        this.renderer = renderer;
        this.pageBuilderService = pageBuilderService;
        this.loginUriProvider = loginUriProvider;
        this.authentication = authentication;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!authentication.isLoggedInUser()) {
            response.sendRedirect(loginUriProvider.getLoginUri(returnUri(request)).toASCIIString());
            return;
        }
        pageBuilderService.assembler().resources().requireWebResource(WEB_RESOURCES);
        Map<String, Object> context = pages.contextFor(
                request.getParameter(CompanyPageContextFactory.CYCLE_PARAMETER), request.getContextPath());
        response.setContentType("text/html;charset=UTF-8");
        try {
            renderer.render(CompanyPageContextFactory.TEMPLATE, context, response.getWriter());
        } catch (RenderingException e) {
            log.error("Rendering {} failed", CompanyPageContextFactory.TEMPLATE, e);
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }

    /** This page, relative to Jira's context path, with its query: where the login page sends the user back. */
    static URI returnUri(HttpServletRequest request) {
        String path = request.getRequestURI();
        String contextPath = request.getContextPath();
        if (contextPath != null && !contextPath.isEmpty() && path.startsWith(contextPath)) {
            path = path.substring(contextPath.length());
        }
        return URI.create(request.getQueryString() == null ? path : path + "?" + request.getQueryString());
    }
}
