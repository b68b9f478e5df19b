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

    /** JSON the reader will not read in full: a number, a name or a nesting beyond its limits. */
    static ValidationException beyondLimits() {
        return new ValidationException("capokr.error.json.limits");
    }

    /** The same, met inside a known field, which is then named. */
    static ValidationException beyondLimits(String field) {
        return ValidationException.of(FieldProblem.of(field, "capokr.error.json.tooLarge"));
    }

    static ValidationException wrongType(String field) {
        return ValidationException.of(FieldProblem.of(field, "capokr.error.json.wrongType"));
    }

    static ValidationException notAWholeNumber(String field) {
        return ValidationException.of(FieldProblem.of(field, "capokr.error.json.wholeNumber"));
    }

    static ValidationException unknownField(String field) {
        return ValidationException.of(FieldProblem.of(field, "capokr.error.json.unknownField"));
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

    /** An optional id from a query parameter: blank is none; anything but an id's one spelling is a 400 naming it. */
    static Long optionalId(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Long id = canonicalId(text);
        if (id == null) {
            throw ValidationException.of(FieldProblem.of(field, "capokr.error.id"));
        }
        return id;
    }

    /**
     * An id from a URL path. An id has one spelling, its ASCII digits without sign or leading zero; anything else
     * ("+2", "02", Arabic-Indic or full-width digits, which {@link Long#parseLong} would all read as 2) names
     * nothing, so it is a 404 like any unknown id. Every {@code {id}} of every resource comes through here.
     */
    static long id(String text) {
        Long id = canonicalId(text);
        if (id == null) {
            throw new NotFoundException("capokr.error.notFound", text);
        }
        return id;
    }

    /** The id {@code text} spells in the one accepted way (1 to 18 ASCII digits, no leading zero), or null. */
    private static Long canonicalId(String text) {
        if (text == null || text.isEmpty() || text.length() > 18 || text.charAt(0) == '0') {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        return Long.parseLong(text);
    }

    /** The page window the query asks for, or a 400 naming the bad parameter. */
    static PageRequest page(String startAt, String maxResults) {
        ValidationException.throwIfAny(PageRequest.problems(startAt, maxResults));
        return PageRequest.parse(startAt, maxResults);
    }
}
