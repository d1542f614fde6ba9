package org.proficio.assessment.bulk;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.assessment.bulk.BulkRequests.NewEvidenceBulk;
import org.proficio.assessment.bulk.BulkViews.BulkResult;
import org.proficio.assessment.evidence.Submitter;
import org.proficio.assessment.idempotency.Idempotency;
import org.proficio.platform.problem.Problem;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;

/** Bulk evidence intake: many pieces of evidence in one request, each accepted or rejected on its own. */
@Path("/api/v1/evidence/bulk")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evidence")
public class BulkEvidenceResource {

    private final BulkEvidenceService service;
    private final Caller caller;

    public BulkEvidenceResource(BulkEvidenceService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.INTEGRATION, Roles.EDUCATOR, Roles.DISTRICT_ADMIN, Roles.STUDENT})
    @Operation(
            summary = "Submit up to " + BulkRequests.MAX_ITEMS + " pieces of evidence at once",
            description = "Each item is what POST /api/v1/evidence takes and is checked the same way, one after the"
                    + " other in one transaction. An item that fails (malformed, invalid, unknown competency or"
                    + " level, a student's item about another learner, with a level or naming an assessment that does"
                    + " not take learners' own submissions, a refused attempt) is REJECTED"
                    + " with the problem the single POST would answer, and nothing of it is written; the others are"
                    + " stored whole with their events (ACCEPTED). The answer is 200 with one result per item, in"
                    + " order. If the database fails, nothing at all is written and the request can be retried. With"
                    + " an Idempotency-Key, a repeat of the same request returns the first answer (header"
                    + " Idempotent-Replayed: true) and writes nothing; the same key with another body is 422.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NewEvidenceBulk.class),
                            examples = @ExampleObject(name = "three items", value = BulkExamples.REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "One result per item",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BulkResult.class),
                            examples = @ExampleObject(name = "mixed", value = BulkExamples.RESULT)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed JSON, no items, or an unusable Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = "More than " + BulkRequests.MAX_ITEMS + " items",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "too many", value = BulkExamples.TOO_LARGE)))
    @APIResponse(
            responseCode = "422",
            description = "The Idempotency-Key was used for another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Your role may not submit evidence")
    public Uni<Response> submit(
            @HeaderParam(Idempotency.HEADER)
                    @Parameter(
                            in = ParameterIn.HEADER,
                            description = "Your unique id for this request (1-255 printable ASCII); retries reuse it",
                            example = "lms-batch-2026-11-20-1")
                    String idempotencyKey,
            NewEvidenceBulk request) {
        return service.submit(Submitter.of(caller), caller::maySee, idempotencyKey, request)
                .map(submitted -> submitted.build(Response.ok(submitted.result())));
    }
}
