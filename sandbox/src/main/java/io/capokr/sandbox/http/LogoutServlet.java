package io.capokr.sandbox.http;

import java.io.IOException;

import io.capokr.sandbox.web.LoginPage;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /logout}: ends the session and goes back to the login page. A link, as in Jira's user menu. */
final class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Login.logOut(request);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", LoginPage.PATH);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }
}
