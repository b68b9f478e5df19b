package io.capokr.service;

import java.util.List;

import io.capokr.okr.Initiative;
import io.capokr.okr.IssueFacts;

/**
 * One page of a key result's initiatives. {@code rows} are the links whose issues the caller may see,
 * with the issue's current facts; {@code restricted} counts the links on this page they may not see.
 */
public record InitiativePage(int startAt, int maxResults, int total, List<Row> rows, int restricted) {

    public InitiativePage {
        rows = List.copyOf(rows);
    }

    public record Row(Initiative link, IssueFacts issue) {
    }
}
