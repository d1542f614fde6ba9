package org.proficio.progression.learner;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.platform.paging.PageCursor;
import org.proficio.platform.problem.IfMatch;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;
import org.proficio.platform.web.Locations;
import org.proficio.progression.learner.LearnerViews.BatchView;
import org.proficio.progression.learner.LearnerViews.LearnerBatch;
import org.proficio.progression.learner.LearnerViews.LearnerInput;
import org.proficio.progression.learner.LearnerViews.LearnerPage;
import org.proficio.progression.learner.LearnerViews.LearnerView;

/**
 * The district's learners. District admins, educators and integrations register them (one at a time with PUT, or up
 * to 1,000 at once); both are idempotent. A learner reads herself, a guardian her linked learners.
 */
@Path("/api/v1/learners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learners")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.INTEGRATION})
public class LearnerResource {

    private final LearnerService service;
    private final Caller caller;
    private final Locations locations;

    public LearnerResource(LearnerService service, Caller caller, Locations locations) {
        this.service = service;
        this.caller = caller;
        this.locations = locations;
    }

    @GET
    @Operation(operationId = "listLearners", summary = "The district's learners, by learner id")
    @APIResponse(responseCode = "200", description = "A page of learners")
    @APIResponse(responseCode = "400", description = "Invalid limit, cursor or active")
    @APIResponse(responseCode = "403", description = "Only staff and integrations list learners")
    public Uni<LearnerPage> list(
            @QueryParam("schoolId") @Parameter(description = "only this school's learners") String schoolId,
            @QueryParam("active")
                    @Parameter(
                            description = "only active (true) or inactive (false) learners",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    String active,
            @QueryParam("flagged")
                    @Parameter(
                            description = "only learners registered from evidence and not confirmed yet (true), or"
                                    + " only confirmed ones (false)",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    String flagged,
            @QueryParam("limit")
                    @Parameter(
                            description = "page size, 1..500, default 50",
                            schema = @Schema(type = SchemaType.INTEGER))
                    String limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        return service.list(
                caller.district(),
                schoolId,
                RosterIds.flag("active", active),
                RosterIds.flag("flagged", flagged),
                cursor,
                PageCursor.limit(limit));
    }

    @GET
    @Path("/{learnerId}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.INTEGRATION, Roles.STUDENT, Roles.GUARDIAN})
    @Operation(operationId = "getLearner", summary = "A learner of the district")
    @APIResponse(
            responseCode = "200",
            description = "The learner; the ETag is her revision",
            content = @Content(schema = @Schema(implementation = LearnerView.class)))
    @APIResponse(responseCode = "403", description = "You may not see this learner")
    @APIResponse(responseCode = "404", description = "No such learner in your district")
    public Uni<Response> get(
            @PathParam("learnerId") @Parameter(description = "the district's learner id", example = "s-0001")
                    String learnerId) {
        caller.requireLearner(learnerId);
        return service.get(caller.district(), learnerId).map(l -> IfMatch.ok(l, l.revision()));
    }

    @PUT
    @Path("/{learnerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putLearner",
            summary = "Register a learner, or change what the district says about her",
            description = "Idempotent: sending what she already reads changes nothing. A new or changed learner gets"
                    + " a new revision and LearnerRegistered. If-Match (optional) guards against overwriting a change"
                    + " made since you read her (\"0\" for a learner you expect to be new).")
    @APIResponse(
            responseCode = "201",
            description = "Registered; Location is the learner",
            content = @Content(schema = @Schema(implementation = LearnerView.class)))
    @APIResponse(
            responseCode = "200",
            description = "Updated or unchanged",
            content = @Content(schema = @Schema(implementation = LearnerView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (listed in errors), learner id or If-Match")
    @APIResponse(responseCode = "403", description = "Only staff and integrations register learners")
    @APIResponse(responseCode = "412", description = "The learner changed since the revision in If-Match")
    @APIResponse(responseCode = "422", description = "schoolId names no school of the district")
    public Uni<Response> put(
            @PathParam("learnerId")
                    @Parameter(
                            description = "the district's learner id: 1 to 100 printable ASCII characters, no spaces",
                            example = "s-0001",
                            schema = @Schema(type = SchemaType.STRING, pattern = RosterIds.PATTERN))
                    String learnerId,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid LearnerInput input) {
        if (!RosterIds.valid(learnerId)) {
            throw org.proficio.platform.problem.ProblemException.invalidField("learnerId", RosterIds.MESSAGE);
        }
        return service.put(caller.district(), learnerId, input, IfMatch.revision(ifMatch))
                .map(done -> {
                    LearnerView learner = done.learner();
                    if (done.registration().outcome() == Registration.Outcome.CREATED) {
                        return locations
                                .created(learner, learner.revision(), "/api/v1/learners/{learnerId}", learnerId)
                                .build();
                    }
                    return IfMatch.ok(learner, learner.revision());
                });
    }

    @POST
    @Path("/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "registerLearners",
            summary = "Register or update up to 1,000 learners at once",
            description = "All or nothing: when one item is invalid or names an unknown school, nothing is written"
                    + " and every such item is listed. Idempotent: a repeat answers UNCHANGED for each learner.")
    @APIResponse(responseCode = "200", description = "What happened to each learner, in the order sent")
    @APIResponse(responseCode = "400", description = "Invalid items (listed in errors), or a learner id repeated")
    @APIResponse(responseCode = "403", description = "Only staff and integrations register learners")
    @APIResponse(responseCode = "422", description = "Items naming no school of the district (listed)")
    public Uni<BatchView> bulk(@NotNull @Valid LearnerBatch batch) {
        return service.bulk(caller.district(), batch);
    }
}
