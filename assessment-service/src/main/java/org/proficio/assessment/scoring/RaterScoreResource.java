package org.proficio.assessment.scoring;

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
import org.proficio.assessment.scoring.ScoringRequests.NewRaterScore;
import org.proficio.assessment.scoring.ScoringViews.EvidenceScores;
import org.proficio.assessment.scoring.ScoringViews.ScoreResult;
import org.proficio.platform.problem.Problem;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;
import org.proficio.platform.web.Locations;

/**
 * Raters' scores of a piece of evidence: educators and district admins score blind and see the others' scores once
 * they have scored themselves (or as moderators). Students and guardians read final scores and feedback on the
 * evidence itself.
 */
@Path("/api/v1/evidence/{id}/scores")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Scoring")
@RolesAllowed({Roles.EDUCATOR, Roles.DISTRICT_ADMIN})
public class RaterScoreResource {

    private final ScoringService service;
    private final Caller caller;

    private final Locations locations;

    public RaterScoreResource(ScoringService service, Caller caller, Locations locations) {
        this.locations = locations;
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Operation(
            summary = "Score evidence as one of its raters",
            description = "Records your own level (and rubric criteria levels and feedback) for one competency of"
                    + " the evidence. When the assessment's required number of raters have scored (1 for evidence"
                    + " without an assessment), a single rater's score becomes final (SINGLE_RATER); several raters'"
                    + " scores become final when they agree under the assessment's rule (AGREEMENT, the lower median"
                    + " level, scoredBy calibration), and otherwise the competency awaits a moderator"
                    + " (MODERATION_REQUIRED, event ModerationRequired). A final score publishes EvidenceScored."
                    + " With an Idempotency-Key, a repeat of the same request returns the first result (header"
                    + " Idempotent-Replayed: true); the same key with another body is refused with 422.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NewRaterScore.class),
                            examples = @ExampleObject(name = "with a rubric", value = ScoringExamples.NEW_SCORE)))
    @APIResponse(
            responseCode = "201",
            description = "Scored; the body says where the competency stands",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ScoreResult.class),
                            examples = {
                                @ExampleObject(name = "first of two raters", value = ScoringExamples.SCORE_AWAITING),
                                @ExampleObject(name = "raters agreed", value = ScoringExamples.SCORE_FINAL)
                            }))
    @APIResponse(responseCode = "400", description = "Missing, oversized or malformed fields, listed")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(
            responseCode = "403",
            description = "Your role may not score, or the evidence is your own",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "own evidence", value = ScoringExamples.OWN_EVIDENCE)))
    @APIResponse(responseCode = "404", description = "No such evidence in your district")
    @APIResponse(
            responseCode = "409",
            description = "The competency already has a final score or awaits moderation, or you already scored it",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "scored twice", value = ScoringExamples.CONFLICT)))
    @APIResponse(
            responseCode = "422",
            description = "The evidence is not judged on the competency (or on several, and you named none), the"
                    + " level is not on the framework's scale, a criterion is not in the assessment's rubric for the"
                    + " competency, or the Idempotency-Key was used for another request",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown level", value = ScoringExamples.UNPROCESSABLE)))
    public Uni<Response> score(
            @PathParam("id") @Parameter(description = "The evidence", example = "5f0c1a9e-8a43-4c1e-9d0b-2f6a7b8c9d0e")
                    UUID id,
            @HeaderParam(Idempotency.HEADER)
                    @Parameter(
                            in = ParameterIn.HEADER,
                            description = "Your unique id for this request (1-255 printable ASCII); retries reuse it",
                            example = "score-5f0c1a9e-teacher")
                    String idempotencyKey,
            NewRaterScore request) {
        return service.score(Rater.of(caller), id, idempotencyKey, request)
                .map(scored -> scored.build(locations
                        .withLocation(Response.status(Response.Status.CREATED), "/api/v1/evidence/{id}/scores", id)
                        .entity(scored.result())));
    }

    @GET
    @Operation(
            summary = "The raters' scores of a piece of evidence, blind",
            description = "Per competency: raters required and scored so far, status, your own score and the final"
                    + " score. The other raters' scores are shown only once you have scored the competency yourself,"
                    + " or when it is FINAL or MODERATION_REQUIRED and you are not one of its raters (a moderator)."
                    + " Students and guardians read final scores and feedback at GET /api/v1/evidence/{id}.")
    @APIResponse(
            responseCode = "200",
            description = "The scores you may see",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EvidenceScores.class),
                            examples = @ExampleObject(name = "before you scored", value = ScoringExamples.SCORES)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Your role may not read rater scores, or the evidence is your own")
    @APIResponse(responseCode = "404", description = "No such evidence in your district")
    public Uni<EvidenceScores> scores(
            @PathParam("id") @Parameter(description = "The evidence", example = "5f0c1a9e-8a43-4c1e-9d0b-2f6a7b8c9d0e")
                    UUID id) {
        return service.scores(Rater.of(caller), id);
    }
}
