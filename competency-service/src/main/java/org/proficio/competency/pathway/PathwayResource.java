package org.proficio.competency.pathway;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.competency.pathway.PathwayRequests.PathwayInput;
import org.proficio.competency.pathway.PathwayViews.PathwayView;
import org.proficio.platform.paging.Page;
import org.proficio.platform.paging.PageCursor;
import org.proficio.platform.problem.IfMatch;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;
import org.proficio.platform.web.Locations;

/** Graduation pathways of the caller's district: the routes to a proficiency-based diploma. */
@Path("/api/v1/pathways")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Graduation pathways")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.STUDENT, Roles.GUARDIAN, Roles.INTEGRATION})
public class PathwayResource {

    private final PathwayService service;
    private final Caller caller;

    private final Locations locations;

    public PathwayResource(PathwayService service, Caller caller, Locations locations) {
        this.locations = locations;
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(summary = "Define a graduation pathway to a diploma; emits PathwayDefined")
    @APIResponse(responseCode = "201", description = "Created; ETag set")
    @APIResponse(responseCode = "400", description = "Missing, oversized or malformed fields (listed in errors)")
    @APIResponse(responseCode = "403", description = "Only district admins define pathways")
    @APIResponse(responseCode = "409", description = "The district already has a pathway of that name")
    @APIResponse(
            responseCode = "422",
            description = "No requirement at all, or courses or competencies the district does not have, or one"
                    + " named twice (each named in errors)")
    public Uni<Response> create(PathwayInput input) {
        return service.create(caller.district(), input)
                .map(created -> locations
                        .created(created, created.revision(), "/api/v1/pathways/{id}", created.id())
                        .build());
    }

    @GET
    @Operation(summary = "The district's graduation pathways in creation order, paged by cursor")
    public Uni<Page<PathwayView>> list(
            @QueryParam("limit") @Parameter(description = "page size, 1..500, default 50") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        PageCursor after = cursor == null ? null : PageCursor.decode(cursor);
        return service.list(caller.district(), seesDrafts(), after, PageCursor.limit(limit));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A graduation pathway with its requirements; ETag is its revision")
    @APIResponse(responseCode = "200", description = "The pathway")
    @APIResponse(responseCode = "404", description = "No such pathway in your district")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return service.find(caller.district(), id, seesDrafts())
                .onItem()
                .ifNull()
                .failWith(() -> PathwayService.noPathway(id))
                .map(p -> IfMatch.ok(p, p.revision()));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(summary = "Replace a pathway's definition; send If-Match with the ETag you read; emits PathwayDefined")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is set")
    @APIResponse(responseCode = "400", description = "Invalid fields (listed in errors) or a malformed If-Match")
    @APIResponse(responseCode = "403", description = "Only district admins change pathways")
    @APIResponse(responseCode = "404", description = "No such pathway in your district")
    @APIResponse(responseCode = "409", description = "Another pathway of the district has that name")
    @APIResponse(responseCode = "412", description = "The pathway changed since the ETag in If-Match")
    @APIResponse(responseCode = "422", description = "Invalid requirements (each named in errors)")
    public Uni<Response> replace(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, PathwayInput input) {
        return service.replace(caller.district(), id, input, IfMatch.revision(ifMatch))
                .map(p -> IfMatch.ok(p, p.revision()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(summary = "Remove a graduation pathway; If-Match is honoured")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Only district admins remove pathways")
    @APIResponse(responseCode = "404", description = "No such pathway in your district")
    @APIResponse(responseCode = "412", description = "The pathway changed since the ETag in If-Match")
    public Uni<Response> remove(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return service.remove(caller.district(), id, IfMatch.revision(ifMatch))
                .replaceWith(Response.noContent().build());
    }

    private boolean seesDrafts() {
        return caller.hasRole(Roles.DISTRICT_ADMIN);
    }
}
