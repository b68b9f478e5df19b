package io.capokr.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.okr.Cycle;
import io.capokr.service.UnfinishedList;

/**
 * {@code GET /cycles/{id}/unfinished}: the cycle's unfinished key results the caller may see (company ones first,
 * then by project), each with its decision ({@code outcome} null, CARRIED or DROPPED) and, once carried, where its
 * copy lives; {@code nextCycle}, where they go by default (null: there is no later open cycle, create one first);
 * {@code targets}, every cycle that may receive them; {@code undecided}, how many have no decision yet.
 */
public record UnfinishedJson(
        @JsonProperty("cycle") CycleRefJson cycle,
        @JsonProperty("nextCycle") CycleRefJson nextCycle,
        @JsonProperty("targets") List<CycleRefJson> targets,
        @JsonProperty("undecided") long undecided,
        @JsonProperty("keyResults") List<ItemJson> keyResults) {

    public record CycleRefJson(@JsonProperty("id") long id, @JsonProperty("name") String name,
                               @JsonProperty("state") String state, @JsonProperty("startDate") String startDate) {

        static CycleRefJson of(Cycle cycle) {
            return cycle == null ? null
                    : new CycleRefJson(cycle.id(), cycle.name(), cycle.state().name(), cycle.startDate().toString());
        }
    }

    public record ObjectiveRefJson(@JsonProperty("id") long id, @JsonProperty("title") String title,
                                   @JsonProperty("type") String type) {
    }

    public record ProjectRefJson(@JsonProperty("key") String key, @JsonProperty("name") String name) {
    }

    public record CarriedToJson(@JsonProperty("cycleId") long cycleId, @JsonProperty("cycleName") String cycleName,
                                @JsonProperty("keyResultId") long keyResultId) {
    }

    public record ItemJson(@JsonProperty("id") long id, @JsonProperty("title") String title,
                           @JsonProperty("progress") double progress,
                           @JsonProperty("objective") ObjectiveRefJson objective,
                           @JsonProperty("project") ProjectRefJson project,
                           @JsonProperty("outcome") String outcome,
                           @JsonProperty("carriedTo") CarriedToJson carriedTo,
                           @JsonProperty("canDecide") boolean canDecide) {
    }

    static UnfinishedJson of(UnfinishedList list) {
        return new UnfinishedJson(CycleRefJson.of(list.cycle()), CycleRefJson.of(list.next()),
                list.targets().stream().map(CycleRefJson::of).toList(), list.undecided(),
                list.keyResults().stream().map(UnfinishedJson::item).toList());
    }

    private static ItemJson item(UnfinishedList.Item item) {
        return new ItemJson(item.keyResult().id(), item.keyResult().title(), item.progress(),
                new ObjectiveRefJson(item.objective().id(), item.objective().title(), item.objective().type().name()),
                item.project() == null ? null : new ProjectRefJson(item.project().key(), item.project().name()),
                item.outcome() == null ? null : item.outcome().name(),
                item.carriedTo() == null || item.copyId() == null ? null
                        : new CarriedToJson(item.carriedTo().id(), item.carriedTo().name(), item.copyId()),
                item.canDecide());
    }
}
