package org.proficio.assessment.evidence;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.assessment.evidence.EvidenceRequests.NewEvidence;
import org.proficio.assessment.evidence.EvidenceViews.EvidenceView;
import org.proficio.assessment.idempotency.Idempotency;
import org.proficio.platform.problem.Problem;
import org.proficio.platform.problem.ProblemException;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;

/** Evidence intake (integrations and staff) and reading one piece of evidence (whoever may see its learner). */
@Path("/api/v1/evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evidence")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.STUDENT, Roles.GUARDIAN, Roles.INTEGRATION})
public class EvidenceResource {

    /** Set on a response that replays the stored result of an earlier request with the same Idempotency-Key. */
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final EvidenceService service;
    private final Caller caller;

    public EvidenceResource(EvidenceService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.INTEGRATION, Roles.EDUCATOR, Roles.DISTRICT_ADMIN})
    @Operation(
            summary = "Submit evidence of a competency with its final score",
            description = "Stores the evidence and its score and publishes EvidenceSubmitted and EvidenceScored. With"
                    + " an Idempotency-Key, a repeat of the same request returns the first result (same status and"
                    + " body, header Idempotent-Replayed: true) and writes nothing; the same key with another body"
                    + " is refused with 422.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NewEvidence.class),
                            examples = @ExampleObject(name = "exit ticket", value = EvidenceExamples.NEW_EVIDENCE)))
    @APIResponse(
            responseCode = "201",
            description = "Stored and scored; Location names the evidence",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EvidenceView.class),
                            examples = @ExampleObject(name = "stored", value = EvidenceExamples.EVIDENCE)))
    @APIResponse(
            responseCode = "400",
            description = "Missing, oversized or malformed fields, listed",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid", value = EvidenceExamples.INVALID)))
    @APIResponse(
            responseCode = "422",
            description = "Unknown competency or level, or the Idempotency-Key was used for another request",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown level", value = EvidenceExamples.UNPROCESSABLE)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Your role may not submit evidence")
    public Uni<Response> submit(
            @HeaderParam(Idempotency.HEADER)
                    @Parameter(
                            in = ParameterIn.HEADER,
                            description = "Your unique id for this request (1-255 printable ASCII); retries reuse it",
                            example = "lms-123-attempt-1")
                    String idempotencyKey,
            NewEvidence request,
            UriInfo uri) {
        return service.submit(caller.district(), caller.name(), idempotencyKey, request)
                .map(submitted -> {
                    Response.ResponseBuilder created = Response.created(uri.getAbsolutePathBuilder()
                                    .path(submitted.result().id().toString())
                                    .build())
                            .entity(submitted.result());
                    return submitted.replayed()
                            ? created.header(REPLAYED_HEADER, "true").build()
                            : created.build();
                });
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "One piece of evidence with its final score",
            description = "Students see their own evidence only, guardians their linked learners' evidence.")
    @APIResponse(
            responseCode = "200",
            description = "The evidence",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EvidenceView.class),
                            examples = @ExampleObject(name = "evidence", value = EvidenceExamples.EVIDENCE)))
    @APIResponse(responseCode = "403", description = "You may not see this learner")
    @APIResponse(responseCode = "404", description = "No such evidence in your district")
    public Uni<EvidenceView> get(
            @PathParam("id") @Parameter(example = "5f0c1a9e-8a43-4c1e-9d0b-2f6a7b8c9d0e") UUID id) {
        return service.find(caller.district(), id)
                .onItem()
                .ifNull()
                .failWith(() -> ProblemException.notFound("No evidence " + id + "."))
                .invoke(found -> caller.requireLearner(found.learnerId()));
    }
}
