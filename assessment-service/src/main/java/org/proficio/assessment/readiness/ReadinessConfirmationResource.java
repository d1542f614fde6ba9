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
import org.proficio.assessment.readiness.ReadinessRequests.NewConfirmation;
import org.proficio.assessment.readiness.ReadinessViews.ConfirmationView;
import org.proficio.platform.paging.Page;
import org.proficio.platform.paging.PageCursor;
import org.proficio.platform.problem.Problem;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;

/** Educators' confirmations that a learner is ready for an assessment. */
@Path("/api/v1/learners/{learnerId}/readiness-confirmations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Readiness")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.STUDENT, Roles.GUARDIAN, Roles.INTEGRATION})
public class ReadinessConfirmationResource {

    private final ReadinessService service;
    private final Caller caller;

    public ReadinessConfirmationResource(ReadinessService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.EDUCATOR, Roles.DISTRICT_ADMIN})
    @Operation(
            summary = "Confirm that a learner is ready for an assessment",
            description = "Meets the READINESS_CONFIRMATION condition of a summative assessment whose readiness policy"
                    + " requires it (for every later attempt too). Educators and district admins only. With an"
                    + " Idempotency-Key a repeat returns the first result; the same key with another body or learner"
                    + " is 422.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NewConfirmation.class),
                            examples = @ExampleObject(name = "ready", value = ReadinessExamples.NEW_CONFIRMATION)))
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ConfirmationView.class),
                            examples = @ExampleObject(name = "recorded", value = ReadinessExamples.CONFIRMATION)))
    @APIResponse(responseCode = "400", description = "Missing, oversized or malformed fields, listed")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Only educators and district admins confirm readiness")
    @APIResponse(
            responseCode = "422",
            description = "Unknown assessment, or an Idempotency-Key used for another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> confirm(
            @PathParam("learnerId") @Parameter(description = "The district's learner id", example = "s-0001")
                    String learnerId,
            @HeaderParam(Idempotency.HEADER)
                    @Parameter(
                            in = ParameterIn.HEADER,
                            description = "Your unique id for this request (1-255 printable ASCII); retries reuse it",
                            example = "confirm-s-0001-ratio-project")
                    String idempotencyKey,
            NewConfirmation request) {
        caller.requireLearner(learnerId);
        return service.confirm(caller.district(), caller.name(), learnerId, idempotencyKey, request)
                .map(confirmed ->
                        confirmed.build(Response.status(Response.Status.CREATED).entity(confirmed.result())));
    }

    @GET
    @Operation(
            summary = "A learner's readiness confirmations, newest first",
            description = "Students see their own, guardians their linked learners', staff and integrations their"
                    + " district's.")
    @APIResponse(
            responseCode = "200",
            description = "One page of confirmations",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = ReadinessExamples.CONFIRMATIONS)))
    @APIResponse(responseCode = "400", description = "Bad limit or cursor")
    @APIResponse(responseCode = "403", description = "You may not see this learner")
    public Uni<Page<ConfirmationView>> list(
            @PathParam("learnerId") @Parameter(description = "The district's learner id", example = "s-0001")
                    String learnerId,
            @QueryParam("assessmentId") @Parameter(description = "only confirmations for this assessment")
                    UUID assessmentId,
            @QueryParam("limit") @Parameter(description = "page size, 1..500, default 50") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        caller.requireLearner(learnerId);
        PageCursor after = cursor == null ? null : PageCursor.decode(cursor);
        return service.confirmations(caller.district(), learnerId, assessmentId, after, PageCursor.limit(limit));
    }
}
