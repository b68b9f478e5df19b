package io.capokr.sandbox.http;

import java.io.IOException;
import java.util.List;

import io.capokr.host.Messages;
import io.capokr.sandbox.host.RequestContext;
import io.capokr.sandbox.host.SampleTracker;
import io.capokr.sandbox.web.LoginPage;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /login}: shows the sample users (GET) and logs the chosen one in for this browser session (POST). */
final class LoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient SampleTracker tracker;
    private final transient RequestContext requests;
    private final transient Messages sandboxTexts;
    private final transient LoginPage page;

    LoginServlet(SampleTracker tracker, RequestContext requests, Messages sandboxTexts, LoginPage page) {
        this.tracker = tracker;
        this.requests = requests;
        this.sandboxTexts = sandboxTexts;
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = LocalPaths.sameSite(QueryString.parameter(request, "next").orElse(LocalPaths.HOME));
        send(response, HttpServletResponse.SC_OK, next, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = request.getParameter("username");
        String next = LocalPaths.sameSite(request.getParameter("next"));
        if (username == null || tracker.user(username.trim()).isEmpty()) {
            send(response, HttpServletResponse.SC_BAD_REQUEST, next,
                    sandboxTexts.text("sandbox.login.unknownUser", username == null ? "" : username));
            return;
        }
        Login.logIn(request, username.trim());
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", next);
    }

    private void send(HttpServletResponse response, int status, String next, String error) throws IOException {
        List<LoginPage.Choice> choices = tracker.users().stream()
                .map(user -> new LoginPage.Choice(user.key(), user.displayName(), "sandbox.login.role." + user.key()))
                .toList();
        Pages.sendHtml(response, status, page.render(requests.locale(), choices, next, error));
    }
}
