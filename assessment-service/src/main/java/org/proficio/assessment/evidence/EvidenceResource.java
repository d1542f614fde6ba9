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
import org.proficio.assessment.evidence.EvidenceRepository.Filter;
import org.proficio.assessment.evidence.EvidenceRequests.NewEvidence;
import org.proficio.assessment.evidence.EvidenceViews.EvidenceView;
import org.proficio.assessment.idempotency.Idempotency;
import org.proficio.assessment.readiness.AttemptRefused;
import org.proficio.assessment.readiness.Denials;
import org.proficio.platform.paging.Page;
import org.proficio.platform.paging.PageCursor;
import org.proficio.platform.problem.Problem;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;
import org.proficio.platform.web.Locations;

/**
 * Evidence intake (integrations, staff, and students for their own unscored work) and reading evidence (whoever may
 * see its learner; integrations what they submitted, see {@link EvidenceReaders}).
 */
@Path("/api/v1/evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evidence")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.STUDENT, Roles.GUARDIAN, Roles.INTEGRATION})
public class EvidenceResource {

    private final EvidenceService service;
    private final Denials denials;
    private final Caller caller;

    private final Locations locations;

    public EvidenceResource(EvidenceService service, Denials denials, Caller caller, Locations locations) {
        this.locations = locations;
        this.service = service;
        this.denials = denials;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.INTEGRATION, Roles.EDUCATOR, Roles.DISTRICT_ADMIN, Roles.STUDENT})
    @Operation(
            summary = "Submit evidence of one or more competencies",
            description = "Stores the evidence and publishes EvidenceSubmitted; with level or scores also its final"
                    + " scores (EvidenceScored each). Without them it awaits its raters. Students may submit their own"
                    + " work, unscored, and name only assessments whose studentSubmission is allowed (403 otherwise);"
                    + " a learner's own unscored formative work counts towards readiness only once staff have scored"
                    + " it. A summative attempt must meet the assessment's readiness policy and a retest"
                    + " its retest policy (409 otherwise). With an Idempotency-Key, a repeat of the same request"
                    + " returns the first result (same status and body, header Idempotent-Replayed: true) and writes"
                    + " nothing; the same key with another body is refused with 422.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NewEvidence.class),
                            examples = {
                                @ExampleObject(name = "exit ticket", value = EvidenceExamples.NEW_EVIDENCE),
                                @ExampleObject(name = "outside school", value = EvidenceExamples.OUTSIDE_SCHOOL)
                            }))
    @APIResponse(
            responseCode = "201",
            description = "Stored; Location names the evidence",
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
            responseCode = "409",
            description = "The learner is not ready for this summative assessment, or may not retest yet (the"
                    + " problem names the unmet condition)",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "not ready", value = EvidenceExamples.NOT_READY)))
    @APIResponse(
            responseCode = "422",
            description = "Unknown assessment, competency or level, a level for an assessment scored by several"
                    + " raters, or the Idempotency-Key was used for another request",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown level", value = EvidenceExamples.UNPROCESSABLE)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(
            responseCode = "403",
            description = "Your role may not submit evidence, a student submits for another learner, a learner scores"
                    + " their own evidence, or a learner submits her own work naming an assessment that does not take"
                    + " learners' own submissions (studentSubmission.allowed false; type"
                    + " urn:proficio:problem:student-submission-not-allowed)",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = {
                                @ExampleObject(
                                        name = "student submission not allowed",
                                        value = EvidenceExamples.STUDENT_SUBMISSION_NOT_ALLOWED),
                                @ExampleObject(name = "own score", value = EvidenceExamples.OWN_SCORE)
                            }))
    public Uni<Response> submit(
            @HeaderParam(Idempotency.HEADER)
                    @Parameter(
                            in = ParameterIn.HEADER,
                            description = "Your unique id for this request (1-255 printable ASCII); retries reuse it",
                            example = "lms-123-attempt-1")
                    String idempotencyKey,
            NewEvidence request) {
        if (request != null && request.learnerId() != null) {
            caller.requireLearner(request.learnerId());
        }
        // A refused attempt rolled the intake back; its ReadinessDenied commits on its own before the 409 goes out.
        return service.submit(Submitter.of(caller), idempotencyKey, request)
                .onFailure(AttemptRefused.class)
                .call(refused -> denials.record(caller.district(), (AttemptRefused) refused))
                .map(submitted -> submitted.build(locations.created(
                        submitted.result(),
                        "/api/v1/evidence/{id}",
                        submitted.result().id())));
    }

    @GET
    @RolesAllowed({Roles.INTEGRATION, Roles.EDUCATOR, Roles.DISTRICT_ADMIN})
    @Operation(
            summary = "Find evidence by your source id, learner or assessment",
            description = "Newest submission first. Integrations see the evidence they submitted (all of the"
                    + " district's with scope " + EvidenceReaders.READ_ALL_SCOPE + ").")
    @APIResponse(
            responseCode = "200",
            description = "One page of evidence",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = EvidenceExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "Bad limit or cursor")
    public Uni<Page<EvidenceView>> search(
            @QueryParam("sourceId") @Parameter(description = "the submitter's own id", example = "lms-123")
                    String sourceId,
            @QueryParam("learnerId") @Parameter(description = "the district's learner id") String learnerId,
            @QueryParam("assessmentId") @Parameter(description = "an assessment") UUID assessmentId,
            @QueryParam("limit") @Parameter(description = "page size, 1..500, default 50") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        PageCursor after = cursor == null ? null : PageCursor.decode(cursor);
        Filter filter = new Filter(
                caller.district(), learnerId, sourceId, assessmentId, EvidenceReaders.submitterLimit(caller));
        return service.list(filter, after, PageCursor.limit(limit));
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "One piece of evidence with its final scores and feedback",
            description = "Students see their own evidence only, guardians their linked learners' evidence,"
                    + " integrations what they submitted (all of the district's with scope "
                    + EvidenceReaders.READ_ALL_SCOPE + "). Evidence you may not see is answered exactly like evidence"
                    + " that does not exist (404).")
    @APIResponse(
            responseCode = "200",
            description = "The evidence",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EvidenceView.class),
                            examples = @ExampleObject(name = "evidence", value = EvidenceExamples.EVIDENCE)))
    @APIResponse(
            responseCode = "404",
            description = "No such evidence in your district, or evidence you may not see (another learner's, or"
                    + " for an integration without " + EvidenceReaders.READ_ALL_SCOPE + " another submitter's): the"
                    + " same answer either way",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "not found", value = EvidenceExamples.NOT_FOUND)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Your token carries no district or none of the five roles")
    public Uni<EvidenceView> get(
            @PathParam("id") @Parameter(example = "5f0c1a9e-8a43-4c1e-9d0b-2f6a7b8c9d0e") UUID id) {
        return service.find(caller.district(), id)
                .onItem()
                .ifNull()
                .failWith(() -> EvidenceReaders.notFound(id))
                .invoke(found -> EvidenceReaders.requireReadable(caller, found))
                .map(EvidenceView::of);
    }
}
