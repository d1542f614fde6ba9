package org.proficio.assessment.scoring;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.proficio.assessment.scoring.ScoringRequests.ModerationDecision;
import org.proficio.assessment.scoring.ScoringViews.CompetencyScores;
import org.proficio.platform.problem.Problem;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;
import org.proficio.platform.web.Locations;

/** A moderator's decision on a competency whose raters disagreed. */
@Path("/api/v1/evidence/{id}/moderation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
@RolesAllowed({Roles.EDUCATOR, Roles.DISTRICT_ADMIN})
public class EvidenceModerationResource {

    private final ScoringService service;
    private final Caller caller;

    private final Locations locations;

    public EvidenceModerationResource(ScoringService service, Caller caller, Locations locations) {
        this.locations = locations;
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Operation(
            summary = "Decide a competency in moderation",
            description = "Only for a competency whose raters disagreed (MODERATION_REQUIRED), and only by someone"
                    + " who is neither one of its raters nor the learner. Your level becomes the final score (basis"
                    + " MODERATION, scoredBy you) and EvidenceScored is published. With an Idempotency-Key, a repeat"
                    + " of the same request returns the first result; the same key with another body is 422.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ModerationDecision.class),
                            examples = @ExampleObject(name = "decision", value = ScoringExamples.DECISION)))
    @APIResponse(
            responseCode = "201",
            description = "Decided: the competency with all raters' scores and its final score",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CompetencyScores.class),
                            examples = @ExampleObject(name = "decided", value = ScoringExamples.DECIDED)))
    @APIResponse(responseCode = "400", description = "Missing, oversized or malformed fields, listed")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(
            responseCode = "403",
            description = "Your role may not moderate, you are one of the competency's raters, or the evidence is"
                    + " your own")
    @APIResponse(responseCode = "404", description = "No such evidence in your district")
    @APIResponse(responseCode = "409", description = "The competency is not in moderation")
    @APIResponse(
            responseCode = "422",
            description = "Competency, level or criterion does not fit, or the Idempotency-Key was used for another"
                    + " request",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown level", value = ScoringExamples.UNPROCESSABLE)))
    public Uni<Response> decide(
            @PathParam("id") @Parameter(description = "The evidence", example = "5f0c1a9e-8a43-4c1e-9d0b-2f6a7b8c9d0e")
                    UUID id,
            @HeaderParam(Idempotency.HEADER)
                    @Parameter(
                            in = ParameterIn.HEADER,
                            description = "Your unique id for this request (1-255 printable ASCII); retries reuse it",
                            example = "moderate-5f0c1a9e")
                    String idempotencyKey,
            ModerationDecision request) {
        return service.moderate(Rater.of(caller), id, idempotencyKey, request)
                .map(decided -> decided.build(locations
                        .withLocation(Response.status(Response.Status.CREATED), "/api/v1/evidence/{id}/moderation", id)
                        .entity(decided.result())));
    }
}
