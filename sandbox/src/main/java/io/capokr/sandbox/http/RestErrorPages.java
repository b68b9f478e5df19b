package io.capokr.sandbox.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.capokr.rest.ErrorResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The web server's own refusals (a request target Jetty will not route, such as {@code %} alone, {@code //},
 * an encoded slash or bad UTF-8; a {@code Content-Type} it cannot parse) answered in Jira's error shape
 * {@code {"errorMessages":[...],"errors":{}}} rather than Jetty's HTML page, under {@code /rest/}: a REST client
 * reads every refusal the same way, whichever layer made it. Pages keep Jetty's HTML.
 *
 * <p>Jetty replaces a target it could not parse by {@code /badURI} or {@code /badMessage} before the error page
 * is made, so where the request was going is lost; those are answered as REST errors too, since only programs
 * send such targets.
 */
public final class RestErrorPages {

    static final String REST = "/rest/";
    private static final String[] UNROUTED = {"/badURI", "/badMessage"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ErrorResponses errors;

    public RestErrorPages(ErrorResponses errors) {
        this.errors = errors;
    }

    /** For the server: refusals before any context (the request line, the headers, the target). */
    public org.eclipse.jetty.server.handler.ErrorHandler server() {
        return new ServerErrors();
    }

    /** For the servlet context: refusals of the servlet layer (an ambiguous path, say) where the path is known. */
    public org.eclipse.jetty.ee10.servlet.ErrorHandler context() {
        return new ContextErrors();
    }

    static boolean answersInJson(String path) {
        if (path == null) {
            return true;
        }
        for (String unrouted : UNROUTED) {
            if (path.equals(unrouted)) {
                return true;
            }
        }
        return path.startsWith(REST);
    }

    /** In the language of the request's caller when the refusal comes after the filter that sets it, else English. */
    private byte[] body(int status) {
        try {
            return JSON.writeValueAsBytes(errors.body(status));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private final class ServerErrors extends org.eclipse.jetty.server.handler.ErrorHandler {

        @Override
        protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                        Callback callback) throws IOException {
            if (!answersInJson(request.getHttpURI() == null ? null : request.getHttpURI().getPath())) {
                super.generateResponse(request, response, code, message, cause, callback);
                return;
            }
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, MimeTypes.Type.APPLICATION_JSON_UTF_8.asString());
            response.write(true, ByteBuffer.wrap(body(code)), callback);
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            // A request too broken to have a target at all: nothing says it was for a page.
            fields.put(new HttpField(HttpHeader.CONTENT_TYPE, MimeTypes.Type.APPLICATION_JSON_UTF_8.asString()));
            return ByteBuffer.wrap(body(status));
        }
    }

    private final class ContextErrors extends org.eclipse.jetty.ee10.servlet.ErrorHandler {

        @Override
        protected void generateAcceptableResponse(ServletContextRequest baseRequest, HttpServletRequest request,
                                                  HttpServletResponse response, int code, String message)
                throws IOException {
            if (!answersInJson(request.getRequestURI())) {
                super.generateAcceptableResponse(baseRequest, request, response, code, message);
                return;
            }
            response.setContentType(MimeTypes.Type.APPLICATION_JSON.asString());
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getOutputStream().write(body(code));
        }
    }
}
