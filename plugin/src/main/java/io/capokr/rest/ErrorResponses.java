package io.capokr.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.capokr.host.Messages;
import io.capokr.okr.FieldProblem;
import io.capokr.service.ServiceException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Turns a typed refusal into Jira's error response, translated at this edge in the caller's language:
 * {@code {"errorMessages":[...], "errors":{"field":"message"}}}, with the status its reason stands for.
 * The summary is given only when no field carries the detail, as Jira does.
 */
public class ErrorResponses {

    private final Messages messages;

    public ErrorResponses(Messages messages) {
        this.messages = messages;
    }

    public Response of(ServiceException refusal) {
        return Response.status(statusOf(refusal))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body(refusal))
                .build();
    }

    /** A refusal JAX-RS made itself, before any of our code ran: its status, in the same shape. */
    public Response of(int status, String messageKey) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorJson(List.of(messages.text(messageKey, status)), Map.of()))
                .build();
    }

    /**
     * The body of a refusal by the HTTP machinery itself (JAX-RS, or the web server in front of it), which names
     * no field: what the status means, in the caller's language.
     */
    public ErrorJson body(int status) {
        return new ErrorJson(List.of(messages.text(httpMessageKey(status), status)), Map.of());
    }

    /** The message of a status the HTTP machinery chose. */
    static String httpMessageKey(int status) {
        return switch (status) {
            case 404 -> "capokr.error.http.notFound";
            case 405 -> "capokr.error.http.method";
            case 406 -> "capokr.error.http.accept";
            case 415 -> "capokr.error.http.mediaType";
            default -> "capokr.error.http.refused";
        };
    }

    /** The body alone, as the caller reads it. */
    public ErrorJson body(ServiceException refusal) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem problem : refusal.fieldProblems()) {
            errors.put(problem.field(), messages.text(problem.messageKey(), problem.arguments().toArray()));
        }
        List<String> errorMessages = errors.isEmpty()
                ? List.of(messages.text(refusal.messageKey(), refusal.arguments().toArray())) : List.of();
        return new ErrorJson(errorMessages, errors);
    }

    private static Response.Status statusOf(ServiceException refusal) {
        return switch (refusal.reason()) {
            case INVALID -> Response.Status.BAD_REQUEST;
            case NOT_AUTHENTICATED -> Response.Status.UNAUTHORIZED;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case CONFLICT -> Response.Status.CONFLICT;
        };
    }
}
