package io.capokr.jira;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.capokr.host.Access;
import io.capokr.okr.UserRef;
import io.capokr.web.AdminPageContextFactory;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Cap's administration page, {@code /plugins/servlet/capokr/admin}, as Jira's own administration pages behave:
 * anonymous visitors go to the login page and come back; users who are not Jira administrators get a 403 page that
 * says so; administrators are asked to confirm their password first when Jira's secure administrator sessions
 * ("websudo") are on, then see the page, which Jira's administration decorator frames.
 */
public class AdminPageServlet extends HttpServlet {

    static final String WEB_RESOURCES = "io.capokr.jira:admin-page-resources";

    private static final long serialVersionUID = 1L;

    private final transient AdminPageContextFactory pages;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilderService;
    private final transient LoginUriProvider loginUriProvider;
    private final transient WebSudoManager webSudoManager;
    private final transient Access access;

    public AdminPageServlet(AdminPageContextFactory pages, TemplateRenderer renderer, PageBuilderService pageBuilderService,
                            LoginUriProvider loginUriProvider, WebSudoManager webSudoManager, Access access) {
        this.pages = pages;
        this.renderer = renderer;
        this.pageBuilderService = pageBuilderService;
        this.loginUriProvider = loginUriProvider;
        this.webSudoManager = webSudoManager;
        this.access = access;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UserRef> user = access.currentUser();
        if (user.isEmpty()) {
            PageServlets.sendToLogin(loginUriProvider, request, response);
            return;
        }
        boolean administrator = access.isAdministrator(user.get());
        if (administrator) {
            try {
                webSudoManager.willExecuteWebSudoRequest(request);
            } catch (WebSudoSessionException e) {
                webSudoManager.enforceWebSudoProtection(request, response);
                return;
            }
        }
        pageBuilderService.assembler().resources().requireWebResource(WEB_RESOURCES);
        // The page itself says why a non-administrator sees nothing: the service refuses them the settings.
        Map<String, Object> context = pages.contextFor();
        response.setStatus(administrator ? HttpServletResponse.SC_OK : HttpServletResponse.SC_FORBIDDEN);
        PageServlets.render(renderer, AdminPageContextFactory.TEMPLATE, context, response);
    }
}
