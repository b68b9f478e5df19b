package io.capokr.sandbox.http;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Serves the files under one classpath folder: the sandbox's own static files and the bundled AUI. */
final class ClasspathFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final String folder;
    private final transient ClassLoader loader;

    /** @param folder a classpath folder such as {@code sandbox-static} */
    ClasspathFileServlet(String folder, ClassLoader loader) {
        this.folder = folder;
        this.loader = loader;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.length() < 2) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // Revalidated on every load: a developer who edits a file sees it on the next reload.
        StaticFiles.send(response, loader, folder + path, "no-cache");
    }
}
