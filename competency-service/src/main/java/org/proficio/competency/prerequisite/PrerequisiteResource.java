package org.proficio.competency.prerequisite;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.competency.prerequisite.PrerequisiteRepository.Direction;
import org.proficio.competency.prerequisite.PrerequisiteViews.NewPrerequisite;
import org.proficio.competency.prerequisite.PrerequisiteViews.PrerequisiteEdge;
import org.proficio.competency.prerequisite.PrerequisiteViews.PrerequisitePath;
import org.proficio.platform.problem.ProblemException;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;
import org.proficio.platform.web.Locations;

/** Learning targets that build on each other: what a competency requires and what it unlocks. */
@Path("/api/v1/competencies/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Prerequisites")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.STUDENT, Roles.GUARDIAN, Roles.INTEGRATION})
public class PrerequisiteResource {

    private final PrerequisiteService service;
    private final Caller caller;

    private final Locations locations;

    public PrerequisiteResource(PrerequisiteService service, Caller caller, Locations locations) {
        this.locations = locations;
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Path("/prerequisites")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(
            summary = "Make another competency a prerequisite of this one",
            description = "The competency's framework must be a draft; the prerequisite may be in any framework of"
                    + " the district that is not retired. Stored as a CASE precedes association.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = PrerequisiteEdge.class)))
    @APIResponse(responseCode = "400", description = "No prerequisiteId")
    @APIResponse(responseCode = "404", description = "Either competency is not one of your district's")
    @APIResponse(responseCode = "409", description = "Already a prerequisite, or the framework is not a draft")
    @APIResponse(
            responseCode = "422",
            description = "The competency itself, a retired prerequisite, or the edge would close a cycle (named)")
    public Uni<Response> add(@PathParam("id") UUID id, @NotNull @Valid NewPrerequisite request) {
        return service.add(caller.district(), id, request.prerequisiteId())
                .map(edge -> locations
                        .created(
                                edge,
                                "/api/v1/competencies/{id}/prerequisites/{prerequisiteId}",
                                id,
                                edge.prerequisiteId())
                        .build());
    }

    @DELETE
    @Path("/prerequisites/{prerequisiteId}")
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(summary = "Remove a prerequisite of a competency of a draft framework")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such competency or no such prerequisite")
    @APIResponse(responseCode = "409", description = "The framework is not a draft")
    public Uni<Response> remove(@PathParam("id") UUID id, @PathParam("prerequisiteId") UUID prerequisiteId) {
        return service.remove(caller.district(), id, prerequisiteId)
                .replaceWith(() -> Response.noContent().build());
    }

    @GET
    @Path("/prerequisites")
    @Operation(
            summary = "What must be mastered before this competency",
            description = "Direct prerequisites, or with transitive=true all of them, in dependency order (each"
                    + " after the ones it requires). Drafts only for district admins.")
    @APIResponse(
            responseCode = "200",
            description = "The prerequisites",
            content = @Content(schema = @Schema(implementation = PrerequisitePath.class)))
    @APIResponse(responseCode = "400", description = "transitive is not true or false")
    @APIResponse(responseCode = "404", description = "No such competency in your district, or one you cannot see")
    public Uni<PrerequisitePath> prerequisites(
            @PathParam("id") UUID id,
            @QueryParam("transitive")
                    @Parameter(description = "all prerequisites, not only direct ones", example = "true")
                    String transitive) {
        return path(id, Direction.PREREQUISITES, transitive);
    }

    @GET
    @Path("/unlocks")
    @Operation(
            summary = "What this competency unlocks",
            description = "The competencies that require it directly, or with transitive=true through others too,"
                    + " in dependency order.")
    @APIResponse(
            responseCode = "200",
            description = "The competencies it unlocks",
            content = @Content(schema = @Schema(implementation = PrerequisitePath.class)))
    @APIResponse(responseCode = "400", description = "transitive is not true or false")
    @APIResponse(responseCode = "404", description = "No such competency in your district, or one you cannot see")
    public Uni<PrerequisitePath> unlocks(
            @PathParam("id") UUID id,
            @QueryParam("transitive") @Parameter(description = "also what it unlocks through others", example = "true")
                    String transitive) {
        return path(id, Direction.UNLOCKS, transitive);
    }

    private Uni<PrerequisitePath> path(UUID id, Direction direction, String transitive) {
        return service.path(caller.district(), id, direction, flag(transitive), caller.hasRole(Roles.DISTRICT_ADMIN))
                .onItem()
                .ifNull()
                .failWith(() -> ProblemException.notFound("No competency " + id + "."));
    }

    private static boolean flag(String value) {
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw ProblemException.badRequest("transitive must be true or false.");
    }
}
