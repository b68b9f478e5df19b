package io.capokr.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.service.InitiativePage;

/**
 * A page of a key result's initiatives. {@code values} holds the issues the caller may see;
 * {@code restricted} counts the others on this page, which are never named.
 */
public record InitiativePageJson(
        @JsonProperty("startAt") int startAt,
        @JsonProperty("maxResults") int maxResults,
        @JsonProperty("total") int total,
        @JsonProperty("restricted") int restricted,
        @JsonProperty("values") List<Row> values) {

    public record Row(
            @JsonProperty("issueId") long issueId,
            @JsonProperty("issueKey") String issueKey,
            @JsonProperty("summary") String summary,
            @JsonProperty("statusCategory") String statusCategory,
            @JsonProperty("storyPoints") Double storyPoints,
            @JsonProperty("contributes") boolean contributes,
            @JsonProperty("linkedBy") String linkedBy,
            @JsonProperty("linkedAt") String linkedAt) {
    }

    static InitiativePageJson of(InitiativePage page) {
        List<Row> rows = page.rows().stream().map(r -> new Row(r.issue().id(), r.issue().key(), r.issue().summary(),
                r.issue().statusCategory().name(), r.issue().storyPoints(), r.link().contributes(), r.link().linkedBy(),
                r.link().linkedAt() == null ? null : r.link().linkedAt().toString())).toList();
        return new InitiativePageJson(page.startAt(), page.maxResults(), page.total(), page.restricted(), rows);
    }
}
