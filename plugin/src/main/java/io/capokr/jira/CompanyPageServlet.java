package io.capokr.jira;

import java.io.IOException;
import java.util.Map;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.capokr.web.CompanyPageContextFactory;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The company OKR page, {@code /plugins/servlet/capokr/okrs}, which the top navigation's "OKRs" item opens. Anonymous
 * visitors go to Jira's login page and come back here; for everyone else the page's web resources are required and
 * {@link CompanyPageContextFactory#TEMPLATE} is rendered with the factory's context, a whole page that Jira's general
 * decorator frames. The view model is the factory's, which the sandbox shares.
 */
public class CompanyPageServlet extends HttpServlet {

    static final String WEB_RESOURCES = "io.capokr.jira:company-page-resources";

    private static final long serialVersionUID = 1L;

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
            PageServlets.sendToLogin(loginUriProvider, request, response);
            return;
        }
        pageBuilderService.assembler().resources().requireWebResource(WEB_RESOURCES);
        Map<String, Object> context = pages.contextFor(
                request.getParameter(CompanyPageContextFactory.CYCLE_PARAMETER), request.getContextPath());
        PageServlets.render(renderer, CompanyPageContextFactory.TEMPLATE, context, response);
    }

}
