package org.proficio.progression.decision;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.platform.paging.Page;
import org.proficio.platform.paging.PageCursor;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;
import org.proficio.progression.decision.DecisionViews.DecisionView;
import org.proficio.progression.decision.DecisionViews.OverrideInput;
import org.proficio.progression.decision.DecisionViews.ReversalInput;

/**
 * The decisions on a learner's standing, with their explanations, for everyone who may see the learner; overrides
 * by the district's educators and admins, audited in the same history.
 */
@Path("/api/v1/learners/{learnerId}/progress")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.STUDENT, Roles.GUARDIAN, Roles.INTEGRATION})
public class DecisionResource {

    private final DecisionService service;
    private final Caller caller;

    public DecisionResource(DecisionService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Path("/{competencyId}/decisions")
    @Operation(
            operationId = "listMasteryDecisions",
            summary = "The decisions on the learner's standing on one competency, newest first, each explained")
    @APIResponse(responseCode = "200", description = "One page of decisions")
    @APIResponse(responseCode = "400", description = "A malformed limit or cursor")
    @APIResponse(responseCode = "403", description = "You may not see this learner")
    @APIResponse(responseCode = "404", description = "No such competency in your district")
    public Uni<Page<DecisionView>> decisions(
            @PathParam("learnerId") @Parameter(description = "the district's learner id", example = "s-0001")
                    String learnerId,
            @PathParam("competencyId") UUID competencyId,
            @QueryParam("limit")
                    @Parameter(
                            description = "page size, 1..500, default 50",
                            schema = @Schema(type = SchemaType.INTEGER))
                    String limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        caller.requireLearner(learnerId);
        PageCursor after = cursor == null ? null : PageCursor.decode(cursor);
        return service.history(caller.district(), learnerId, competencyId, after, PageCursor.limit(limit));
    }

    @PUT
    @Path("/{competencyId}/override")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR})
    @Operation(
            operationId = "overrideMasteryDecision",
            summary = "Set the learner's status on a competency by hand, with a reason",
            description = "Holds over the mastery policy until taken back; new evidence is still judged and shown."
                    + " Recorded as a decision; emits DecisionOverridden, and MasteryChanged (with CompetencyMastered"
                    + " or LearnerStruggling) when the status changes.")
    @APIResponse(responseCode = "200", description = "The override's decision")
    @APIResponse(responseCode = "400", description = "Invalid fields (listed in errors)")
    @APIResponse(responseCode = "403", description = "Only educators and district admins override decisions")
    @APIResponse(responseCode = "404", description = "No such competency in your district")
    public Uni<DecisionView> override(
            @PathParam("learnerId") @Parameter(description = "the district's learner id", example = "s-0001")
                    String learnerId,
            @PathParam("competencyId") UUID competencyId,
            @NotNull @Valid OverrideInput input) {
        caller.requireLearner(learnerId);
        return service.override(caller.district(), learnerId, competencyId, input, caller.name());
    }

    @POST
    @Path("/{competencyId}/override/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR})
    @Operation(
            operationId = "reverseMasteryOverride",
            summary = "Take an override back, with a reason: the mastery policy decides again")
    @APIResponse(responseCode = "200", description = "The reversal's decision")
    @APIResponse(responseCode = "400", description = "Invalid fields (listed in errors)")
    @APIResponse(responseCode = "403", description = "Only educators and district admins take overrides back")
    @APIResponse(responseCode = "404", description = "No such competency in your district")
    @APIResponse(responseCode = "409", description = "No override holds on this competency for this learner")
    public Uni<DecisionView> reverse(
            @PathParam("learnerId") @Parameter(description = "the district's learner id", example = "s-0001")
                    String learnerId,
            @PathParam("competencyId") UUID competencyId,
            @NotNull @Valid ReversalInput input) {
        caller.requireLearner(learnerId);
        return service.reverse(caller.district(), learnerId, competencyId, input, caller.name());
    }
}
