package io.capokr.jira;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What Cap's page servlets share: sending anonymous visitors to log in and back, and rendering a whole page. */
final class PageServlets {

    private static final Logger log = LoggerFactory.getLogger(PageServlets.class);

    private PageServlets() {
    }

    /** To Jira's login page, which brings the visitor back to this page, query included. */
    static void sendToLogin(LoginUriProvider loginUriProvider, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.sendRedirect(loginUriProvider.getLoginUri(returnUri(request)).toASCIIString());
    }

    /** The template rendered as the whole HTML page, which Jira's decorator then frames; a failure is a logged 500. */
    static void render(TemplateRenderer renderer, String template, Map<String, Object> context,
                       HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        try {
            renderer.render(template, context, response.getWriter());
        } catch (RenderingException e) {
            log.error("Rendering {} failed", template, e);
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
