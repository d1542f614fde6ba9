package org.proficio.assessment.calibration;

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
import org.proficio.assessment.calibration.AgreementViews.AssessmentAgreement;
import org.proficio.platform.problem.Problem;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;

/** How well the raters of one assessment agree. */
@Path("/api/v1/assessments/{id}/agreement")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calibration")
@RolesAllowed({Roles.EDUCATOR, Roles.DISTRICT_ADMIN})
public class AssessmentAgreementResource {

    private final AgreementService service;
    private final Caller caller;

    public AssessmentAgreementResource(AgreementService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(
            summary = "Rater agreement on an assessment",
            description = "From the rater scores given in the period (from inclusive, to exclusive, on the scores'"
                    + " time; both scores of a pair must fall in it): every two raters of the same evidence and"
                    + " competency form a pair. Exact agreement = % of pairs on the same level; adjacent agreement ="
                    + " % of pairs at most one level apart, exact ones included; quadratic weighted kappa = Cohen's"
                    + " kappa with weights (i−j)²/(k−1)² over a symmetric table (each pair entered in both orders),"
                    + " null when undefined (e.g. every rating on the same level). Per rater: that rater (rows)"
                    + " against the other raters of the same items (columns).")
    @APIResponse(
            responseCode = "200",
            description = "The figures",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssessmentAgreement.class),
                            examples =
                                    @ExampleObject(
                                            name = "agreement",
                                            value = CalibrationExamples.ASSESSMENT_AGREEMENT)))
    @APIResponse(
            responseCode = "400",
            description = "from or to is not an ISO-8601 date-time, or to is not after from",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "reversed", value = CalibrationExamples.BAD_PERIOD)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Your role may not read agreement statistics")
    @APIResponse(responseCode = "404", description = "No such assessment in your district")
    public Uni<AssessmentAgreement> agreement(
            @PathParam("id")
                    @Parameter(description = "The assessment", example = "3c9a7e1f-5b2d-4f8e-9a6c-0d1e2f3a4b5c")
                    UUID id,
            @QueryParam("from")
                    @Parameter(description = "start of the period, inclusive", example = "2026-11-01T00:00:00Z")
                    String from,
            @QueryParam("to") @Parameter(description = "end of the period, exclusive", example = "2026-12-01T00:00:00Z")
                    String to) {
        Period period = Period.parse(from, to);
        return service.ofAssessment(caller.district(), id, period);
    }
}
