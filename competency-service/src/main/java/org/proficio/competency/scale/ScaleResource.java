package org.proficio.competency.scale;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.competency.scale.ScaleRequests.NewScale;
import org.proficio.competency.scale.ScaleViews.ScaleView;
import org.proficio.platform.paging.Page;
import org.proficio.platform.paging.PageCursor;
import org.proficio.platform.problem.ProblemException;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;
import org.proficio.platform.web.Locations;

/** Proficiency scales of the caller's district: district admins define them, everyone in the district reads them. */
@Path("/api/v1/scales")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Proficiency scales")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.STUDENT, Roles.GUARDIAN, Roles.INTEGRATION})
public class ScaleResource {

    private final ScaleService service;
    private final Caller caller;

    private final Locations locations;

    public ScaleResource(ScaleService service, Caller caller, Locations locations) {
        this.locations = locations;
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(summary = "Define a proficiency scale: ordered levels, the top ones proficient")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Missing, oversized or malformed fields (listed in errors)")
    @APIResponse(responseCode = "403", description = "Only district admins define scales")
    @APIResponse(responseCode = "409", description = "The district already has a scale of that name")
    @APIResponse(
            responseCode = "422",
            description = "Not a scale: fewer than 2 levels, duplicate codes, scores not strictly increasing, no"
                    + " proficient level, or proficient levels not the top ones (each named in errors)")
    public Uni<Response> create(NewScale request) {
        return service.create(caller.district(), request)
                .map(created -> locations
                        .created(created, "/api/v1/scales/{id}", created.id())
                        .build());
    }

    @GET
    @Operation(summary = "List the district's proficiency scales, the default scale first")
    public Uni<Page<ScaleView>> list(
            @QueryParam("limit") @Parameter(description = "page size, 1..500, default 50") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        PageCursor after = cursor == null ? null : PageCursor.decode(cursor);
        return service.list(caller.district(), after, PageCursor.limit(limit));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A proficiency scale with its levels, lowest first, and which of them are proficient")
    @APIResponse(responseCode = "200", description = "The scale")
    @APIResponse(responseCode = "404", description = "No such scale in your district")
    public Uni<ScaleView> get(@PathParam("id") UUID id) {
        return service.find(caller.district(), id)
                .onItem()
                .ifNull()
                .failWith(() -> ProblemException.notFound("No proficiency scale " + id + "."));
    }
}
