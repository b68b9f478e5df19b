package io.capokr.service;

import java.util.List;
import java.util.Map;

import io.capokr.host.Messages;
import io.capokr.okr.FieldProblem;
import io.capokr.okr.PageRequest;

/**
 * Turns request-level mistakes (a body that is not JSON, a value of the wrong type, a bad page
 * window) into the same localized {@link ValidationException} that domain validation raises.
 */
public class RequestErrors {

    private final Messages messages;

    public RequestErrors(Messages messages) {
        this.messages = messages;
    }

    public ValidationException malformedJson() {
        return new ValidationException(messages.text("capokr.error.json.malformed"), Map.of());
    }

    public ValidationException wrongType(String field) {
        return ValidationException.of(List.of(FieldProblem.of(field, "capokr.error.json.wrongType")), messages);
    }

    public ValidationException missingBody() {
        return new ValidationException(messages.text("capokr.error.json.missingBody"), Map.of());
    }

    /** The request body, which a JSON endpoint needs: without one the answer is a 400. */
    public <T> T required(T body) {
        if (body == null) {
            throw missingBody();
        }
        return body;
    }

    /** An id the body must carry, or a 400 naming its field. */
    public long requiredId(Long id, String field) {
        if (id == null) {
            throw ValidationException.of(List.of(FieldProblem.of(field, "capokr.error.required")), messages);
        }
        return id;
    }

    /** An optional id from a query parameter: blank is none; anything but a positive number is a 400 naming it. */
    public Long optionalId(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(text.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ValidationException.of(List.of(FieldProblem.of(field, "capokr.error.id")), messages);
    }

    /** An id from a URL path; one that is not a number names nothing, so it is a 404 like any unknown id. */
    public long id(String text) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to the 404 below
        }
        throw new NotFoundException(messages.text("capokr.error.notFound", text));
    }

    /** The page window the query asks for, or a 400 naming the bad parameter. */
    public PageRequest page(String startAt, String maxResults) {
        List<FieldProblem> problems = PageRequest.problems(startAt, maxResults);
        if (!problems.isEmpty()) {
            throw ValidationException.of(problems, messages);
        }
        return PageRequest.parse(startAt, maxResults);
    }
}
