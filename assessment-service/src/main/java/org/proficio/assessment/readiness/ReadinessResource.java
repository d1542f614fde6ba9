package org.proficio.assessment.readiness;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.assessment.readiness.ReadinessViews.ReadinessView;
import org.proficio.platform.problem.ProblemException;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;

/** Whether a learner may make the next attempt at an assessment, and what is still missing. */
@Path("/api/v1/learners/{learnerId}/readiness")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Readiness")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.STUDENT, Roles.GUARDIAN, Roles.INTEGRATION})
public class ReadinessResource {

    private final ReadinessService service;
    private final Caller caller;

    public ReadinessResource(ReadinessService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(
            summary = "Whether a learner may attempt an assessment now, and what is still missing",
            description = "The evaluation evidence intake applies to an attempt submitted now: ready, the next"
                    + " attempt's number, each unmet condition (FORMATIVE_EVIDENCE, READINESS_CONFIRMATION,"
                    + " PREVIOUS_ATTEMPT_UNSCORED, MAX_ATTEMPTS, PREPARATION, COOLDOWN) with what is missing, and the"
                    + " attempts so far. FORMATIVE_EVIDENCE counts formative evidence submitted by an integration,"
                    + " an educator or a district admin, and the learner's own formative work once staff have scored"
                    + " it (a rater's score or a final score). Students may ask for themselves, guardians for their"
                    + " linked learners (403 for another learner, whether or not the learner has any records).")
    @APIResponse(
            responseCode = "200",
            description = "The evaluation",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReadinessView.class),
                            examples = {
                                @ExampleObject(name = "ready", value = ReadinessExamples.READY),
                                @ExampleObject(name = "retest refused", value = ReadinessExamples.RETEST_REFUSED)
                            }))
    @APIResponse(responseCode = "400", description = "assessmentId missing or not a UUID")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "You may not see this learner")
    @APIResponse(responseCode = "404", description = "No such assessment in your district")
    public Uni<ReadinessView> readiness(
            @PathParam("learnerId") @Parameter(description = "The district's learner id", example = "s-0001")
                    String learnerId,
            @QueryParam("assessmentId")
                    @Parameter(
                            required = true,
                            description = "The assessment",
                            example = "3c9a7e1f-5b2d-4f8e-9a6c-0d1e2f3a4b5c")
                    UUID assessmentId) {
        caller.requireLearner(learnerId);
        if (assessmentId == null) {
            throw ProblemException.badRequest("Name the assessment: ?assessmentId=<uuid>.");
        }
        return service.readiness(caller.district(), learnerId, assessmentId)
                .onItem()
                .ifNull()
                .failWith(() -> ProblemException.notFound("No assessment " + assessmentId + "."));
    }
}
