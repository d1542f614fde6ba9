package org.proficio.assessment.calibration;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.assessment.calibration.AgreementViews.RaterAgreement;
import org.proficio.platform.problem.Problem;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;

/** How well one rater agrees with the other raters of the same evidence. */
@Path("/api/v1/raters/{rater}/agreement")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calibration")
@RolesAllowed({Roles.EDUCATOR, Roles.DISTRICT_ADMIN})
public class RaterAgreementResource {

    private final AgreementService service;
    private final Caller caller;

    public RaterAgreementResource(AgreementService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(
            summary = "A rater's agreement with the other raters",
            description = "Across the district's assessments, from the rater scores given in the period (from"
                    + " inclusive, to exclusive; both scores of a pair must fall in it): the rater (rows) against each"
                    + " other rater of the same evidence and competency (columns). Percentages and kappa as for an"
                    + " assessment; kappa over all assessments is null when they use scales of different sizes, the"
                    + " per-assessment figures are listed too. A rater without pairs gets zero pairs and null figures.")
    @APIResponse(
            responseCode = "200",
            description = "The figures",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RaterAgreement.class),
                            examples = @ExampleObject(name = "agreement", value = CalibrationExamples.RATER_AGREEMENT)))
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
    public Uni<RaterAgreement> agreement(
            @PathParam("rater") @Parameter(description = "The rater's principal name", example = "teacher")
                    String rater,
            @QueryParam("from")
                    @Parameter(description = "start of the period, inclusive", example = "2026-11-01T00:00:00Z")
                    String from,
            @QueryParam("to") @Parameter(description = "end of the period, exclusive", example = "2026-12-01T00:00:00Z")
                    String to) {
        Period period = Period.parse(from, to);
        return service.ofRater(caller.district(), rater, period);
    }
}
