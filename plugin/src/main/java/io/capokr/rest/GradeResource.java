package io.capokr.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.capokr.service.GradeService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code PUT /rest/capokr/1.0/keyresults/{id}/grade}: grades a key result. Answers the grade, the key result's new
 * version, and its objective's grade as it now is.
 */
@Path("/keyresults/{id}/grade")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class GradeResource {

    private final GradeService grades;

    @Inject
    public GradeResource(GradeService grades) {
        this.grades = grades;
    }

    public record ObjectiveGradeJson(@JsonProperty("id") long id, @JsonProperty("grade") double grade,
                                     @JsonProperty("band") String band, @JsonProperty("miss") boolean miss) {
    }

    public record GradedJson(@JsonProperty("keyResultId") long keyResultId, @JsonProperty("grade") double grade,
                             @JsonProperty("band") String band, @JsonProperty("reason") String reason,
                             @JsonProperty("suggestedGrade") double suggestedGrade, @JsonProperty("version") int version,
                             @JsonProperty("objective") ObjectiveGradeJson objective) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public GradedJson grade(@PathParam("id") String id, GradeRequestJson body) {
        GradeRequestJson request = RequestErrors.required(body);
        GradeService.Graded graded = grades.grade(RequestErrors.id(id), request.toEdit(), request.version());
        return new GradedJson(graded.keyResult().keyResult().id(), graded.keyResult().effective().value(),
                graded.keyResult().effective().band().name(), graded.keyResult().reason(),
                graded.keyResult().suggested().value(), graded.version(),
                new ObjectiveGradeJson(graded.objective().id(), graded.objectiveGrade().value(),
                        graded.objectiveGrade().band().name(), graded.objectiveGrade().isMiss(graded.objective().type())));
    }
}
