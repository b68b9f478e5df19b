package io.capokr.jira;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.util.Map;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.capokr.web.CompanyPageContextFactory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.Test;

/**
 * The Jira glue of the company page: login first, then the page's web resources and the factory's context rendered
 * with Jira's template renderer. The view model is the factory's, which the sandbox's tests exercise in full.
 */
public class CompanyPageServletTest {

    private final CompanyPageContextFactory pages = mock(CompanyPageContextFactory.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final LoginUriProvider login = mock(LoginUriProvider.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final CompanyPageServlet servlet = new CompanyPageServlet(pages, renderer, pageBuilder, login, authentication);

    @Test
    public void anonymousVisitorsGoToTheLoginPageAndComeBackHere() throws Exception {
        when(authentication.isLoggedInUser()).thenReturn(false);
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/capokr/okrs");
        when(request.getQueryString()).thenReturn("cycle=3");
        when(login.getLoginUri(URI.create("/plugins/servlet/capokr/okrs?cycle=3")))
                .thenReturn(URI.create("/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fcapokr%2Fokrs%3Fcycle%3D3"));

        servlet.doGet(request, response);

        verify(response).sendRedirect("/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fcapokr%2Fokrs%3Fcycle%3D3");
        verifyNoInteractions(pages, renderer);
    }

    @Test
    public void aUserGetsTheTemplateRenderedWithTheFactorysContextForTheCycleAsked() throws Exception {
        when(authentication.isLoggedInUser()).thenReturn(true);
        when(request.getParameter("cycle")).thenReturn("7");
        when(request.getContextPath()).thenReturn("/jira");
        Map<String, Object> context = Map.of("page", "the company page");
        when(pages.contextFor("7", "/jira")).thenReturn(context);
        PrintWriter writer = new PrintWriter(new StringWriter());
        when(response.getWriter()).thenReturn(writer);

        servlet.doGet(request, response);

        verify(pageBuilder.assembler().resources()).requireWebResource("io.capokr.jira:company-page-resources");
        verify(response).setContentType("text/html;charset=UTF-8");
        verify(renderer).render("templates/company-page.vm", context, writer);
        verify(response, never()).sendRedirect(any());
    }

    @Test
    public void aTemplateThatFailsAnswers500() throws Exception {
        when(authentication.isLoggedInUser()).thenReturn(true);
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        doThrow(new RenderingException("broken", null)).when(renderer).render(eq("templates/company-page.vm"), anyMap(), any(Writer.class));

        servlet.doGet(request, response);

        verify(response).sendError(500);
    }

    @Test
    public void theReturnAddressIsRelativeToJirasContextPath() {
        when(request.getContextPath()).thenReturn("");
        when(request.getRequestURI()).thenReturn("/plugins/servlet/capokr/okrs");

        assertEquals(URI.create("/plugins/servlet/capokr/okrs"), PageServlets.returnUri(request));
    }
}
