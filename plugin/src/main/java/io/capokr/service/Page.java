package io.capokr.service;

import java.util.List;

import io.capokr.okr.PageRequest;

/** One page of a longer list, with the total so that clients know whether to ask for more. */
public record Page<T>(int startAt, int maxResults, int total, List<T> values) {

    public Page {
        values = List.copyOf(values);
    }

    static <T> Page<T> of(PageRequest request, List<T> all) {
        return new Page<>(request.startAt(), request.maxResults(), all.size(), request.slice(all));
    }
}
