package org.proficio.progression.progress;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.platform.problem.Problem;
import org.proficio.platform.problem.ProblemException;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;
import org.proficio.progression.progress.ProgressViews.CompetencyProgress;
import org.proficio.progression.progress.ProgressViews.LearnerProgress;

/**
 * A learner's progress, for the learner, their guardians, and the district's staff and integrations. Every read is
 * district-scoped and checked against the learners the caller may see.
 */
@Path("/api/v1/learners/{learnerId}/progress")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.STUDENT, Roles.GUARDIAN, Roles.INTEGRATION})
public class ProgressResource {

    private final ProgressService service;
    private final Caller caller;

    public ProgressResource(ProgressService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(
            summary = "The learner's status on every competency",
            description = "Every competency of the district's published frameworks (NOT_STARTED without evidence),"
                    + " plus any other competency the learner has evidence on.")
    @APIResponse(responseCode = "200", description = "The learner's progress")
    @APIResponse(
            responseCode = "400",
            description = "frameworkId is not a UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "You may not see this learner")
    @APIResponse(responseCode = "404", description = "No such framework in your district")
    public Uni<LearnerProgress> progress(
            @PathParam("learnerId") @Parameter(description = "the district's learner id", example = "s-0001")
                    String learnerId,
            @QueryParam("frameworkId") @Parameter(description = "only this framework's competencies (UUID)")
                    String frameworkId) {
        caller.requireLearner(learnerId);
        return service.progress(caller.district(), learnerId, uuidParameter("frameworkId", frameworkId));
    }

    @GET
    @Path("/{competencyId}")
    @Operation(
            summary = "The learner's standing on one competency, with the scale and the history of decisions",
            description = "Each decision says which evidence it was about and why the status is what it is.")
    @APIResponse(responseCode = "200", description = "The learner's standing and its history")
    @APIResponse(responseCode = "403", description = "You may not see this learner")
    @APIResponse(
            responseCode = "404",
            description = "No such competency in your district",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CompetencyProgress> competency(
            @PathParam("learnerId") @Parameter(description = "the district's learner id", example = "s-0001")
                    String learnerId,
            @PathParam("competencyId") UUID competencyId) {
        caller.requireLearner(learnerId);
        return service.competency(caller.district(), learnerId, competencyId)
                .onItem()
                .ifNull()
                .failWith(() -> ProblemException.notFound("No competency " + competencyId + " in your district."));
    }

    /** A query parameter the client typed: a malformed one is the client's mistake, a 400 that says so. */
    public static UUID uuidParameter(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(
                    400,
                    "bad-request",
                    "Bad request",
                    name + " must be an id (a UUID).",
                    java.util.List.of(new Problem.FieldError(name, "is not a UUID")));
        }
    }
}
