package io.capokr.rest;

import io.capokr.okr.FieldProblem;
import io.capokr.okr.PageRequest;
import io.capokr.service.NotFoundException;
import io.capokr.service.ValidationException;

/**
 * Request-level mistakes (a body that is not JSON, a value of the wrong type, a bad id or page window)
 * as the same typed refusals that the services raise, so that one mapper answers them all in Jira's shape.
 */
final class RequestErrors {

    private RequestErrors() {
    }

    static ValidationException malformedJson() {
        return new ValidationException("capokr.error.json.malformed");
    }

    static ValidationException wrongType(String field) {
        return ValidationException.of(FieldProblem.of(field, "capokr.error.json.wrongType"));
    }

    /** The request body, which a JSON endpoint needs: without one the answer is a 400. */
    static <T> T required(T body) {
        if (body == null) {
            throw new ValidationException("capokr.error.json.missingBody");
        }
        return body;
    }

    /** An id the body must carry, or a 400 naming its field. */
    static long requiredId(Long id, String field) {
        if (id == null) {
            throw ValidationException.of(FieldProblem.of(field, "capokr.error.required"));
        }
        return id;
    }

    /** An optional id from a query parameter: blank is none; anything but a positive number is a 400 naming it. */
    static Long optionalId(String text, String field) {
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
        throw ValidationException.of(FieldProblem.of(field, "capokr.error.id"));
    }

    /** An id from a URL path; one that is not a number names nothing, so it is a 404 like any unknown id. */
    static long id(String text) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to the 404 below
        }
        throw new NotFoundException("capokr.error.notFound", text);
    }

    /** The page window the query asks for, or a 400 naming the bad parameter. */
    static PageRequest page(String startAt, String maxResults) {
        ValidationException.throwIfAny(PageRequest.problems(startAt, maxResults));
        return PageRequest.parse(startAt, maxResults);
    }
}
