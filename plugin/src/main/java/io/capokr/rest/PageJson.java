package io.capokr.rest;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.service.Page;

/** A page of a list, in Jira's shape: startAt, maxResults, total, isLast, values. */
public record PageJson<T>(
        @JsonProperty("startAt") int startAt,
        @JsonProperty("maxResults") int maxResults,
        @JsonProperty("total") int total,
        @JsonProperty("isLast") boolean isLast,
        @JsonProperty("values") List<T> values) {

    static <S, T> PageJson<T> of(Page<S> page, Function<S, T> toJson) {
        List<T> values = page.values().stream().map(toJson).toList();
        return new PageJson<>(page.startAt(), page.maxResults(), page.total(),
                page.startAt() + values.size() >= page.total(), values);
    }
}
