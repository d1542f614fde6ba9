package org.proficio.competency.resource;

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
import org.proficio.competency.resource.ResourceRequests.ResourceInput;
import org.proficio.competency.resource.ResourceViews.ResourceView;
import org.proficio.platform.paging.Page;
import org.proficio.platform.paging.PageCursor;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;
import org.proficio.platform.web.Locations;

/** The learning resources of one competency: staff add them, everyone who sees the competency reads them. */
@Path("/api/v1/competencies/{competencyId}/resources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learning resources")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.STUDENT, Roles.GUARDIAN, Roles.INTEGRATION})
public class CompetencyResourcesResource {

    private final LearningResourceService service;
    private final Caller caller;

    private final Locations locations;

    public CompetencyResourcesResource(LearningResourceService service, Caller caller, Locations locations) {
        this.locations = locations;
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR})
    @Operation(
            summary = "Add a learning resource to a competency (also of a published framework: resources are not"
                    + " part of its immutable content)")
    @APIResponse(responseCode = "201", description = "Created; Location is /api/v1/resources/{resourceId}, ETag set")
    @APIResponse(
            responseCode = "400",
            description = "Missing, oversized or malformed fields (listed in errors): link not an absolute http(s)"
                    + " URL, expectedMinutes outside 1..600, unknown modality")
    @APIResponse(responseCode = "403", description = "Only district admins and educators add resources")
    @APIResponse(
            responseCode = "404",
            description = "No such competency in your district, or one of a draft you cannot see")
    public Uni<Response> add(@PathParam("competencyId") UUID competencyId, ResourceInput input) {
        return service.add(caller.district(), competencyId, input, caller.name(), seesDrafts())
                .map(created -> locations
                        .created(created, created.revision(), "/api/v1/resources/{id}", created.id())
                        .build());
    }

    @GET
    @Operation(summary = "The competency's learning resources in the order they were added, paged by cursor")
    @APIResponse(responseCode = "200", description = "One page of resources")
    @APIResponse(
            responseCode = "404",
            description = "No such competency in your district, or one of a draft you cannot see")
    public Uni<Page<ResourceView>> list(
            @PathParam("competencyId") UUID competencyId,
            @QueryParam("limit") @Parameter(description = "page size, 1..500, default 50") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        PageCursor after = cursor == null ? null : PageCursor.decode(cursor);
        return service.list(caller.district(), competencyId, seesDrafts(), after, PageCursor.limit(limit));
    }

    private boolean seesDrafts() {
        return caller.hasRole(Roles.DISTRICT_ADMIN);
    }
}
