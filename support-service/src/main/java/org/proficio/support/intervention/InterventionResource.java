package org.proficio.support.intervention;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.platform.paging.Page;
import org.proficio.platform.paging.PageCursor;
import org.proficio.platform.problem.Problem;
import org.proficio.platform.problem.ProblemException;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;
import org.proficio.support.intervention.InterventionViews.InterventionView;

/**
 * Interventions of the caller's district, for the learner, their guardians, and the district's staff and
 * integrations. Every read is district-scoped and checked against the learners the caller may see.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Interventions")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.STUDENT, Roles.GUARDIAN, Roles.INTEGRATION})
public class InterventionResource {

    private static final String STATUSES =
            Arrays.stream(InterventionStatus.values()).map(Enum::name).collect(Collectors.joining(", "));

    private final InterventionService service;
    private final Caller caller;

    public InterventionResource(InterventionService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Path("/learners/{learnerId}/interventions")
    @Operation(summary = "The learner's interventions, newest first")
    @APIResponse(responseCode = "200", description = "One page of interventions")
    @APIResponse(
            responseCode = "400",
            description = "Unknown status, bad cursor or limit (problem+json naming the field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "You may not see this learner")
    public Uni<Page<InterventionView>> list(
            @PathParam("learnerId") @Parameter(description = "the district's learner id", example = "s-0001")
                    String learnerId,
            @QueryParam("status") @Parameter(description = "only OPEN or only RESOLVED ones", example = "OPEN")
                    String status,
            @QueryParam("limit")
                    @Parameter(
                            description = "page size, 1..500, default 50",
                            schema = @Schema(type = SchemaType.INTEGER))
                    String limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        caller.requireLearner(learnerId);
        PageCursor after = cursor == null ? null : PageCursor.decode(cursor);
        return service.list(caller.district(), learnerId, statusFilter(status), after, PageCursor.limit(limit));
    }

    @GET
    @Path("/interventions/{id}")
    @Operation(summary = "One intervention")
    @APIResponse(responseCode = "200", description = "The intervention")
    @APIResponse(
            responseCode = "404",
            description = "No such intervention in your district, or not one of a learner you may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<InterventionView> get(@PathParam("id") UUID id) {
        return service.find(caller.district(), id)
                // Another learner's intervention is "not found", not "forbidden": the id says nothing then.
                .map(i -> i != null && caller.maySee(i.learnerId()) ? i : null)
                .onItem()
                .ifNull()
                .failWith(() -> ProblemException.notFound("No intervention " + id + "."));
    }

    /** A query parameter the client typed: an unknown status is the client's mistake, a 400 that names it. */
    private static InterventionStatus statusFilter(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return InterventionStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(
                    400,
                    "bad-request",
                    "Bad request",
                    "status must be one of " + STATUSES + ".",
                    List.of(new Problem.FieldError("status", "must be one of " + STATUSES)));
        }
    }
}
