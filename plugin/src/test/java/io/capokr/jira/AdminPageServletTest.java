package io.capokr.jira;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.Map;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.capokr.testing.FakeHost;
import io.capokr.web.AdminPageContextFactory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.Test;

/**
 * The Jira glue of the administration page: login, then a 403 page for non-administrators, websudo for
 * administrators, then the factory's context rendered. Who is who comes from our {@code Access} port (a FakeHost).
 */
public class AdminPageServletTest {

    private final AdminPageContextFactory pages = mock(AdminPageContextFactory.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final LoginUriProvider login = mock(LoginUriProvider.class);
    private final WebSudoManager webSudo = mock(WebSudoManager.class);
    private final FakeHost access = new FakeHost().administrator("admin").user("lead");
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final AdminPageServlet servlet = new AdminPageServlet(pages, renderer, pageBuilder, login, webSudo, access);
    private final Map<String, Object> context = Map.of("page", "the administration page");
    private final PrintWriter writer = new PrintWriter(new StringWriter());

    @Test
    public void anonymousVisitorsGoToTheLoginPageAndComeBackHere() throws Exception {
        when(request.getContextPath()).thenReturn("");
        when(request.getRequestURI()).thenReturn("/plugins/servlet/capokr/admin");
        when(login.getLoginUri(URI.create("/plugins/servlet/capokr/admin"))).thenReturn(URI.create("/login.jsp"));

        servlet.doGet(request, response);

        verify(response).sendRedirect("/login.jsp");
        verifyNoInteractions(pages, renderer, webSudo);
    }

    @Test
    public void aUserWhoIsNotAnAdministratorGetsA403PageAndIsNeverAskedForWebsudo() throws Exception {
        access.loggedInAs("lead");
        when(pages.contextFor()).thenReturn(context);
        when(response.getWriter()).thenReturn(writer);

        servlet.doGet(request, response);

        verify(response).setStatus(HttpServletResponse.SC_FORBIDDEN);
        verify(renderer).render("templates/admin-page.vm", context, writer);
        verifyNoInteractions(webSudo);
    }

    @Test
    public void anAdministratorWithoutASecureSessionIsAskedToConfirmTheirPassword() throws Exception {
        access.loggedInAs("admin");
        doThrow(new WebSudoSessionException("websudo")).when(webSudo).willExecuteWebSudoRequest(request);

        servlet.doGet(request, response);

        verify(webSudo).enforceWebSudoProtection(request, response);
        verifyNoInteractions(pages, renderer);
    }

    @Test
    public void anAdministratorGetsThePageWithItsWebResources() throws Exception {
        access.loggedInAs("admin");
        when(pages.contextFor()).thenReturn(context);
        when(response.getWriter()).thenReturn(writer);

        servlet.doGet(request, response);

        verify(pageBuilder.assembler().resources()).requireWebResource("io.capokr.jira:admin-page-resources");
        verify(response).setStatus(HttpServletResponse.SC_OK);
        verify(response).setContentType("text/html;charset=UTF-8");
        verify(renderer).render("templates/admin-page.vm", context, writer);
        verify(webSudo, never()).enforceWebSudoProtection(any(), any());
    }
}
