package io.capokr.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of linking or unlinking issues: up to 1,000 keys; links count toward progress unless told otherwise. */
public record LinkRequestJson(
        @JsonProperty("issueKeys") List<String> issueKeys,
        @JsonProperty("contributes") Boolean contributes) {

    boolean contributesOrDefault() {
        return contributes == null || contributes;
    }
}
