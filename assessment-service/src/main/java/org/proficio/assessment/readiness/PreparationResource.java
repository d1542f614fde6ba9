package org.proficio.assessment.readiness;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.assessment.idempotency.Idempotency;
import org.proficio.assessment.readiness.ReadinessRequests.NewPreparation;
import org.proficio.assessment.readiness.ReadinessViews.PreparationView;
import org.proficio.platform.paging.Page;
import org.proficio.platform.paging.PageCursor;
import org.proficio.platform.problem.Problem;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;

/**
 * A learner's preparation for assessments: staff and integrations record it, whoever may see the learner reads it.
 */
@Path("/api/v1/learners/{learnerId}/preparations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Readiness")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.STUDENT, Roles.GUARDIAN, Roles.INTEGRATION})
public class PreparationResource {

    private final ReadinessService service;
    private final Caller caller;

    public PreparationResource(ReadinessService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.INTEGRATION, Roles.EDUCATOR, Roles.DISTRICT_ADMIN})
    @Operation(
            summary = "Record preparation a learner completed for an assessment",
            description = "A retest after a non-proficient summative attempt is admitted only with preparation"
                    + " recorded after that attempt was submitted (when the assessment's retest policy requires it)."
                    + " verifiedBy defaults to you. With an Idempotency-Key a repeat returns the first result (header"
                    + " Idempotent-Replayed: true); the same key with another body or learner is 422.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NewPreparation.class),
                            examples = @ExampleObject(name = "tutoring", value = ReadinessExamples.NEW_PREPARATION)))
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PreparationView.class),
                            examples = @ExampleObject(name = "recorded", value = ReadinessExamples.PREPARATION)))
    @APIResponse(responseCode = "400", description = "Missing, oversized or malformed fields, listed")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Your role may not record preparation")
    @APIResponse(
            responseCode = "422",
            description = "Unknown assessment, a completion date in the future, or an Idempotency-Key used for"
                    + " another request",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "future", value = ReadinessExamples.UNPROCESSABLE)))
    public Uni<Response> record(
            @PathParam("learnerId") @Parameter(description = "The district's learner id", example = "s-0001")
                    String learnerId,
            @HeaderParam(Idempotency.HEADER)
                    @Parameter(
                            in = ParameterIn.HEADER,
                            description = "Your unique id for this request (1-255 printable ASCII); retries reuse it",
                            example = "lms-prep-981")
                    String idempotencyKey,
            NewPreparation request) {
        caller.requireLearner(learnerId);
        return service.recordPreparation(caller.district(), caller.name(), learnerId, idempotencyKey, request)
                .map(recorded ->
                        recorded.build(Response.status(Response.Status.CREATED).entity(recorded.result())));
    }

    @GET
    @Operation(
            summary = "A learner's preparation, newest recorded first",
            description = "Students see their own, guardians their linked learners', staff and integrations their"
                    + " district's. Pass nextCursor back as cursor for older records.")
    @APIResponse(
            responseCode = "200",
            description = "One page of preparation records",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = ReadinessExamples.PREPARATIONS)))
    @APIResponse(responseCode = "400", description = "Bad limit or cursor")
    @APIResponse(responseCode = "403", description = "You may not see this learner")
    public Uni<Page<PreparationView>> list(
            @PathParam("learnerId") @Parameter(description = "The district's learner id", example = "s-0001")
                    String learnerId,
            @QueryParam("assessmentId") @Parameter(description = "only preparation for this assessment")
                    UUID assessmentId,
            @QueryParam("limit") @Parameter(description = "page size, 1..500, default 50") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        caller.requireLearner(learnerId);
        PageCursor after = cursor == null ? null : PageCursor.decode(cursor);
        return service.preparations(caller.district(), learnerId, assessmentId, after, PageCursor.limit(limit));
    }
}
